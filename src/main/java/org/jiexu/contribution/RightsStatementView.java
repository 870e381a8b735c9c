package org.jiexu.contribution;

import java.time.LocalDate;

import org.jiexu.account.PersonAccountsView;
import org.jiexu.registry.InsuredPersonView;

/**
 * A person's rights statement (个人权益记录) as of a day: who, contribution months by place and year, the
 * individual account by year with interest, the gaps and the minimum contribution status. Identifiers are masked
 * unless the reader may see them in full.
 */
public record RightsStatementView(LocalDate asOf, InsuredPersonView person, PersonContributionsView contributions,
		PersonAccountsView accounts) {

	public int monthsContributed() {
		return this.contributions.years().stream().mapToInt(ContributionYearSummary::months).sum();
	}

}
