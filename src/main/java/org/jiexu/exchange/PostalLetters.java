package org.jiexu.exchange;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.Role;
import org.jiexu.shared.TextInput;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The postal letters (挂号信 / EMS) of messages to agencies not connected to the exchange (decision 30). The outbox
 * relay makes a letter of each such message ({@link PostalStatus#TO_PRINT}); a mailing clerk of the sending agency
 * (a steward or supervisor) prints its document, records it posted with the tracking number, then delivered (the
 * receipt's date and who signed it) or failed (the reason) — a failed letter is posted again, a new attempt with a
 * new tracking number, until it is delivered. Every posting is kept. Staff see their own agency's letters only.
 */
@Service
public class PostalLetters {

	private static final Set<Role> CLERKS = Set.of(Role.STEWARD, Role.SUPERVISOR);

	private static final int PAGE = 500;

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	private final Clock clock;

	PostalLetters(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Makes the letter of an outgoing message (once: a second call for the message changes nothing). */
	void toPost(SignedMessage message) {
		this.jdbc.sql("insert into exchange.postal_letter (message_id, kind, transfer_id, sender_agency,"
				+ " receiver_agency, status, created_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing")
			.params(message.messageId().toString(), message.kind().name(), message.transferId(),
					message.senderAgency(), message.receiverAgency(), PostalStatus.TO_PRINT.name(),
					Timestamp.from(this.clock.instant()))
			.update();
	}

	/** The letters the user's agency sends, optionally of one status, the latest first (at most 500). */
	@Transactional(readOnly = true)
	public List<PostalLetterView> list(CurrentUser user, @Nullable PostalStatus status) {
		String agency = requireStaff(user);
		List<PostalLetterView> letters = this.jdbc
			.sql("select " + LETTER + " from exchange.postal_letter where sender_agency = ?"
					+ (status == null ? "" : " and status = '" + status.name() + "'")
					+ " order by created_at desc, id desc limit " + PAGE)
			.param(agency)
			.query((rs, row) -> letter(rs, List.of()))
			.list();
		return withAttempts(letters);
	}

	/** One letter the user's agency sends; 404 otherwise. */
	@Transactional(readOnly = true)
	public PostalLetterView get(CurrentUser user, long id) {
		return find(id, requireStaff(user));
	}

	/** The letters the agency sent for a transfer, oldest first. */
	@Transactional(readOnly = true)
	public List<PostalLetterView> ofTransfer(String transferId, String agencyCode) {
		return withAttempts(this.jdbc
			.sql("select " + LETTER + " from exchange.postal_letter where transfer_id = ? and sender_agency = ?"
					+ " order by created_at, id")
			.params(transferId, agencyCode)
			.query((rs, row) -> letter(rs, List.of()))
			.list());
	}

	/**
	 * The latest letter the agency sent for each of the transfers, with its postings (a ledger's mailing progress);
	 * transfers without one are missing.
	 */
	@Transactional(readOnly = true)
	public Map<String, PostalLetterView> latestOf(String agencyCode, Collection<String> transferIds) {
		List<String> all = List.copyOf(transferIds);
		Map<String, PostalLetterView> latest = new HashMap<>();
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<PostalLetterView> letters = this.jdbc
				.sql("select " + LETTER + " from exchange.postal_letter where sender_agency = :agency"
						+ " and transfer_id in (:transfers) order by created_at, id")
				.param("agency", agencyCode)
				.param("transfers", all.subList(from, Math.min(all.size(), from + CHUNK)))
				.query((rs, row) -> letter(rs, List.of()))
				.list();
			withAttempts(letters).forEach(letter -> latest.put(letter.transferId(), letter));
		}
		return latest;
	}

	/** Posted (again), with the tracking number: a new attempt; only a letter to print or one that came back. */
	@Transactional
	public PostalLetterView posted(CurrentUser user, long id, @Nullable String trackingNumber) {
		PostalLetterView letter = actable(user, id);
		String number = TrackingNumber.parse(trackingNumber == null ? "" : trackingNumber)
			.orElseThrow(() -> UserInputException.invalid("trackingNumber", "exchange.postal.trackingNumber.invalid",
					trackingNumber == null ? "" : trackingNumber));
		if (letter.status() != PostalStatus.TO_PRINT && letter.status() != PostalStatus.FAILED) {
			throw UserInputException.conflict(null, "exchange.postal.notToPost",
					letter.status().name());
		}
		if (letter.attempts().stream().anyMatch(a -> a.trackingNumber().equals(number))) {
			throw UserInputException.invalid("trackingNumber", "exchange.postal.trackingNumber.used", number);
		}
		this.jdbc.sql("insert into exchange.postal_attempt (letter_id, attempt, tracking_number, posted_on, posted_by)"
				+ " values (?, ?, ?, ?, ?)")
			.params(id, letter.attempts().size() + 1, number, Date.valueOf(today()), user.username())
			.update();
		move(letter, PostalStatus.POSTED);
		return find(id, letter.senderAgency());
	}

	/** The receipt (回执) came back: delivered on the day, signed by whom; only a posted letter. */
	@Transactional
	public PostalLetterView delivered(CurrentUser user, long id, @Nullable LocalDate deliveredOn,
			@Nullable String signedBy) {
		PostalLetterView letter = actable(user, id);
		requirePosted(letter);
		List<UserInputException> refusals = new ArrayList<>();
		PostalAttemptView latest = letter.latest();
		if (deliveredOn == null) {
			refusals.add(UserInputException.invalid("deliveredOn", "exchange.postal.deliveredOn.required"));
		}
		else if (deliveredOn.isAfter(today()) || (latest != null && deliveredOn.isBefore(latest.postedOn()))) {
			refusals.add(UserInputException.invalid("deliveredOn", "exchange.postal.deliveredOn.range", deliveredOn));
		}
		String signer = clean(signedBy);
		if (signer == null || signer.isEmpty()) {
			refusals.add(UserInputException.invalid("signedBy", "exchange.postal.signedBy.required"));
		}
		else if (signer.length() > 100) {
			refusals.add(UserInputException.invalid("signedBy", "exchange.postal.signedBy.tooLong", 100));
		}
		if (!refusals.isEmpty()) {
			throw UserInputException.combine(refusals);
		}
		this.jdbc.sql("update exchange.postal_attempt set outcome = 'DELIVERED', delivered_on = ?, signed_by = ?,"
				+ " outcome_by = ? where letter_id = ? and attempt = ?")
			.params(Date.valueOf(deliveredOn), signer, user.username(), id, letter.attempts().size())
			.update();
		move(letter, PostalStatus.DELIVERED);
		return find(id, letter.senderAgency());
	}

	/** Returned undelivered (退回) for the reason, with a note (required for OTHER); only a posted letter. */
	@Transactional
	public PostalLetterView failed(CurrentUser user, long id, @Nullable String reason, @Nullable String note) {
		PostalLetterView letter = actable(user, id);
		requirePosted(letter);
		PostalFailure failure = TextInput.choice("reason", reason, PostalFailure.class);
		String text = clean(note);
		if (failure == PostalFailure.OTHER && (text == null || text.isEmpty())) {
			throw UserInputException.invalid("note", "exchange.postal.note.required");
		}
		if (text != null && text.length() > 200) {
			throw UserInputException.invalid("note", "exchange.postal.note.tooLong", 200);
		}
		this.jdbc.sql("update exchange.postal_attempt set outcome = 'FAILED', failed_on = ?, failure_reason = ?,"
				+ " failure_note = ?, outcome_by = ? where letter_id = ? and attempt = ?")
			.params(Date.valueOf(today()), failure.name(), text == null || text.isEmpty() ? null : text,
					user.username(), id, letter.attempts().size())
			.update();
		move(letter, PostalStatus.FAILED);
		return find(id, letter.senderAgency());
	}

	private static void requirePosted(PostalLetterView letter) {
		if (letter.status() != PostalStatus.POSTED) {
			throw UserInputException.conflict(null, "exchange.postal.notPosted", letter.status().name());
		}
	}

	/** The letter, of the clerk's agency (404 for another's), for a steward or supervisor (403 otherwise). */
	private PostalLetterView actable(CurrentUser user, long id) {
		String agency = requireStaff(user);
		PostalLetterView letter = find(id, agency);
		if (!user.hasAnyRole(CLERKS)) {
			throw new AccessDeniedException("Postal letters are recorded by the sending agency's stewards");
		}
		return letter;
	}

	private void move(PostalLetterView letter, PostalStatus to) {
		if (this.jdbc.sql("update exchange.postal_letter set status = ?, version = version + 1 where id = ? and status = ?")
			.params(to.name(), letter.id(), letter.status().name())
			.update() != 1) {
			throw UserInputException.conflict(null, "exchange.postal.changed");
		}
	}

	private PostalLetterView find(long id, String agency) {
		List<PostalLetterView> found = withAttempts(this.jdbc
			.sql("select " + LETTER + " from exchange.postal_letter where id = ? and sender_agency = ?")
			.params(id, agency)
			.query((rs, row) -> letter(rs, List.of()))
			.list());
		if (found.isEmpty()) {
			throw UserInputException.notFound("exchange.postal.notFound", id);
		}
		return found.get(0);
	}

	private static String requireStaff(CurrentUser user) {
		if (!user.isStaff()) {
			throw new AccessDeniedException("Postal letters are for agency staff");
		}
		return user.requireAgency();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static final String LETTER = "id, message_id, kind, transfer_id, sender_agency, receiver_agency, status,"
			+ " created_at";

	private static PostalLetterView letter(ResultSet rs, List<PostalAttemptView> attempts) throws SQLException {
		return new PostalLetterView(rs.getLong(1), rs.getString(2), MessageKind.valueOf(rs.getString(3)),
				rs.getString(4), rs.getString(5), rs.getString(6), PostalStatus.valueOf(rs.getString(7)),
				rs.getTimestamp(8).toInstant(), attempts);
	}

	private List<PostalLetterView> withAttempts(List<PostalLetterView> letters) {
		if (letters.isEmpty()) {
			return letters;
		}
		Map<Long, List<PostalAttemptView>> attempts = new HashMap<>();
		this.jdbc.sql("select letter_id, attempt, tracking_number, posted_on, posted_by, outcome, delivered_on,"
				+ " signed_by, failed_on, failure_reason, failure_note, outcome_by from exchange.postal_attempt"
				+ " where letter_id in (:ids) order by letter_id, attempt")
			.param("ids", letters.stream().map(PostalLetterView::id).toList())
			.query((ResultSet rs) -> {
				attempts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new PostalAttemptView(rs.getInt(2), rs.getString(3), rs.getDate(4).toLocalDate(),
							rs.getString(5), rs.getString(6) == null ? null : PostalStatus.valueOf(rs.getString(6)),
							day(rs.getDate(7)), rs.getString(8), day(rs.getDate(9)),
							rs.getString(10) == null ? null : PostalFailure.valueOf(rs.getString(10)),
							rs.getString(11), rs.getString(12)));
			});
		return letters.stream()
			.map(l -> new PostalLetterView(l.id(), l.messageId(), l.kind(), l.transferId(), l.senderAgency(),
					l.receiverAgency(), l.status(), l.createdAt(), attempts.getOrDefault(l.id(), List.of())))
			.toList();
	}

	private static @Nullable String clean(@Nullable String text) {
		return text == null ? null : text.strip();
	}

	private static @Nullable LocalDate day(@Nullable Date date) {
		return date == null ? null : date.toLocalDate();
	}

}
