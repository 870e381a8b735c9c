package org.jiexu.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jiexu.contribution.ContributionRecordView;
import org.jiexu.contribution.ContributionRecords;
import org.jiexu.exchange.Exchange;
import org.jiexu.exchange.FundRemittance;
import org.jiexu.exchange.InfoTableMonth;
import org.jiexu.exchange.TransferInfoTable;
import org.jiexu.policy.ContributionRate;
import org.jiexu.policy.ContributionRates;
import org.jiexu.policy.InterestMethod;
import org.jiexu.policy.InterestRates;
import org.jiexu.policy.TransferAmounts;
import org.jiexu.policy.TransferAmountsResult;
import org.jiexu.policy.TransferSegment;
import org.jiexu.policy.TransferYear;
import org.jiexu.registry.InsuranceRelationState;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The sending agency's info table (信息表) and fund remittance for a transfer-out case. The pooled fund is the
 * policy rule's ({@link TransferAmounts}: 12% of each year's bases from 1998, rounded per year; a temporary account's
 * employer part in full with interest) over the person's records at the agency, merged into runs of months on one
 * base and one rate, at the province's interest rates by the default method. The individual account is what the
 * account holds after the 11% / 8% normalisation ({@link CaseMoney}).
 */
@Component
class InfoTableIssue {

	/**
	 * The record at the sending agency and the pooled fund it moves.
	 *
	 * @param years the policy calculator's years, from the first to the last year with a month recorded (years
	 * between them without any included); their pooled parts and a temporary account's employer part make up
	 * {@code pooledFund}
	 * @param booked the account credits the sending agency booked for the months, per year
	 * @param temporary whether the months are a temporary account's (which moves everything, not normalised)
	 * @param held the months recorded at the sending agency, in order
	 */
	record Record(int months, @Nullable YearMonth firstMonth, @Nullable YearMonth lastMonth, BigDecimal pooledFund,
			List<TransferYear> years, Map<Integer, BigDecimal> booked, boolean temporary,
			List<ContributionRecordView> held) {

		/** The account credits the transfer counts (11% / 8% of the bases, the person's own before 1998), per year. */
		Map<Integer, BigDecimal> counted() {
			Map<Integer, BigDecimal> counted = new TreeMap<>();
			this.years.forEach(year -> counted.put(year.year(), year.account().credits()));
			return counted;
		}

	}

	private final ContributionRecords records;

	private final RegistryManagement registry;

	private final Exchange exchange;

	InfoTableIssue(ContributionRecords records, RegistryManagement registry, Exchange exchange) {
		this.records = records;
		this.registry = registry;
		this.exchange = exchange;
	}

	/** The months recorded at the case's sending agency and the pooled fund they move (either side's case). */
	Record record(TransferCase c) {
		return record(c, this.records.recordsAt(c.personId(), c.sendingAgency()));
	}

	/**
	 * As {@link #record(TransferCase)}, for the receiving agency of a sending agency of another deployment: from the
	 * months the info table carried.
	 */
	Record record(TransferCase c, TransferInfoTable issued) {
		String sending = c.sendingAgency();
		String name = this.registry.agency(sending).nameZh();
		return record(c, issued.history()
			.stream()
			.map(m -> new ContributionRecordView(m.month(), sending, name, null,
					org.jiexu.policy.ContributorType.valueOf(m.contributorType()), m.base(), m.employerPart(),
					m.individualPart(), m.accountCredit(), m.pooledPart(),
					org.jiexu.contribution.ContributionOrigin.TRANSFER, m.paidOn(), Money.ZERO))
			.toList());
	}

