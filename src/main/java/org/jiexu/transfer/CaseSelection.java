package org.jiexu.transfer;

import java.util.ArrayList;
import java.util.List;

import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;

/** Which of an agency's cases a list or a ledger shows ({@link CaseFilter}) and in which order ({@link CaseSort}). */
public record CaseSelection(CaseFilter filter, CaseSort sort) {

	/** The selection as typed in a request; every bad value is refused (400) at once. */
	public static CaseSelection of(@Nullable String state, @Nullable String side, @Nullable Boolean overdue,
			@Nullable String steward, @Nullable String sort) {
		List<UserInputException> refusals = new ArrayList<>();
		CaseFilter filter = null;
		CaseSort order = null;
		try {
			filter = CaseFilter.of(state, side, overdue, steward);
		}
		catch (UserInputException refused) {
			refusals.add(refused);
		}
		try {
			order = CaseSort.of(sort);
		}
		catch (UserInputException refused) {
			refusals.add(refused);
		}
		if (!refusals.isEmpty()) {
			throw UserInputException.combine(refusals);
		}
		return new CaseSelection(filter, order);
	}

}
