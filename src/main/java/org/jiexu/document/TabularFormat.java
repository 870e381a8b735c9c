package org.jiexu.document;

/** The kind of an uploaded table, told from its first bytes, not from its name. */
public enum TabularFormat {

	/** An Excel workbook (Office Open XML): a ZIP file, starting with {@code PK\3\4}. */
	XLSX,
	/** Comma-separated text in UTF-8, with or without a byte order mark. */
	CSV;

	static final int HEAD_LENGTH = 8;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
			0x1A, (byte) 0xE1 };

	/** The format of a file starting with these bytes; an Excel 97–2003 or encrypted workbook is refused. */
	static TabularFormat detect(byte[] head, int length) {
		if (startsWith(head, length, OLE2)) {
			throw TableRefusals.oldExcel();
		}
		return startsWith(head, length, ZIP) ? XLSX : CSV;
	}

	private static boolean startsWith(byte[] head, int length, byte[] magic) {
		if (length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (head[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
