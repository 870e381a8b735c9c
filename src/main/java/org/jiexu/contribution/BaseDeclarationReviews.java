package org.jiexu.contribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jiexu.identity.AuditAction;
import org.jiexu.identity.AuditTrail;
import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.Role;
import org.jiexu.registry.AgencyView;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer's side of base changes (maker–checker, 复核): a reviewer or supervisor of the agency, never the
 * person who submitted the change, approves it (the base in force until then is superseded, the new one applies
 * to payments from now on) or rejects it with a reason the submitter sees. Staff of other agencies and outside
 * users do not see the change at all (not found).
 */
@Service
public class BaseDeclarationReviews {

	private static final Set<Role> REVIEWERS = Set.of(Role.REVIEWER, Role.SUPERVISOR);

	static final int QUEUE_SIZE = 200;

	private final DeclarationStore store;

	private final BaseDeclarations declarations;

	private final RegistryManagement registry;

	private final AuditTrail audit;

	BaseDeclarationReviews(DeclarationStore store, BaseDeclarations declarations, RegistryManagement registry,
			AuditTrail audit) {
		this.store = store;
		this.declarations = declarations;
		this.registry = registry;
		this.audit = audit;
	}

	static boolean isReviewer(CurrentUser user) {
		return user.isStaff() && user.hasAnyRole(REVIEWERS);
	}

	/** The changes waiting at the reviewer's agency, the oldest first. */
	@Transactional(readOnly = true)
	public List<BaseDeclarationReview> queue(CurrentUser user) {
		requireReviewer(user);
		String agencyCode = user.requireAgency();
		AgencyView agency = this.registry.agency(agencyCode);
		List<BaseDeclarationView> pending = this.declarations.views(this.store.pending(agencyCode, QUEUE_SIZE));
		Map<Long, String> employers = new HashMap<>();
		return pending.stream().map(d -> {
			String employer = d.employerId() == null ? null
					: employers.computeIfAbsent(d.employerId(), id -> this.registry.employerReference(user, id).name());
			return new BaseDeclarationReview(d, employer,
					BaseDeclarations.limits(agency, d.year()).orElseThrow(),
					d.submittedBy().equals(user.username()));
		}).toList();
	}

	/** Puts the change in force; the base in force until now is superseded. */
	@Transactional
	public BaseDeclarationView approve(CurrentUser user, long id) {
		DeclarationRow row = decidable(user, id);
		decide(row, user, BaseDeclarationState.IN_FORCE, null);
		this.store.supersede(row.personId(), row.agencyCode(), row.year(), row.id());
		this.audit.record(user, AuditAction.BASE_CHANGE_APPROVED, subject(row));
		return this.declarations.declaration(user, id);
	}

	/** Refuses the change with a reason the submitter sees; the base in force stays. */
	@Transactional
	public BaseDeclarationView reject(CurrentUser user, long id, @Nullable String reason) {
		DeclarationRow row = decidable(user, id);
		String note = reason == null ? "" : reason.strip();
		if (note.isEmpty()) {
			throw UserInputException.invalid("reason", "contribution.review.reason.required");
		}
		if (note.length() > BaseDeclarations.MAX_REASON) {
			throw UserInputException.invalid("reason", "contribution.declaration.reason.tooLong",
					String.valueOf(BaseDeclarations.MAX_REASON));
		}
		decide(row, user, BaseDeclarationState.REJECTED, note);
		this.audit.record(user, AuditAction.BASE_CHANGE_REJECTED, subject(row));
		return this.declarations.declaration(user, id);
	}

	private void decide(DeclarationRow row, CurrentUser user, BaseDeclarationState state, @Nullable String note) {
		if (!this.store.decide(row.id(), state, user.username(), note)) {
			throw UserInputException.conflict(null, "contribution.review.notPending", String.valueOf(row.id()));
		}
	}

	private static String subject(DeclarationRow row) {
		return "base declaration " + row.id() + " (person " + row.personId() + ", " + row.year() + ")";
	}

	/** A change at the reviewer's agency that is waiting and was submitted by someone else. */
	private DeclarationRow decidable(CurrentUser user, long id) {
		DeclarationRow row = this.store.find(id)
			.filter(r -> user.isStaff() && r.agencyCode().equals(user.agencyCode()))
			.orElseThrow(() -> UserInputException.notFound("contribution.declaration.notFound", String.valueOf(id)));
		requireReviewer(user);
		if (row.state() != BaseDeclarationState.PENDING_REVIEW) {
			throw UserInputException.conflict(null, "contribution.review.notPending", String.valueOf(id));
		}
		if (Objects.equals(row.submittedBy(), user.username())) {
			throw UserInputException.conflict(null, "contribution.review.ownSubmission");
		}
		return row;
	}

	private static void requireReviewer(CurrentUser user) {
		if (!isReviewer(user)) {
			throw new AccessDeniedException("Reviews need the role REVIEWER or SUPERVISOR");
		}
	}

}
