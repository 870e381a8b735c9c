package org.jiexu.contribution;

import java.time.LocalDate;
import java.util.List;

import org.jiexu.policy.ContributionRate;
import org.jiexu.policy.ContributionRates;
import org.jiexu.shared.Money;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes over contribution history from an earlier system (and loads the demo's): each month becomes a record
 * paid at the end of the month, with its account credit. Credits of months before {@code ledgerStart} are
 * booked on that day, so the account ledger can begin with the first year that has an interest rate.
 */
@Service
public class ContributionHistory {

	private final ContributionRecording recording;

	ContributionHistory(ContributionRecording recording) {
		this.recording = recording;
	}

	/**
	 * Continues here the record a transfer brought from the sending agency: each month becomes a record at that
	 * agency as it stated it ({@link ContributionOrigin#TRANSFER}), crediting nothing; months this database already
	 * holds for the person at that agency (both agencies in one deployment) are skipped.
	 *
	 * @return how many months were recorded
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public int continueFromTransfer(long personId, String sendingAgency, List<ContinuedMonth> months) {
		return this.recording.insert(months.stream()
			.map(m -> new NewContribution(personId, sendingAgency, null, m.month(), m.contributorType(),
					new ContributionRate.ContributionSplit(m.base(), m.employerPart(), m.individualPart(),
							m.accountCredit(), m.pooledPart()),
					ContributionOrigin.TRANSFER, null, m.paidOn(), Money.ZERO))
			.toList()).size();
	}

	/** @return how many months were recorded (months already recorded are skipped) */
	@Transactional
	public int load(List<HistoricContribution> months, LocalDate ledgerStart) {
		List<NewContribution> contributions = months.stream()
			.map(m -> new NewContribution(m.personId(), m.agencyCode(), m.employerId(), m.month(), m.contributorType(),
					ContributionRates.of(m.contributorType(), m.month()).split(m.base()), ContributionOrigin.HISTORY,
					null, m.month().atEndOfMonth(), Money.ZERO))
			.toList();
		return this.recording.record(contributions, c -> c.paidOn().isBefore(ledgerStart) ? ledgerStart : c.paidOn())
			.size();
	}

}
