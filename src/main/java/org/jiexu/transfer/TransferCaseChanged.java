package org.jiexu.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Published with every step of a case (in the step's transaction), for read models such as the monitoring
 * dashboard: the step ({@code eventId}, unique: a listener that sees it twice counts it once), the case as it is
 * after the step, and the day the step happened (Asia/Shanghai); {@code supplement}: the amount of a supplementary
 * remittance (补转) the step sent or received, else {@code null}; {@code refund}: on continuing the records
 * ({@link CaseAction#CONTINUE_RECORDS}), the individual-account part of the months counted twice that the step refunded
 * to the person (zero if none), else {@code null}; {@code toppedUp}, {@code keptBack}: on issuing the info table or
 * sending a supplement, what the normalisation of the sending account (11% / 8%, decision 24) added to the account
 * from the pooled fund and took out of it into the pooled fund (zero if nothing), else {@code null}.
 */
public record TransferCaseChanged(long eventId, long caseId, String transferId, String agencyCode,
		String counterpartCode, TransferSide side, CaseAction action, @Nullable CaseState fromState,
		CaseState toState, int attempt, @Nullable String steward, LocalDate openedOn, @Nullable LocalDate dueOn,
		LocalDate day, @Nullable BigDecimal pooledFund, @Nullable BigDecimal individualAccount,
		@Nullable BigDecimal remittedTotal, @Nullable BigDecimal supplement, @Nullable BigDecimal refund,
		@Nullable BigDecimal toppedUp, @Nullable BigDecimal keptBack) {
}
