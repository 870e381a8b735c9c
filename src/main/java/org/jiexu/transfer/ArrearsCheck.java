package org.jiexu.transfer;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jiexu.contribution.ContributionRecordView;
import org.jiexu.contribution.ContributionRecords;
import org.jiexu.registry.EmploymentView;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.transfer.CaseCheck.Outcome;
import org.springframework.stereotype.Component;

/**
 * Arrears (欠费) at the sending agency before it transfers out: months the person was employed by an employer insured
 * there (up to last month) without a contribution recorded there. The employer owes them; the sending agency has them
 * paid (补缴) before it issues the info table (local practice: 转出地清欠后转出). A flexible worker's unpaid months are
 * gaps, not arrears.
 */
@Component
class ArrearsCheck {

	/** The months named in the finding at most. */
	static final int SHOWN = 6;

	private final RegistryManagement registry;

	private final ContributionRecords records;

	ArrearsCheck(RegistryManagement registry, ContributionRecords records) {
		this.registry = registry;
		this.records = records;
	}

	CaseCheck check(TransferCase c, YearMonth thisMonth) {
		SortedSet<YearMonth> owed = owedMonths(c, thisMonth.minusMonths(1));
		if (owed.isEmpty()) {
			return CaseCheck.of("ARREARS", Outcome.PASS, "transfer.check.arrears.pass");
		}
		String shown = owed.stream().limit(SHOWN).map(YearMonth::toString).collect(Collectors.joining("、"));
		return CaseCheck.of("ARREARS", Outcome.FAIL, "transfer.check.arrears.fail", owed.size(),
				owed.size() > SHOWN ? shown + "…" : shown);
	}

	private SortedSet<YearMonth> owedMonths(TransferCase c, YearMonth until) {
		Set<YearMonth> paid = this.records.recordsAt(c.personId(), c.agencyCode())
			.stream()
			.map(ContributionRecordView::month)
			.collect(Collectors.toSet());
		SortedSet<YearMonth> owed = new TreeSet<>();
		List<EmploymentView> employments = this.registry.employmentHistory(c.personId());
		for (EmploymentView employment : employments) {
			if (employment.flexibleWorker() || !employment.agency().code().equals(c.agencyCode())) {
				continue;
			}
			YearMonth last = employment.lastMonth() == null || employment.lastMonth().isAfter(until) ? until
					: employment.lastMonth();
			for (YearMonth month = employment.firstMonth(); !month.isAfter(last); month = month.plusMonths(1)) {
				if (!paid.contains(month)) {
					owed.add(month);
				}
			}
		}
		return owed;
	}

}