	private Record record(TransferCase c, List<ContributionRecordView> held) {
		String sending = c.sendingAgency();
		if (held.isEmpty()) {
			return new Record(0, null, null, Money.ZERO, List.of(), Map.of(), false, List.of());
		}
		boolean temporary = this.registry.relationsOf(c.personId())
			.flatMap(p -> p.at(sending))
			.map(r -> r.state() == InsuranceRelationState.TEMPORARY)
			.orElse(false);
		String province = this.registry.agency(sending).province();
		TransferAmountsResult result = new TransferAmounts(rates(province, held, temporary), InterestMethod.RULE_1997)
			.calculate(segments(held, temporary));
		Map<Integer, BigDecimal> booked = new TreeMap<>();
		held.forEach(r -> booked.merge(r.month().getYear(), r.accountCredit(), BigDecimal::add));
		return new Record(held.size(), held.get(0).month(), held.get(held.size() - 1).month(), result.pooledFund(),
				result.years(), booked, temporary, held);
	}

	/**
	 * The province's interest rates for the calculation. The pooled fund of ordinary months carries no interest and
	 * the account moves as the ledger holds it, so a year whose rate is not yet published (e.g. last year's) stops
	 * nothing: it counts with none, and its interest follows as a supplementary remittance once posted. A temporary
	 * account's employer part earns interest in the pooled fund, so there every year needs its rate.
	 */
	private static InterestRates rates(String province, List<ContributionRecordView> held, boolean temporary) {
		InterestRates rates = InterestRates.forProvince(province);
		if (temporary) {
			return rates;
		}
		Map<Integer, BigDecimal> none = new TreeMap<>();
		for (int year = held.get(0).month().getYear(); year <= held.get(held.size() - 1).month().getYear(); year++) {
			if (rates.rate(year).isEmpty()) {
				none.put(year, BigDecimal.ZERO);
			}
		}
		return rates.withOverrides(none);
	}

	/** Sends the info table and the remittance of the amounts the case now states. */
	void send(TransferCase c, Record record, String steward, LocalDate today) {
		BigDecimal pooled = c.pooledFund() == null ? Money.ZERO : c.pooledFund();
		BigDecimal account = c.individualAccount() == null ? Money.ZERO : c.individualAccount();
		this.exchange.send(new TransferInfoTable(Exchange.newMessageId(), c.transferId(), c.agencyCode(),
				c.counterpartCode(), record.months(), record.firstMonth(), record.lastMonth(), pooled, account,
				steward, record.held().stream().map(InfoTableIssue::month).toList()));
		this.exchange.send(new FundRemittance(Exchange.newMessageId(), c.transferId(), c.agencyCode(),
				c.counterpartCode(), pooled, account, today));
	}

	private static InfoTableMonth month(ContributionRecordView r) {
		return new InfoTableMonth(r.month(), r.contributorType().name(), r.base(), r.employerPart(), r.individualPart(),
				r.accountCredit(), r.pooledPart(), r.paidOn());
	}

	/** Runs of consecutive months on one base and one set of rates. */
	static List<TransferSegment> segments(List<ContributionRecordView> records, boolean temporary) {
		List<TransferSegment> segments = new ArrayList<>();
		YearMonth from = null;
		YearMonth to = null;
		BigDecimal base = null;
		ContributionRate rate = null;
		for (ContributionRecordView record : records) {
			ContributionRate monthRate = ContributionRates.of(record.contributorType(), record.month());
			boolean continues = to != null && record.month().equals(to.plusMonths(1))
					&& record.base().compareTo(base) == 0 && sameRates(rate, monthRate);
			if (!continues && from != null) {
				segments.add(segment(from, to, base, rate, temporary));
			}
			if (!continues) {
				from = record.month();
				base = record.base();
				rate = monthRate;
			}
			to = record.month();
		}
		segments.add(segment(from, to, base, rate, temporary));
		return segments;
	}

	private static boolean sameRates(@Nullable ContributionRate a, ContributionRate b) {
		return a != null && a.accountRate().compareTo(b.accountRate()) == 0
				&& a.individualRate().compareTo(b.individualRate()) == 0;
	}

	private static TransferSegment segment(YearMonth from, YearMonth to, BigDecimal base, ContributionRate rate,
			boolean temporary) {
		return new TransferSegment(from, to, base, rate.accountRate(), rate.individualRate(), temporary, null);
	}

}
