package org.jiexu.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ExcelDateFormatTests {

	@ParameterizedTest(name = "{0} {1} is {2}")
	@CsvSource(delimiter = '|', textBlock = """
			0   |                               | NUMBER
			2   |                               | NUMBER
			14  |                               | DATE
			17  |                               | MONTH
			22  |                               | DATE_TIME
			27  |                               | MONTH
			31  |                               | DATE
			57  |                               | MONTH
			58  |                               | DATE
			164 | yyyy-mm-dd                    | DATE
			164 | yyyy"年"m"月"                 | MONTH
			164 | [$-804]yyyy"年"m"月"d"日"     | DATE
			164 | yyyy/m/d h:mm                 | DATE_TIME
			164 | [h]:mm                        | DATE_TIME
			164 | mmm-yy                        | MONTH
			164 | General                       | NUMBER
			164 | #,##0.00"元"                  | NUMBER
			164 | [Red]0.00;[Blue]-0.00         | NUMBER
			164 | 0.00E+00                      | NUMBER
			164 | 0.0\\m                        | NUMBER
			164 |                               | NUMBER
			""")
	void tellsNumbersFromMonthsDatesAndTimesByTheirFormat(int id, String format, ExcelDateFormat expected) {
		assertThat(ExcelDateFormat.of(id, format)).isEqualTo(expected);
	}

}
