package org.jiexu.transfer;

import java.util.Locale;

import org.jiexu.identity.CurrentUser;
import org.jiexu.shared.UserInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checklist of a case's {@link TransferCategory}: its workers (the steward, a supervisor) tick an item when it is
 * checked and untick it if that was a mistake; the case shows who ticked what when.
 */
@Service
public class CaseChecklist {

	private final CaseStore cases;

	private final ChecklistTicks ticks;

	private final CaseViews views;

	CaseChecklist(CaseStore cases, ChecklistTicks ticks, CaseViews views) {
		this.cases = cases;
		this.ticks = ticks;
		this.views = views;
	}

	/** Ticks ({@code done}) or unticks item {@code item} (from 1) of the case's checklist. */
	@Transactional
	public TransferCaseView tick(CurrentUser user, long caseId, int item, boolean done, Locale locale) {
		TransferCase c = this.cases.find(caseId)
			.filter(found -> user.isStaff() && found.agencyCode().equals(user.agencyCode()))
			.orElseThrow(() -> UserInputException.notFound("transfer.case.notFound", caseId));
		if (!CaseViews.mayWork(user, c)) {
			throw new AccessDeniedException("Only the case's steward or a supervisor of its agency works it");
		}
		int items = c.category().checklist().size();
		if (item < 1 || item > items) {
			throw UserInputException.invalid("item", "transfer.checklist.noItem", item, items);
		}
		this.ticks.set(caseId, item, done, user.username());
		return this.views.view(user, c, locale);
	}

}
