package org.jiexu.contribution.upload;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.jiexu.document.TabularFormat;
import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredUploadTests {

	private static StoredUpload store(byte[] content) {
		return StoredUpload.store("declaration.csv", new ByteArrayInputStream(content), 1024 * 1024);
	}

	private static void assertRefused(byte[] content, String key) {
		assertThatThrownBy(() -> store(content)).isInstanceOfSatisfying(UserInputException.class,
				refusal -> assertThat(refusal.messageKey()).isEqualTo(key));
	}

	@Test
	void storesAUtf8CsvWithItsFingerprintAndLineCount() {
		byte[] csv = "\uFEFF身份证号,姓名,缴费月份,缴费基数\n1,张三,2026-01,8000\n".getBytes(StandardCharsets.UTF_8);
		try (StoredUpload upload = store(csv)) {
			assertThat(upload.format()).isEqualTo(TabularFormat.CSV);
			assertThat(upload.size()).isEqualTo(csv.length);
			assertThat(upload.sha256()).hasSize(64);
			assertThat(upload.lines()).isEqualTo(3);
			assertThat(upload.file()).hasBinaryContent(csv);
		}
	}

	@Test
	void refusesAGbkCsvSayingItIsGbk() {
		assertRefused("身份证号,姓名,缴费月份,缴费基数\n".getBytes(Charset.forName("GBK")),
				"contribution.import.file.encodingGbk");
	}

	@Test
	void refusesABadByteDeepInTheFileWithItsLine() {
		byte[] good = "a,b\n".repeat(30_000).getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[good.length + 2];
		System.arraycopy(good, 0, content, 0, good.length);
		content[good.length] = (byte) 0xC3; // a lead byte followed by ASCII
		content[good.length + 1] = 'x';
		assertThatThrownBy(() -> store(content)).isInstanceOfSatisfying(UserInputException.class, refusal -> {
			assertThat(refusal.messageKey()).isEqualTo("contribution.import.file.encoding");
			assertThat(refusal.arguments()).containsExactly("30001");
		});
	}

	@Test
	void refusesOverlongAndSurrogateEncodings() {
		assertRefused(new byte[] { 'a', (byte) 0xC0, (byte) 0xAF }, "contribution.import.file.encoding");
		assertRefused(new byte[] { 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, "contribution.import.file.encoding");
		assertRefused(new byte[] { 'a', (byte) 0xE4, (byte) 0xB8 }, "contribution.import.file.encoding");
	}

	@Test
	void refusesUtf16AndFilesThatAreNoSpreadsheet() {
		assertRefused(new byte[] { (byte) 0xFF, (byte) 0xFE, 'a', 0 }, "contribution.import.file.encodingUtf16");
		assertRefused("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), "contribution.import.file.format");
		assertRefused(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1, 0, 0 }, "contribution.import.file.format");
		assertRefused(new byte[] { 'a', 'b', 0, 1, 2 }, "contribution.import.file.format");
	}

	@Test
	void refusesAnEmptyFileAndOneOverTheLimit() {
		assertRefused(new byte[0], "contribution.import.file.empty");
		byte[] big = "a,b\n".repeat(50_000).getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> StoredUpload.store("big.csv", new ByteArrayInputStream(big), 100_000))
			.isInstanceOfSatisfying(UserInputException.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("contribution.import.file.tooLarge"));
	}

	@Test
	void takesAZipForAWorkbookAndDeletesItsCopyWhenClosed() {
		byte[] zip = { 'P', 'K', 3, 4, 0, 0, 0, 0 };
		StoredUpload upload = store(zip);
		assertThat(upload.format()).isEqualTo(TabularFormat.XLSX);
		assertThat(upload.lines()).isEqualTo(-1);
		upload.close();
		assertThat(upload.file()).doesNotExist();
	}

}
