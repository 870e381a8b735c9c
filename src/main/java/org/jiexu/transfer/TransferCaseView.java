package org.jiexu.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jiexu.exchange.MessageView;
import org.jspecify.annotations.Nullable;

/**
 * One case as its agency (or the person) sees it: who and what, where it stands, its deadline and urgency, the
 * amounts of the info table, the money received, the refund of months paid twice, the checks of its next step, the category's checklist, the
 * actions the reader may take now, the documents it gives now ({@code GET …/documents/<name>.pdf}), the history (who, when, why), the problems and the messages exchanged.
 */
public record TransferCaseView(long id, String transferId, TransferSide side, AgencyOnCase agency,
		AgencyOnCase counterpart, PersonOnCase person, InsuranceType insuranceType, TransferCategory category,
		CaseState state, int attempt, @Nullable String steward, LocalDate openedOn, @Nullable LocalDate dueOn,
		CaseDeadline.Status deadline, CaseUrgency urgency, @Nullable LocalDate completedOn,
		@Nullable LocalDate infoReceivedOn, @Nullable LocalDate fundsReceivedOn, @Nullable BigDecimal pooledFund,
		@Nullable BigDecimal individualAccount, @Nullable BigDecimal infoTotal, @Nullable BigDecimal remittedTotal,
		@Nullable BigDecimal refundTotal, @Nullable Integer overlapMonths, @Nullable RejectedBy rejectedBy, @Nullable String rejectionReason, List<CheckView> checks,
		List<ChecklistItemView> checklist, List<String> actions, List<String> documents, List<CaseEventView> history,
		List<CaseProblemView> problems, List<MessageView> messages) {
}
