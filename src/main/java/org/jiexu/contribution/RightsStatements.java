package org.jiexu.contribution;

import java.time.Clock;
import java.time.LocalDate;

import org.jiexu.account.AccountLedger;
import org.jiexu.account.PersonAccountsView;
import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.UserKind;
import org.jiexu.registry.RegistryManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a person's rights statement from the registry, the contribution records and the account ledger, each
 * scoped as for its own page; an employer handler sees no account, so their statement has none.
 */
@Service
public class RightsStatements {

	private final RegistryManagement registry;

	private final ContributionRecords records;

	private final AccountLedger ledger;

	private final Clock clock;

	RightsStatements(RegistryManagement registry, ContributionRecords records, AccountLedger ledger, Clock clock) {
		this.registry = registry;
		this.records = records;
		this.ledger = ledger;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public RightsStatementView statement(CurrentUser user, long personId) {
		var person = this.registry.person(user, personId);
		PersonAccountsView accounts = user.kind() == UserKind.EMPLOYER_HANDLER
				? new PersonAccountsView(personId, java.util.List.of(), org.jiexu.shared.Money.ZERO)
				: this.ledger.ledger(user, personId);
		return new RightsStatementView(LocalDate.now(this.clock), person, this.records.contributions(user, personId),
				accounts);
	}

}
