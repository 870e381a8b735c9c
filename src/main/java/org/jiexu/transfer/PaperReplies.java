package org.jiexu.transfer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jiexu.exchange.AgencyConnections;
import org.jiexu.exchange.ContactLetter;
import org.jiexu.exchange.Exchange;
import org.jiexu.exchange.FundRemittance;
import org.jiexu.exchange.InfoTableMonth;
import org.jiexu.exchange.TransferInfoTable;
import org.jiexu.exchange.TransferReceipt;
import org.jiexu.exchange.TransferRejection;
import org.jiexu.identity.CurrentUser;
import org.jiexu.policy.IdNumber;
import org.jiexu.shared.TextInput;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replies that come on paper from an agency not connected to the exchange, entered by hand (decision 30): on a
 * transfer-in waiting for that agency, the info table, the funds received or its rejection; on the transfer-out side,
 * a contact letter that opens a transfer-out and, later, the receipt. Each becomes the message the agency would have
 * sent and goes through the exchange's inbox to {@link TransferInbox}, exactly as an electronic one does, marked with
 * who entered it; it is refused for an agency that is connected (its replies come signed through the exchange).
 */
@Service
public class PaperReplies {

	private static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999.99");

	private static final String ISSUED_ON_PAPER = "纸质 / on paper";

	private final CaseStore store;

	private final Exchange exchange;

	private final AgencyConnections connections;

	private final CaseSteps steps;

	PaperReplies(CaseStore store, Exchange exchange, AgencyConnections connections, CaseSteps steps) {
		this.store = store;
		this.exchange = exchange;
		this.connections = connections;
		this.steps = steps;
	}

	/** The info table received on paper (amounts in yuan; the months either given or drawn from the history). */
	public record InfoTable(@Nullable String pooledFund, @Nullable String individualAccount, @Nullable String months,
			@Nullable String firstMonth, @Nullable String lastMonth, @Nullable String issuedBy,
			@Nullable List<InfoTableMonth> history) {
	}

	/** The funds received (到账) for a transfer-in, as the bank statement shows them. */
	public record Funds(@Nullable String pooledFund, @Nullable String individualAccount,
			@Nullable String remittedOn) {
	}

	/** A contact letter received on paper: who sends it and whom it is about. */
	public record Letter(@Nullable String senderAgencyCode, @Nullable String idNumber, @Nullable String personName,
			@Nullable String insuranceType, @Nullable String category, @Nullable String acceptedOn,
			@Nullable String attempt) {
	}

	/** Whether the agency's replies come on paper (it is not connected to the exchange). */
	@Transactional(readOnly = true)
	public boolean onPaper(String agencyCode) {
		return !this.connections.isConnected(agencyCode);
	}

	/** The info table of the sending agency, entered on the transfer-in waiting for it. */
	@Transactional
	public void infoTable(CurrentUser user, long caseId, InfoTable entered) {
		TransferCase c = waitingTransferIn(user, caseId);
		List<InfoTableMonth> history = entered.history() == null ? List.of() : entered.history();
		List<UserInputException> refusals = new ArrayList<>();
		BigDecimal pooled = amount(refusals, "pooledFund", entered.pooledFund());
		BigDecimal account = amount(refusals, "individualAccount", entered.individualAccount());
		int months = 0;
		YearMonth first = null;
		YearMonth last = null;
		try {
			months = TextInput.present(entered.months()) || history.isEmpty()
					? TextInput.integer("months", entered.months(), 0, 1200) : history.size();
		}
		catch (UserInputException refusal) {
			refusals.add(refusal);
		}
		try {
			first = TextInput.present(entered.firstMonth()) || history.isEmpty()
					? TextInput.yearMonth("firstMonth", entered.firstMonth()) : history.get(0).month();
		}
		catch (UserInputException refusal) {
			refusals.add(refusal);
		}
		try {
			last = TextInput.present(entered.lastMonth()) || history.isEmpty()
					? TextInput.yearMonth("lastMonth", entered.lastMonth()) : history.get(history.size() - 1).month();
		}
		catch (UserInputException refusal) {
			refusals.add(refusal);
		}
		if (first != null && last != null && first.isAfter(last)) {
			refusals.add(UserInputException.invalid("lastMonth", "transfer.paper.monthsOrder", first, last));
		}
		if (!refusals.isEmpty()) {
			throw UserInputException.combine(refusals);
		}
		String issuedBy = TextInput.present(entered.issuedBy()) ? entered.issuedBy().strip() : ISSUED_ON_PAPER;
		if (issuedBy.length() > 64) {
			throw UserInputException.invalid("issuedBy", "transfer.paper.tooLong", 64);
		}
		this.exchange.enterByHand(user, new TransferInfoTable(Exchange.newMessageId(), c.transferId(),
				c.counterpartCode(), c.agencyCode(), months, first, last, pooled, account, issuedBy, history));
	}

	/** The funds the sending agency remitted, entered on the transfer-in waiting for them. */
	@Transactional
	public void funds(CurrentUser user, long caseId, Funds entered) {
		TransferCase c = waitingTransferIn(user, caseId);
		List<UserInputException> refusals = new ArrayList<>();
		BigDecimal pooled = amount(refusals, "pooledFund", entered.pooledFund());
		BigDecimal account = amount(refusals, "individualAccount", entered.individualAccount());
		LocalDate remittedOn = null;
		try {
			remittedOn = TextInput.date("remittedOn", entered.remittedOn());
			if (remittedOn.isAfter(this.steps.today())) {
				refusals.add(UserInputException.invalid("remittedOn", "transfer.paper.future", remittedOn));
			}
		}
		catch (UserInputException refusal) {
			refusals.add(refusal);
		}
		if (!refusals.isEmpty()) {
			throw UserInputException.combine(refusals);
		}
		this.exchange.enterByHand(user, new FundRemittance(Exchange.newMessageId(), c.transferId(),
				c.counterpartCode(), c.agencyCode(), pooled, account, remittedOn));
	}

