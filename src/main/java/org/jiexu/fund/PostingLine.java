package org.jiexu.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jiexu.shared.Money;

/** One line of a journal entry: a debit or a credit of one account, yuan at scale 2, never negative. */
record PostingLine(FundAccount account, BigDecimal debit, BigDecimal credit) {

	PostingLine {
		debit = yuan(debit);
		credit = yuan(credit);
		if (debit.signum() < 0 || credit.signum() < 0 || (debit.signum() != 0 && credit.signum() != 0)) {
			throw new IllegalArgumentException(
					"A line debits or credits a non-negative amount: " + account + " " + debit + " / " + credit);
		}
	}

	static PostingLine debit(FundAccount account, BigDecimal amount) {
		return new PostingLine(account, amount, Money.ZERO);
	}

	static PostingLine credit(FundAccount account, BigDecimal amount) {
		return new PostingLine(account, Money.ZERO, amount);
	}

	/** What the line adds to the account's balance: the debit minus the credit. */
	BigDecimal signed() {
		return this.debit.subtract(this.credit);
	}

	/** The amount at scale 2; an amount with a part of a fen is a fault upstream, never rounded away here. */
	private static BigDecimal yuan(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.UNNECESSARY);
	}

}
