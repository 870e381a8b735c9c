package org.jiexu.transfer;

import java.util.Locale;

import org.jiexu.identity.CurrentUser;
import org.jiexu.shared.TextInput;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Problems (问题) on a case: opened with a reason from the list and a note by whoever works the case (its steward or
 * a supervisor), assigned to a steward or supervisor of the agency (the case's steward by default), resolved with
 * what was done by the case's workers or the problem's assignee. Reconciling amounts that do not match opens one by
 * itself ({@link ProblemReason#AMOUNT_MISMATCH}).
 */
@Service
public class CaseProblems {

	static final int MAX_TEXT = 500;

	private final CaseStore cases;

	private final ProblemStore problems;

	private final StewardAssignment stewards;

	private final CaseViews views;

	CaseProblems(CaseStore cases, ProblemStore problems, StewardAssignment stewards, CaseViews views) {
		this.cases = cases;
		this.problems = problems;
		this.stewards = stewards;
		this.views = views;
	}

	@Transactional
	public TransferCaseView open(CurrentUser user, long caseId, CaseProblemRequest request, Locale locale) {
		TransferCase c = workable(user, caseId);
		ProblemReason reason = TextInput.choice("reason", request.reason(), ProblemReason.class);
		String note = text("note", request.note(), "transfer.problem.note.required");
		String assignee = assignee(c, request.assignee());
		this.problems.open(c.id(), reason, note, assignee, user.username());
		return this.views.view(user, c, locale);
	}

	@Transactional
	public TransferCaseView assign(CurrentUser user, long caseId, long problemId, CaseProblemRequest request,
			Locale locale) {
		TransferCase c = workable(user, caseId);
		openProblem(c, problemId);
		String assignee = request.assignee() == null || request.assignee().isBlank() ? null : request.assignee();
		if (assignee == null) {
			throw UserInputException.invalid("assignee", "transfer.steward.required");
		}
		this.problems.assign(problemId, assignee(c, assignee));
		return this.views.view(user, c, locale);
	}

	@Transactional
	public TransferCaseView resolve(CurrentUser user, long caseId, long problemId, CaseProblemRequest request,
			Locale locale) {
		TransferCase c = this.cases.find(caseId)
			.filter(found -> user.isStaff() && found.agencyCode().equals(user.agencyCode()))
			.orElseThrow(() -> UserInputException.notFound("transfer.case.notFound", caseId));
		CaseProblemView problem = openProblem(c, problemId);
		if (!CaseViews.mayWork(user, c) && !user.username().equals(problem.assignee())) {
			throw new AccessDeniedException("Only the case's workers and the problem's assignee resolve it");
		}
		String resolution = text("resolution", request.resolution(), "transfer.problem.resolution.required");
		this.problems.resolve(problemId, user.username(), resolution);
		return this.views.view(user, c, locale);
	}

	/** Opens an amount mismatch on the case unless one is open already (called by the reconciliation). */
	void amountMismatch(TransferCase c, String actor, String note) {
		if (!this.problems.hasOpen(c.id(), ProblemReason.AMOUNT_MISMATCH)) {
			this.problems.open(c.id(), ProblemReason.AMOUNT_MISMATCH, note, c.steward(), actor);
		}
	}

	private TransferCase workable(CurrentUser user, long caseId) {
		TransferCase c = this.cases.find(caseId)
			.filter(found -> user.isStaff() && found.agencyCode().equals(user.agencyCode()))
			.orElseThrow(() -> UserInputException.notFound("transfer.case.notFound", caseId));
		if (!CaseViews.mayWork(user, c)) {
			throw new AccessDeniedException("Only the case's steward or a supervisor of its agency works it");
		}
		return c;
	}

	private CaseProblemView openProblem(TransferCase c, long problemId) {
		ProblemStore.Row row = this.problems.find(problemId)
			.filter(found -> found.caseId() == c.id())
			.orElseThrow(() -> UserInputException.notFound("transfer.problem.notFound", problemId));
		if (!row.view().open()) {
			throw UserInputException.conflict(null, "transfer.problem.resolved", problemId);
		}
		return row.view();
	}

	private @Nullable String assignee(TransferCase c, @Nullable String requested) {
		if (requested == null || requested.isBlank()) {
			return c.steward();
		}
		String username = requested.strip();
		if (!this.stewards.mayOwn(c.agencyCode(), username)) {
			throw UserInputException.invalid("assignee", "transfer.steward.unknown", username);
		}
		return username;
	}

	private static String text(String field, @Nullable String value, String requiredKey) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			throw UserInputException.invalid(field, requiredKey);
		}
		if (text.length() > MAX_TEXT) {
			throw UserInputException.invalid(field, "transfer.reason.tooLong", MAX_TEXT);
		}
		return text;
	}

}