	/** The sending agency's refusal of the contact letter, with its reason, entered on the transfer-in. */
	@Transactional
	public void rejection(CurrentUser user, long caseId, @Nullable String reason) {
		TransferCase c = waitingTransferIn(user, caseId);
		String text = TextInput.required("reason", reason);
		if (text.length() > 500) {
			throw UserInputException.invalid("reason", "transfer.reason.tooLong", 500);
		}
		this.exchange.enterByHand(user,
				new TransferRejection(Exchange.newMessageId(), c.transferId(), c.counterpartCode(), c.agencyCode(), text));
	}

	/** The receipt (办结回执) of the receiving agency, entered on the transfer-out whose relation was ended. */
	@Transactional
	public void receipt(CurrentUser user, long caseId, @Nullable String completedOn) {
		TransferCase c = workable(user, caseId);
		if (c.side() != TransferSide.OUT || !CaseAction.RECEIVE_RECEIPT.allowedFrom(c.state())) {
			throw UserInputException.conflict(null, "transfer.paper.notWaiting");
		}
		LocalDate day = TextInput.date("completedOn", completedOn);
		if (day.isAfter(this.steps.today())) {
			throw UserInputException.invalid("completedOn", "transfer.paper.future", day);
		}
		this.exchange.enterByHand(user,
				new TransferReceipt(Exchange.newMessageId(), c.transferId(), c.counterpartCode(), c.agencyCode(), day));
	}

	/**
	 * A contact letter received on paper from an agency not connected: opens a transfer-out here (or, if the person
	 * is not known here, sends the rejection back, by post); the new transfer's id.
	 */
	@Transactional
	public String contactLetter(CurrentUser user, Letter entered, Locale locale) {
		if (!user.isStaff()) {
			throw new AccessDeniedException("Replies on paper are entered by agency staff");
		}
		List<UserInputException> refusals = new ArrayList<>();
		String sender = null;
		String idNumber = null;
		String name = null;
		InsuranceType type = null;
		TransferCategory category = null;
		LocalDate acceptedOn = null;
		int attempt = 1;
		try {
			sender = TextInput.required("senderAgencyCode", entered.senderAgencyCode());
			if (sender.equals(user.agencyCode()) || !sender.matches("\\d{8}")) {
				refusals.add(UserInputException.invalid("senderAgencyCode", "transfer.paper.sender", sender));
			}
		}
		catch (UserInputException refusal) {
			refusals.add(refusal);
		}
		try {
			idNumber = IdNumber.of(TextInput.required("idNumber", entered.idNumber())).value();
		}
		catch (UserInputException refusal) {
			refusals.add(refusal);
		}
		try {
			name = TextInput.required("personName", entered.personName());
		}
		catch (UserInputException refusal) {
			refusals.add(refusal);
		}
		try {
			type = TextInput.present(entered.insuranceType())
					? TextInput.choice("insuranceType", entered.insuranceType(), InsuranceType.class)
					: InsuranceType.EMPLOYEE_PENSION;
			category = TextInput.present(entered.category())
					? TextInput.choice("category", entered.category(), TransferCategory.class)
					: TransferCategory.values()[0];
			acceptedOn = TextInput.date("acceptedOn", entered.acceptedOn());
			if (TextInput.present(entered.attempt())) {
				attempt = TextInput.integer("attempt", entered.attempt(), 1, TransferCase.MAX_ATTEMPTS);
			}
		}
		catch (UserInputException refusal) {
			refusals.add(refusal);
		}
		if (!refusals.isEmpty()) {
			throw UserInputException.combine(refusals);
		}
		String transferId = UUID.randomUUID().toString();
		this.exchange.enterByHand(user, new ContactLetter(Exchange.newMessageId(), transferId, sender,
				user.requireAgency(), attempt, idNumber, name, type.name(), category.name(), acceptedOn, ISSUED_ON_PAPER));
		return transferId;
	}

	private TransferCase waitingTransferIn(CurrentUser user, long caseId) {
		TransferCase c = workable(user, caseId);
		if (c.side() != TransferSide.IN || c.state() != CaseState.CONTACT_LETTER_SENT) {
			throw UserInputException.conflict(null, "transfer.paper.notWaiting");
		}
		return c;
	}

	private TransferCase workable(CurrentUser user, long caseId) {
		TransferCase c = this.store.find(caseId)
			.filter(found -> CaseViews.mayRead(user, found) && user.isStaff())
			.orElseThrow(() -> UserInputException.notFound("transfer.case.notFound", caseId));
		if (!CaseViews.mayWork(user, c)) {
			throw new AccessDeniedException("Only the case's steward or a supervisor of its agency works it");
		}
		return c;
	}

	private static BigDecimal amount(List<UserInputException> refusals, String field, @Nullable String text) {
		try {
			BigDecimal value = TextInput.decimal(field, text, BigDecimal.ZERO, MAX_AMOUNT);
			if (value.scale() > 2) {
				refusals.add(UserInputException.invalid(field, "transfer.paper.fen", value.toPlainString()));
				return BigDecimal.ZERO;
			}
			return value.setScale(2, RoundingMode.UNNECESSARY);
		}
		catch (UserInputException refusal) {
			refusals.add(refusal);
			return BigDecimal.ZERO;
		}
	}

}
