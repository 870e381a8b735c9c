package org.jiexu.transfer;

import java.time.LocalDate;

import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link TransferCase#allows} says exactly what {@link TransferCase#requireAllowed} lets through. */
class CaseAllowsTests {

	@Test
	void allowsAgreesWithRequireAllowedOnEverySideStateActionAndAttempt() {
		LocalDate day = LocalDate.of(2026, 11, 2);
		int combinations = 0;
		for (TransferSide side : TransferSide.values()) {
			for (CaseState state : CaseState.values()) {
				for (RejectedBy by : new RejectedBy[] { null, RejectedBy.SENDING, RejectedBy.RECEIVING }) {
					for (int attempt = 0; attempt <= TransferCase.MAX_ATTEMPTS; attempt++) {
						TransferCase c = new TransferCase(1, "t", side, "11010201", "42098101", 7, null,
								InsuranceType.EMPLOYEE_PENSION, TransferCategory.ORDINARY, state, attempt, "steward",
								day, day, day, null, null, null, null, null, null, by, null, null, null, 0);
						for (CaseAction action : CaseAction.values()) {
							boolean passes;
							try {
								c.requireAllowed(action);
								passes = true;
							}
							catch (UserInputException refused) {
								passes = false;
							}
							assertThat(c.allows(action)).as("%s %s %s by %s attempt %d", side, state, action, by, attempt)
								.isEqualTo(passes);
							combinations++;
						}
					}
				}
			}
		}
		assertThat(combinations).isGreaterThan(500);
	}

}
