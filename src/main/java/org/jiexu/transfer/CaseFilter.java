package org.jiexu.transfer;

import java.util.ArrayList;
import java.util.List;

import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;

/** What a list of cases is narrowed to; every part is optional. */
public record CaseFilter(@Nullable CaseState state, @Nullable TransferSide side, @Nullable Boolean overdue,
		@Nullable String steward, @Nullable Long personId) {

	/** The longest steward a filter names: a username. */
	static final int STEWARD_LENGTH = 64;

	/**
	 * The filter as typed in a request: state and side by their names (any case), blanks left out. Refuses (400)
	 * every unknown value at once, and a steward longer than a username.
	 */
	public static CaseFilter of(@Nullable String state, @Nullable String side, @Nullable Boolean overdue,
			@Nullable String steward) {
		List<UserInputException> refusals = new ArrayList<>();
		CaseState knownState = constant(CaseState.class, "state", state, refusals);
		TransferSide knownSide = constant(TransferSide.class, "side", side, refusals);
		String stewardName = steward == null || steward.isBlank() ? null : steward.strip();
		if (stewardName != null && stewardName.length() > STEWARD_LENGTH) {
			refusals.add(UserInputException.invalid("steward", "transfer.filter.steward.tooLong", STEWARD_LENGTH));
		}
		if (!refusals.isEmpty()) {
			throw UserInputException.combine(refusals);
		}
		return new CaseFilter(knownState, knownSide, overdue, stewardName, null);
	}

	private static <E extends Enum<E>> @Nullable E constant(Class<E> type, String field, @Nullable String value,
			List<UserInputException> refusals) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value.strip())) {
				return constant;
			}
		}
		refusals.add(UserInputException.invalid(field, "transfer.filter.unknown", value.strip()));
		return null;
	}

}
