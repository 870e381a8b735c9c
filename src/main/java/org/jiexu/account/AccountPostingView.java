package org.jiexu.account;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One posting as shown on the person's account. */
public record AccountPostingView(PostingKind kind, YearMonth valueMonth, int postingYear, BigDecimal amount,
		String reference) {
}
