package org.jiexu.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OfficialDocumentTests {

	@TempDir
	Path folder;

	private static PdfDocumentBuilder contactLetter() {
		return OfficialDocument.titled("养老保险关系转移接续联系函")
			.subtitle("应城市社会保险事业管理局")
			.meta("姓名", "张三")
			.meta("身份证号", "11010519491231002X")
			.heading("一、参保缴费情况")
			.table(PdfTable.withHeaders("年度", "缴费月数", "缴费基数（元）")
				.widths(1, 1, 2)
				.alignRight(1, 2)
				.row("2024", "12", "5000.00")
				.row("2025", "6", "12345.67"))
			.paragraph("请于 15 个工作日内办理。ID 11010519491231002X Zhang")
			.note("本函由接续平台生成。")
			.signature("应城市社会保险事业管理局", "2026年1月15日");
	}

	@Test
	void chineseLatinAndDigitsCanBeExtractedFromThePdf() throws Exception {
		String text = Poppler.text(Poppler.save(contactLetter().build().toBytes(), this.folder));

		assertThat(text).contains("养老保险关系转移接续联系函", "应城市社会保险事业管理局", "身份证号", "11010519491231002X",
				"一、参保缴费情况", "缴费基数（元）", "12345.67", "请于 15 个工作日内办理。ID 11010519491231002X Zhang",
				"本函由接续平台生成。", "2026年1月15日");
	}

	@Test
	void theFontIsEmbeddedAsASubsetSoEveryViewerShowsTheSameLetters() throws Exception {
		List<String[]> fonts = Poppler.fonts(Poppler.save(contactLetter().build().toBytes(), this.folder));

		assertThat(fonts).isNotEmpty().allSatisfy(font -> {
			assertThat(font[0]).matches("[A-Z]{6}\\+WenQuanYi.*");
			assertThat(font[font.length - 5]).as("emb").isEqualTo("yes");
			assertThat(font[font.length - 4]).as("sub").isEqualTo("yes");
		});
	}

	@Test
	void everyPageIsNumberedOutOfTheTotal() throws Exception {
		PdfTable table = PdfTable.withHeaders("月份", "金额");
		for (int i = 1; i <= 150; i++) {
			table.row("第 " + i + " 行", i + ".00");
		}
		byte[] pdf = OfficialDocument.titled("缴费明细")
			.table(table)
			.footer((page, pages) -> "第 " + page + " 页 / 共 " + pages + " 页")
			.build()
			.toBytes();
		Path file = Poppler.save(pdf, this.folder);

		int pages = pageCount(file);
		assertThat(pages).isGreaterThan(2);
		// pdftotext drops the spaces between the digits and the Chinese of the footer (they are in the PDF)
		String text = Poppler.text(file).replace(" ", "");
		assertThat(text).contains("第1页/共" + pages + "页", "第" + pages + "页/共" + pages + "页").doesNotContain("共0页");
	}

	@Test
	void theHeaderRowIsRepeatedOnEveryPageOfALongTable() throws Exception {
		PdfTable table = PdfTable.withHeaders("月份", "金额");
		for (int i = 1; i <= 150; i++) {
			table.row("2026-01", "1.00");
		}
		Path file = Poppler.save(OfficialDocument.titled("缴费明细").table(table).build().toBytes(), this.folder);

		int headers = Poppler.text(file).split("金额", -1).length - 1;
		assertThat(headers).isEqualTo(pageCount(file));
	}

	@Test
	void englishTextIsSetWhenTheCallerGivesIt() throws Exception {
		byte[] pdf = OfficialDocument.titled("Contact Letter for the Transfer of Pension Insurance")
			.language(Locale.ENGLISH)
			.meta("Name", "Zhang San")
			.table(PdfTable.withHeaders("Year", "Months").alignRight(1).row("2025", "12"))
			.footer((page, pages) -> "Page " + page + " of " + pages)
			.build()
			.toBytes();

		assertThat(Poppler.text(Poppler.save(pdf, this.folder)))
			.contains("Contact Letter for the Transfer of Pension Insurance", "Zhang San", "Page 1 of 1");
	}

	@Test
	void thePropertiesCarryTheTitleTheAuthorAndJiexuAsCreator() throws Exception {
		byte[] pdf = contactLetter().author("应城市社会保险事业管理局").build().toBytes();

		assertThat(Poppler.info(Poppler.save(pdf, this.folder))).containsPattern("Title:\\s+养老保险关系转移接续联系函")
			.containsPattern("Author:\\s+应城市社会保险事业管理局")
			.containsPattern("Creator:\\s+Jiexu")
			.containsPattern("Page size:\\s+595.* x 842.* pts \\(A4\\)");
	}

	@Test
	void amountsAreAlignedOnTheRightEdgeOfTheirColumn() throws Exception {
		String boxes = Poppler.wordBoxes(Poppler.save(contactLetter().build().toBytes(), this.folder));

		float[] small = box(boxes, "5000.00");
		float[] large = box(boxes, "12345.67");
		assertThat(small[1]).isCloseTo(large[1], org.assertj.core.data.Offset.offset(0.5f));
		assertThat(small[0]).isGreaterThan(large[0] + 5);
	}

	@Test
	void writingLeavesTheCallersStreamOpen() {
		TrackingStream out = new TrackingStream();

		contactLetter().build().writeTo(out);

		assertThat(out.closed).isFalse();
		assertThat(new String(out.toByteArray(), 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void aRowWithTheWrongNumberOfCellsIsAProgrammingError() {
		PdfTable table = PdfTable.withHeaders("年度", "金额");

		assertThatIllegalArgumentException().isThrownBy(() -> table.row("2025"));
		assertThatIllegalArgumentException().isThrownBy(() -> table.widths(1, 2, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> table.alignRight(2));
	}

	private int pageCount(Path file) throws Exception {
		Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(Poppler.info(file));
		assertThat(pages.find()).isTrue();
		return Integer.parseInt(pages.group(1));
	}

	/** xMin and xMax of the first word with this text. */
	private static float[] box(String boxes, String word) {
		Matcher matcher = Pattern.compile("<word xMin=\"([\\d.]+)\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\" yMax=\"[\\d.]+\">"
				+ Pattern.quote(word) + "</word>")
			.matcher(boxes);
		assertThat(matcher.find()).as("word " + word).isTrue();
		return new float[] { Float.parseFloat(matcher.group(1)), Float.parseFloat(matcher.group(2)) };
	}

}
