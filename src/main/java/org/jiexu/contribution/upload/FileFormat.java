package org.jiexu.contribution.upload;

/** The formats a declaration file may have. */
public enum FileFormat {

	/** Comma-separated values in UTF-8 (with or without a byte order mark), RFC 4180 quoting. */
	CSV,
	/** An Office Open XML workbook (Excel 2007 and later); its first sheet is read. */
	XLSX

}
