package org.jiexu.transfer;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.jiexu.account.InterestYearPosted;
import org.jiexu.exchange.Exchange;
import org.jiexu.exchange.SupplementaryRemittance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 补转: after an agency posts a year's interest, every transfer-out whose account has left (the info table is issued)
 * and whose emptied account was credited since, e.g. with the interest of a year posted only after the info table,
 * remits that to the receiving agency: normalised for a year before the info table ({@link CaseMoney#supplement}),
 * booked out, sent as a {@link SupplementaryRemittance} and recorded on the case. Each case in a transaction of its
 * own that locks it; a case whose account holds nothing sends nothing, so hearing a posting twice remits once.
 */
@Component
class SupplementaryRemittances {

	private static final Logger LOG = LoggerFactory.getLogger(SupplementaryRemittances.class);

	private final CaseStore store;

	private final InfoTableIssue infoTables;

	private final CaseMoney money;

	private final Exchange exchange;

	private final CaseJournal journal;

	private final TransactionTemplate eachCase;

	private final Clock clock;

	SupplementaryRemittances(CaseStore store, InfoTableIssue infoTables, CaseMoney money, Exchange exchange,
			CaseJournal journal, PlatformTransactionManager transactions, Clock clock) {
		this.store = store;
		this.infoTables = infoTables;
		this.money = money;
		this.exchange = exchange;
		this.journal = journal;
		this.eachCase = new TransactionTemplate(transactions);
		this.eachCase.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(InterestYearPosted posted) {
		int remitted = 0;
		for (String transferId : this.store.accountsSentOut(posted.agencyCode())) {
			Boolean sent = this.eachCase.execute(status -> remit(transferId, posted.year()));
			remitted += Boolean.TRUE.equals(sent) ? 1 : 0;
		}
		if (remitted > 0) {
			LOG.info("Interest {} posted at {}: {} supplementary remittances sent", posted.year(),
					posted.agencyCode(), remitted);
		}
	}

	/** Remits what the transfer's emptied account holds now; whether anything was sent. */
	boolean remit(String transferId, int postedYear) {
		TransferCase c = this.store.lock(transferId, TransferSide.OUT).orElse(null);
		if (c == null || !CaseAction.SEND_SUPPLEMENT.allowedFrom(c.state())) {
			return false;
		}
		if (!this.money.holdsMoney(c)) {
			return false;
		}
		LocalDate today = LocalDate.now(this.clock);
		CaseMoney.Supplement supplement = this.money.supplement(c, this.infoTables.record(c), postedYear, today);
		BigDecimal amount = supplement.amount();
		if (amount.signum() == 0) {
			return false;
		}
		this.exchange.send(new SupplementaryRemittance(Exchange.newMessageId(), c.transferId(), c.agencyCode(),
				c.counterpartCode(), amount, postedYear, today));
		this.journal.record(c, CaseAction.SEND_SUPPLEMENT, c.state(), "system", note(amount, postedYear), amount,
				supplement.normalised());
		return true;
	}

	/** What the history says of a supplement (bilingual, as the history keeps it). */
	static String note(BigDecimal amount, int interestYear) {
		return "补转 / supplementary remittance " + amount.toPlainString() + "（" + interestYear + " 年度结息后 / after the "
				+ interestYear + " interest posting）";
	}

}
