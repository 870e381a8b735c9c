package org.jiexu.transfer;

/** The pension scheme whose relation is transferred; labels in {@code transfer.insuranceType.*}. */
public enum InsuranceType {

	/** 企业职工基本养老保险. */
	EMPLOYEE_PENSION,
	/** 机关事业单位基本养老保险 ({@code PublicSectorScheme}). */
	PUBLIC_SECTOR_PENSION

}
