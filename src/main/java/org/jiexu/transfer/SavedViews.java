package org.jiexu.transfer;

import java.util.ArrayList;
import java.util.List;

import org.jiexu.identity.CurrentUser;
import org.jiexu.shared.UserInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved views (保存的视图) of the case list and ledger: a staff member names a filter and an order to use again.
 * Each user sees, and deletes, their own views only; another user's view is "not found".
 */
@Service
public class SavedViews {

	/** The longest name of a view. */
	public static final int NAME_LENGTH = 50;

	private final SavedViewStore store;

	SavedViews(SavedViewStore store) {
		this.store = store;
	}

	/** The user's views by name. */
	@Transactional(readOnly = true)
	public List<SavedView> list(CurrentUser user) {
		user.requireAgency();
		return this.store.of(user.username());
	}

	/**
	 * Saves a view for the user. Refuses every bad field at once (400), and a name the user already gave a view
	 * (409); nothing is saved then.
	 */
	@Transactional
	public SavedView save(CurrentUser user, NewSavedView request) {
		user.requireAgency();
		List<UserInputException> refusals = new ArrayList<>();
		String name = request.name() == null ? "" : request.name().strip();
		if (name.isEmpty()) {
			refusals.add(UserInputException.invalid("name", "transfer.view.name.required"));
		}
		else if (name.length() > NAME_LENGTH) {
			refusals.add(UserInputException.invalid("name", "transfer.view.name.tooLong", NAME_LENGTH));
		}
		CaseSelection selection = null;
		try {
			selection = CaseSelection.of(request.state(), request.side(), request.overdue(), request.steward(),
					request.sort());
		}
		catch (UserInputException refused) {
			refusals.add(refused);
		}
		if (!refusals.isEmpty()) {
			throw UserInputException.combine(refusals);
		}
		if (this.store.exists(user.username(), name)) {
			throw UserInputException.conflict("name", "transfer.view.name.taken", name);
		}
		long id;
		try {
			id = this.store.insert(user.username(), name, selection);
		}
		catch (DuplicateKeyException raced) {
			throw UserInputException.conflict("name", "transfer.view.name.taken", name);
		}
		return this.store.find(user.username(), id).orElseThrow();
	}

	/** Deletes one of the user's views; anything else is "not found" (404). */
	@Transactional
	public void delete(CurrentUser user, long id) {
		user.requireAgency();
		if (!this.store.delete(user.username(), id)) {
			throw UserInputException.notFound("transfer.view.notFound", id);
		}
	}

}
