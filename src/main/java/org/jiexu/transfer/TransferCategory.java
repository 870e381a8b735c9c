package org.jiexu.transfer;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The difficult categories of seed 000, first-class on a case: each has its checklist (message keys
 * {@code transfer.category.<name>.check.<n>}) that the steward works through. Labels in
 * {@code transfer.category.*}.
 */
public enum TransferCategory {

	/** An ordinary transfer. */
	ORDINARY(2),
	/** 定额缴费: historic contributions at a fixed amount rather than a wage base. */
	FIXED_AMOUNT(3),
	/** 机关事业单位养老保险 to or from the enterprise scheme. */
	PUBLIC_SECTOR(3),
	/** Transfer after a back-payment (补缴) of three years or more (人社厅发〔2019〕94号). */
	AFTER_BACK_PAYMENT(3),
	/** 临时账户: a temporary account moves everything it holds (66号 第五条). */
	TEMPORARY_ACCOUNT(3),
	/** 随军配偶: military and local records may overlap; refund the overlap first (后联〔2011〕3号). */
	MILITARY_SPOUSE(3);

	private final int checks;

	TransferCategory(int checks) {
		this.checks = checks;
	}

	/** The message keys of the category's checklist, in order. */
	public List<String> checklist() {
		return IntStream.rangeClosed(1, this.checks)
			.mapToObj(n -> "transfer.category." + name() + ".check." + n)
			.toList();
	}

}
