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
import org.jiexu.shared.Money;
import org.springframework.stereotype.Component;

/**
 * The individual-account money of a transfer, booked in the case's transaction: the sending agency moves the whole
 * balance of the person's account there out (全部储存额, 66号 第四条（一）: the account is emptied); the receiving
 * agency credits the amount of the info table, then refunds to the person the account part of every month paid
 * both here and at the sending agency ("transfer first, clean after", 人社部发〔2010〕70号 十), so that no month
 * counts twice. References name the transfer, so a step taken again books nothing twice.
 */
@Component
class CaseMoney {

	/** What continuing the account here refunded. */
	record Refund(BigDecimal amount, int months) {
	}

	private final AccountLedger ledger;

	private final ContributionRecords records;

	CaseMoney(AccountLedger ledger, ContributionRecords records) {
		this.ledger = ledger;
		this.records = records;
	}

	/** Books the whole balance of the sending account out; returns it. */
	BigDecimal sendOut(TransferCase c, LocalDate today) {
		BigDecimal balance = this.ledger.balance(c.personId(), c.agencyCode());
		if (balance.signum() != 0) {
			this.ledger.post(List.of(new NewPosting(c.personId(), c.agencyCode(), PostingKind.TRANSFER_OUT,
					YearMonth.from(today), today, balance.negate(), "to:" + c.transferId())));
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
