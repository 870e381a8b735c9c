package org.jiexu.transfer;

import java.time.LocalDate;
import java.util.List;

import org.jiexu.contribution.ContinuedMonth;
import org.jiexu.contribution.ContributionHistory;
import org.jiexu.exchange.Exchange;
import org.jiexu.exchange.InfoTableMonth;
import org.jiexu.exchange.MessageKind;
import org.jiexu.exchange.TransferInfoTable;
import org.jiexu.policy.ContributorType;
import org.jiexu.registry.RegistryManagement;
import org.springframework.stereotype.Component;

/**
 * Continues at the receiving agency the record the sending agency's info table carries (decision 28): each month
 * becomes a record at the sending agency in this database, and the person's relation there is recorded as
 * transferred here (a note of a live relation there, kept for a sending agency of another deployment, is ended), so
 * that this agency's staff see the history and months paid at both places are found. When both agencies share this
 * database, the records and the relation are there already and nothing is added.
 */
@Component
class HistoryContinuation {

	private final CaseMessages messages;

	private final ContributionHistory history;

	private final RegistryManagement registry;

	private final Exchange exchange;

	HistoryContinuation(CaseMessages messages, ContributionHistory history, RegistryManagement registry,
			Exchange exchange) {
		this.messages = messages;
		this.history = history;
		this.registry = registry;
		this.exchange = exchange;
	}

	/** For the transfer-in case; how many months were added. */
	int continueHere(TransferCase c, LocalDate today) {
		List<InfoTableMonth> months = this.messages.last(c, MessageKind.INFO_TABLE, TransferInfoTable.class)
			.map(dated -> dated.message().history())
			.orElse(List.of());
		if (months.isEmpty()) {
			return 0;
		}
		int added = this.history.continueFromTransfer(c.personId(), c.counterpartCode(),
				months.stream().map(HistoryContinuation::month).toList());
		// a relation here at a sending agency of another deployment is only this agency's note of it: that agency ends
		// its own, and this one shows it ended too (both agencies here: the sending agency's step ends it)
		if (this.exchange.servesLocally(c.counterpartCode())
				|| !this.registry.endRelationByTransfer(c.personId(), c.counterpartCode(), c.agencyCode(), today)) {
			this.registry.recordRelationContinuedHere(c.personId(), c.counterpartCode(), c.agencyCode(),
					months.get(0).month().atDay(1), today);
		}
		return added;
	}

	private static ContinuedMonth month(InfoTableMonth m) {
		return new ContinuedMonth(m.month(), ContributorType.valueOf(m.contributorType()), m.base(), m.employerPart(),
				m.individualPart(), m.accountCredit(), m.pooledPart(), m.paidOn());
	}

}
