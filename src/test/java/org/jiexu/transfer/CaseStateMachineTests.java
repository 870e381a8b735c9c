package org.jiexu.transfer;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every action on every state of each side: exactly the transitions of the issue are allowed. */
class CaseStateMachineTests {

	/** The allowed (side, state, action) triples, written out by hand from the issue's two state lists and 补转. */
	private static final Set<String> ALLOWED = Set.of(
			"IN APPLIED SEND_CONTACT_LETTER", "IN APPLIED REJECT", "IN APPLIED REASSIGN",
			"IN REJECTED RESEND_CONTACT_LETTER", "IN REJECTED REASSIGN",
			"IN CONTACT_LETTER_SENT RECEIVE_INFO_TABLE", "IN CONTACT_LETTER_SENT RECEIVE_FUNDS",
			"IN CONTACT_LETTER_SENT RECEIVE_REJECTION", "IN CONTACT_LETTER_SENT REASSIGN",
			"IN INFO_RECEIVED RECONCILE", "IN INFO_RECEIVED REASSIGN", "IN RECONCILED CONTINUE_RECORDS",
			"IN RECONCILED REASSIGN", "IN RECORDS_CONTINUED COMPLETE", "IN RECORDS_CONTINUED REASSIGN",
			"OUT LETTER_RECEIVED ISSUE_INFO", "OUT LETTER_RECEIVED REJECT", "OUT LETTER_RECEIVED REASSIGN",
			"OUT REJECTED RECEIVE_CONTACT_LETTER", "OUT REJECTED REASSIGN", "OUT INFO_ISSUED TERMINATE_RELATION",
			"OUT INFO_ISSUED RECEIVE_RECEIPT", "OUT INFO_ISSUED REASSIGN", "OUT RELATION_TERMINATED COMPLETE",
			"OUT RELATION_TERMINATED RECEIVE_RECEIPT", "OUT RELATION_TERMINATED REASSIGN",
			"OUT COMPLETED RECEIVE_RECEIPT",
			// 补转: once the account has left, money credited to it later follows; the state stays
			"OUT INFO_ISSUED SEND_SUPPLEMENT", "OUT RELATION_TERMINATED SEND_SUPPLEMENT", "OUT COMPLETED SEND_SUPPLEMENT",
			"IN CONTACT_LETTER_SENT RECEIVE_SUPPLEMENT", "IN INFO_RECEIVED RECEIVE_SUPPLEMENT",
			"IN RECONCILED RECEIVE_SUPPLEMENT", "IN RECORDS_CONTINUED RECEIVE_SUPPLEMENT",
			"IN COMPLETED RECEIVE_SUPPLEMENT");

	private static final Set<CaseState> IN_STATES = EnumSet.of(CaseState.APPLIED, CaseState.CONTACT_LETTER_SENT,
			CaseState.INFO_RECEIVED, CaseState.RECONCILED, CaseState.RECORDS_CONTINUED, CaseState.COMPLETED,
			CaseState.REJECTED);

	private static final Set<CaseState> OUT_STATES = EnumSet.of(CaseState.LETTER_RECEIVED, CaseState.INFO_ISSUED,
			CaseState.RELATION_TERMINATED, CaseState.COMPLETED, CaseState.REJECTED);

	private static TransferCase inState(TransferSide side, CaseState state, RejectedBy rejectedBy, int attempt) {
		LocalDate day = LocalDate.of(2026, 11, 2);
		return new TransferCase(1, "t", side, "11010201", "42098101", 7, null, InsuranceType.EMPLOYEE_PENSION,
				TransferCategory.ORDINARY, state, attempt, "xc-steward", day, day, day, null, null, null, null, null,
				null, rejectedBy, null, null, null, 0);
	}

	private static boolean allowed(TransferCase c, CaseAction action) {
		try {
			c.requireAllowed(action);
			return true;
		}
		catch (UserInputException refused) {
			assertThat(refused.kind()).isEqualTo(UserInputException.Kind.CONFLICT);
			return false;
		}
	}

	@Test
	void exactlyTheIssuesTransitionsAreAllowedOnEachSide() {
		Set<String> found = new HashSet<>();
		for (TransferSide side : TransferSide.values()) {
			for (CaseState state : side == TransferSide.IN ? IN_STATES : OUT_STATES) {
				for (CaseAction action : CaseAction.values()) {
					if (allowed(inState(side, state, RejectedBy.SENDING, 1), action)) {
						found.add(side + " " + state + " " + action);
					}
				}
			}
		}
		assertThat(found).containsExactlyInAnyOrderElementsOf(ALLOWED);
	}

	@Test
	void aCorrectedLetterFollowsOnlyTheSendingAgencysRejectionAndAtMostThreeLettersGo() {
		assertThat(allowed(inState(TransferSide.IN, CaseState.REJECTED, RejectedBy.RECEIVING, 0),
				CaseAction.RESEND_CONTACT_LETTER)).isFalse();
		assertThat(allowed(inState(TransferSide.IN, CaseState.REJECTED, RejectedBy.SENDING, 2),
				CaseAction.RESEND_CONTACT_LETTER)).isTrue();
		assertThatThrownBy(() -> inState(TransferSide.IN, CaseState.REJECTED, RejectedBy.SENDING, 3)
			.requireAllowed(CaseAction.RESEND_CONTACT_LETTER)).isInstanceOfSatisfying(UserInputException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("transfer.resend.tooMany"));
	}

	@Test
	void aRefusalNamesTheActionAndTheStateAsLabels() {
		assertThatThrownBy(() -> inState(TransferSide.IN, CaseState.APPLIED, null, 0)
			.requireAllowed(CaseAction.RECONCILE)).isInstanceOfSatisfying(UserInputException.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("transfer.action.notAllowed");
				assertThat(refused.arguments()).extracting(Object::toString)
					.anySatisfy(text -> assertThat(text).contains("transfer.action.RECONCILE"))
					.anySatisfy(text -> assertThat(text).contains("transfer.state.APPLIED"));
			});
	}

	@Test
	void usersNameTheirActionsInTheApiAndCannotNameTheExchangesOnes() {
		assertThat(CaseAction.byPathName("send-contact-letter")).contains(CaseAction.SEND_CONTACT_LETTER);
		assertThat(CaseAction.byPathName(" Issue-Info ")).contains(CaseAction.ISSUE_INFO);
		assertThat(CaseAction.byPathName("receive-info-table")).isEmpty();
		assertThat(CaseAction.byPathName("apply")).isEmpty();
		assertThat(CaseAction.SEND_CONTACT_LETTER.pathName()).isEqualTo("send-contact-letter");
	}

}
