package org.jiexu.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jiexu.account.AccountLedger;
import org.jiexu.account.NewPosting;
import org.jiexu.account.PostingKind;
import org.jiexu.contribution.ContributionRecordView;
import org.jiexu.contribution.ContributionRecords;
import org.jiexu.policy.AccountNormalisation;
import org.jiexu.shared.Money;
import org.jiexu.shared.UserInputException;
import org.springframework.stereotype.Component;

/**
 * The individual-account money of a transfer, booked in the case's transaction. The sending agency normalises the
 * account to the credits the transfer counts ({@link AccountNormalisation}: a top-up, or the part kept back) and moves
 * the rest of the balance out (全部储存额, 66号 第四条（一）: the account is emptied); whatever is credited to the
 * emptied account later, such as the interest of a year posted after the info table, follows as a supplementary
 * remittance (补转) with its own normalisation. The receiving agency credits the amount of the info table (and of
 * each supplement), then refunds to the person the account part of every month paid both here and at the sending
 * agency ("transfer first, clean after", 人社部发〔2010〕70号 十), so that no month counts twice. References name
 * the transfer, so a step taken again books nothing twice.
 */
@Component
class CaseMoney {

	/** What continuing the account here refunded. */
	record Refund(BigDecimal amount, int months) {
	}

	/** What left the sending account, after the normalisation shown. */
	record SentOut(BigDecimal account, AccountNormalisation.Result normalisation) {

		Normalised normalised() {
			return new Normalised(this.normalisation.topUp(), this.normalisation.retained());
		}

	}

	/**
	 * What the normalisation moved between the sending agency's funds: {@code toppedUp} from the pooled fund into the
	 * account, {@code keptBack} out of the account into the pooled fund (each zero or more).
	 */
	record Normalised(BigDecimal toppedUp, BigDecimal keptBack) {
	}

	/** A supplementary remittance booked out of the sending account, after the normalisation of its year. */
	record Supplement(BigDecimal amount, Normalised normalised) {
	}

	private final AccountLedger ledger;

	private final ContributionRecords records;

	CaseMoney(AccountLedger ledger, ContributionRecords records) {
		this.ledger = ledger;
		this.records = records;
	}

	/** Normalises the sending account and books its whole balance out. */
	SentOut sendOut(TransferCase c, InfoTableIssue.Record record, LocalDate today) {
		AccountNormalisation.Result normalisation = normalisation(c, record, today.getYear() - 1);
		this.ledger.post(normalisationPostings(c, normalisation.topUp(), normalisation.retained(), "", today));
		return new SentOut(moveBalance(c, "to:", today), normalisation);
	}

	/**
	 * Books out what was credited to the emptied sending account since, after the interest posting of
	 * {@code postedYear}: for a year before the info table, the normalisation of that year's interest first.
	 *
	 * @return the amount to remit (zero if the account holds nothing) and the normalisation booked before
	 */
	Supplement supplement(TransferCase c, InfoTableIssue.Record record, int postedYear, LocalDate today) {
		int issuedIn = java.util.Objects.requireNonNull(c.infoReceivedOn(), "info issued").getYear();
		Normalised normalised = new Normalised(Money.ZERO, Money.ZERO);
		if (postedYear < issuedIn) {
			AccountNormalisation.Result now = normalisation(c, record, postedYear);
			AccountNormalisation.Result before = normalisation(c, record, postedYear - 1);
			normalised = new Normalised(now.topUp().subtract(before.topUp()),
					now.retained().subtract(before.retained()));
			this.ledger.post(normalisationPostings(c, normalised.toppedUp(), normalised.keptBack(),
					String.valueOf(postedYear), today));
		}
		return new Supplement(moveBalance(c, "so" + postedYear + ":", today), normalised);
	}

	/** Whether the case's account here holds any money (after its balance left, only what was credited since). */
	boolean holdsMoney(TransferCase c) {
		return this.ledger.balance(c.personId(), c.agencyCode()).signum() != 0;
	}

