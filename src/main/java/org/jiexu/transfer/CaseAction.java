package org.jiexu.transfer;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What can happen to a case: the side it belongs to, the states it may start from and the state it leads to.
 * Actions a user takes are named in the API ({@code POST …/actions/send-contact-letter}); the others happen when a
 * message arrives from the other agency. Labels in {@code transfer.action.*}.
 */
public enum CaseAction {

	/** Transfer-in accepted (受理), at the receiving agency. */
	APPLY(TransferSide.IN, EnumSet.noneOf(CaseState.class), CaseState.APPLIED, false, false),
	/** The checks passed: the contact letter goes to the sending agency (the first attempt). */
	SEND_CONTACT_LETTER(TransferSide.IN, EnumSet.of(CaseState.APPLIED), CaseState.CONTACT_LETTER_SENT, true, false),
	/** After the sending agency rejected the letter: a corrected letter goes again (the second or third attempt). */
	RESEND_CONTACT_LETTER(TransferSide.IN, EnumSet.of(CaseState.REJECTED), CaseState.CONTACT_LETTER_SENT, true, true),
	/** The sending agency's info table arrived (the case waits for the funds too, unless they came first). */
	RECEIVE_INFO_TABLE(TransferSide.IN, EnumSet.of(CaseState.CONTACT_LETTER_SENT), CaseState.CONTACT_LETTER_SENT,
			false, false),
	/** The sending agency's funds arrived (the case waits for the info table too, unless it came first). */
	RECEIVE_FUNDS(TransferSide.IN, EnumSet.of(CaseState.CONTACT_LETTER_SENT), CaseState.CONTACT_LETTER_SENT, false,
			false),
	/** The sending agency refused the contact letter. */
	RECEIVE_REJECTION(TransferSide.IN, EnumSet.of(CaseState.CONTACT_LETTER_SENT), CaseState.REJECTED, false, false),
	/** The funds received match the info table. */
	RECONCILE(TransferSide.IN, EnumSet.of(CaseState.INFO_RECEIVED), CaseState.RECONCILED, true, false),
	/** The history and the account are continued here. */
	CONTINUE_RECORDS(TransferSide.IN, EnumSet.of(CaseState.RECONCILED), CaseState.RECORDS_CONTINUED, true, false),
	/** A contact letter arrived at the sending agency (again, for a corrected letter after a rejection). */
	RECEIVE_CONTACT_LETTER(TransferSide.OUT, EnumSet.of(CaseState.REJECTED), CaseState.LETTER_RECEIVED, false, false),
	/** The sending agency issues the info table and remits the funds. */
	ISSUE_INFO(TransferSide.OUT, EnumSet.of(CaseState.LETTER_RECEIVED), CaseState.INFO_ISSUED, true, false),
	/** The sending agency ends the person's relation there. */
	TERMINATE_RELATION(TransferSide.OUT, EnumSet.of(CaseState.INFO_ISSUED), CaseState.RELATION_TERMINATED, true,
			false),
	/** The receiving agency's receipt arrived: it has completed the transfer. */
	RECEIVE_RECEIPT(TransferSide.OUT, EnumSet.of(CaseState.INFO_ISSUED, CaseState.RELATION_TERMINATED,
			CaseState.COMPLETED), null, false, false),
	/**
	 * The sending agency remits what was credited to the emptied account after the info table, e.g. the interest of
	 * a year posted later (补转); the state stays.
	 */
	SEND_SUPPLEMENT(TransferSide.OUT, EnumSet.of(CaseState.INFO_ISSUED, CaseState.RELATION_TERMINATED,
			CaseState.COMPLETED), null, false, false),
	/** A supplementary remittance arrived and is credited to the account here; the state stays. */
	RECEIVE_SUPPLEMENT(TransferSide.IN, EnumSet.of(CaseState.CONTACT_LETTER_SENT, CaseState.INFO_RECEIVED,
			CaseState.RECONCILED, CaseState.RECORDS_CONTINUED, CaseState.COMPLETED), null, false, false),
	/** Either side: done. The receiving agency notifies the person and sends its receipt. */
	COMPLETE(null, EnumSet.of(CaseState.RECORDS_CONTINUED, CaseState.RELATION_TERMINATED), CaseState.COMPLETED, true,
			false),
	/** Either side: refused with a reason (the receiving agency's written refusal, or the letter sent back). */
	REJECT(null, EnumSet.of(CaseState.APPLIED, CaseState.LETTER_RECEIVED), CaseState.REJECTED, true, true),
	/** A supervisor gives the case to another steward; the state stays. */
	REASSIGN(null, EnumSet.complementOf(EnumSet.of(CaseState.COMPLETED)), null, true, false);

	private final @Nullable TransferSide side;

	private final Set<CaseState> from;

	private final @Nullable CaseState to;

	private final boolean byUser;

	private final boolean needsReason;

	CaseAction(@Nullable TransferSide side, Set<CaseState> from, @Nullable CaseState to, boolean byUser,
			boolean needsReason) {
		this.side = side;
		this.from = from;
		this.to = to;
		this.byUser = byUser;
		this.needsReason = needsReason;
	}

	/** The action a user names in the API ({@code send-contact-letter}), if a user may take it. */
	public static Optional<CaseAction> byPathName(String name) {
		String constant = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (CaseAction action : values()) {
			if (action.byUser && action.name().equals(constant)) {
				return Optional.of(action);
			}
		}
		return Optional.empty();
	}

	/** The name of the action in the API. */
	public String pathName() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** Whether the action belongs to cases of the side. */
	public boolean appliesTo(TransferSide caseSide) {
		return this.side == null || this.side == caseSide;
	}

	/** Whether the action may start from the state (the side and the state alone; guards come on top). */
	public boolean allowedFrom(CaseState state) {
		return this.from.contains(state);
	}

	/** The state the action leads to; the state it starts from when it changes none (e.g. a reassignment). */
	public CaseState leadsTo(CaseState current) {
		return this.to == null ? current : this.to;
	}

	public boolean byUser() {
		return this.byUser;
	}

	public boolean needsReason() {
		return this.needsReason;
	}

}
