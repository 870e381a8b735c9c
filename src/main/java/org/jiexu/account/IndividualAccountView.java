package org.jiexu.account;

import java.math.BigDecimal;
import java.util.List;

import org.jiexu.registry.AgencyView;

/** A person's individual account at one agency: its postings, its years and its balance now. */
public record IndividualAccountView(AgencyView agency, List<AccountPostingView> postings, List<AccountYearView> years,
		BigDecimal balance) {
}