	/** Credits a supplementary remittance received for the transfer-in case. */
	void receiveSupplement(TransferCase c, BigDecimal amount, int interestYear, LocalDate today) {
		if (amount.signum() > 0) {
			this.ledger.post(List.of(new NewPosting(c.personId(), c.agencyCode(), PostingKind.TRANSFER_IN,
					YearMonth.from(today), today, amount, "si" + interestYear + ":" + c.transferId())));
		}
	}

	/**
	 * The normalisation of the sending account with the interest posted up to {@code lastYear}; none for a
	 * temporary account, which moves every contribution.
	 */
	private AccountNormalisation.Result normalisation(TransferCase c, InfoTableIssue.Record record, int lastYear) {
		if (record.temporary()) {
			return AccountNormalisation.of(Map.of(), Map.of(), Map.of());
		}
		Map<Integer, AccountNormalisation.PostedYear> posted = new java.util.TreeMap<>(
				this.ledger.postedInterest(c.personId(), c.sendingAgency()));
		posted.keySet().removeIf(year -> year > lastYear);
		return AccountNormalisation.of(record.counted(), record.booked(), posted);
	}

	private static List<NewPosting> normalisationPostings(TransferCase c, BigDecimal topUp, BigDecimal retained,
			String year, LocalDate today) {
		List<NewPosting> postings = new ArrayList<>();
		if (topUp.signum() != 0) {
			postings.add(new NewPosting(c.personId(), c.agencyCode(), PostingKind.NORMALISATION, YearMonth.from(today),
					today, topUp, "nt" + year + ":" + c.transferId()));
		}
		if (retained.signum() != 0) {
			postings.add(new NewPosting(c.personId(), c.agencyCode(), PostingKind.NORMALISATION, YearMonth.from(today),
					today, retained.negate(), "nr" + year + ":" + c.transferId()));
		}
		return postings;
	}

	/** Books the account's balance out; refuses a negative one, which no transfer can move. */
	private BigDecimal moveBalance(TransferCase c, String referencePrefix, LocalDate today) {
		BigDecimal balance = this.ledger.balance(c.personId(), c.agencyCode());
		if (balance.signum() < 0) {
			throw UserInputException.conflict(null, "transfer.account.negative", balance.toPlainString());
		}
		if (balance.signum() > 0) {
			this.ledger.post(List.of(new NewPosting(c.personId(), c.agencyCode(), PostingKind.TRANSFER_OUT,
					YearMonth.from(today), today, balance.negate(), referencePrefix + c.transferId())));
		}
		return balance;
	}

	/** Credits the transferred account here and refunds the account part of the months counted twice. */
	Refund continueHere(TransferCase c, LocalDate today) {
		List<NewPosting> postings = new ArrayList<>();
		BigDecimal received = c.individualAccount() == null ? Money.ZERO : c.individualAccount();
		if (received.signum() != 0) {
			postings.add(new NewPosting(c.personId(), c.agencyCode(), PostingKind.TRANSFER_IN, YearMonth.from(today),
					today, received, "ti:" + c.transferId()));
		}
		Map<YearMonth, BigDecimal> twice = recordedTwice(c);
		BigDecimal refund = twice.values().stream().reduce(Money.ZERO, BigDecimal::add);
		if (refund.signum() != 0) {
			postings.add(new NewPosting(c.personId(), c.agencyCode(), PostingKind.REFUND, YearMonth.from(today),
					today, refund.negate(), "rf:" + c.transferId()));
		}
		this.ledger.post(postings);
		return new Refund(refund, twice.size());
	}

	/**
	 * The months recorded both at the case's agency and at the other agency of the transfer, with the other agency's
	 * account credit of each.
	 */
	Map<YearMonth, BigDecimal> recordedTwice(TransferCase c) {
		java.util.Set<YearMonth> here = this.records.recordsAt(c.personId(), c.agencyCode())
			.stream()
			.map(ContributionRecordView::month)
			.collect(Collectors.toSet());
		return this.records.recordsAt(c.personId(), c.counterpartCode())
			.stream()
			.filter(r -> here.contains(r.month()))
			.collect(Collectors.toMap(ContributionRecordView::month, ContributionRecordView::accountCredit,
					BigDecimal::add, java.util.TreeMap::new));
	}

}
