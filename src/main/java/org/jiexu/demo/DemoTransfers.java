package org.jiexu.demo;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.jiexu.exchange.Exchange;
import org.jiexu.identity.CurrentUser;
import org.jiexu.transfer.CaseActionRequest;
import org.jiexu.transfer.CaseFilter;
import org.jiexu.transfer.CaseProblems;
import org.jiexu.transfer.CaseProblemRequest;
import org.jiexu.transfer.CaseSort;
import org.jiexu.transfer.CaseState;
import org.jiexu.transfer.InsuranceType;
import org.jiexu.transfer.OpenTransferIn;
import org.jiexu.transfer.TransferCandidate;
import org.jiexu.transfer.TransferCaseSummary;
import org.jiexu.transfer.TransferCaseView;
import org.jiexu.transfer.TransferCases;
import org.jiexu.transfer.TransferSide;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The transfers the demo starts with, so that the case list, the ledger and the supervisor's dashboard show work in
 * every state: nine transfers between the demo agencies (four completed, one of them at the second attempt; the others
 * waiting at each stage, one accepted with a problem open, one reassigned), opened and worked through the transfer
 * module's services by the demo's stewards and supervisors, as they would in the browser. Nothing is written to the
 * transfer tables directly, so every case is dated by the clock: all of them are on time on the first day.
 * <p>
 * The messages between the agencies are delivered after each commit, asynchronously, so each step that needs the
 * other agency's answer waits for it (at most {@link #STEP_TIMEOUT}) before the next. A transfer that fails or times
 * out is logged and left where it stopped; the others go on and the demo starts all the same.
 * <p>
 * The persons are each receiving agency's transfer-in candidates whose checks pass, never the
 * {@code person-demo} account's person (who applies online in the walkthrough); the first such candidate from each
 * sending agency is left where the form lists it, so the README's walkthrough (a Yingcheng candidate accepted at
 * Xicheng and transferred) finds one.
 */
@Component
class DemoTransfers {

	/** The longest wait for the other agency to apply a step's message. */
	static final Duration STEP_TIMEOUT = Duration.ofSeconds(15);

	private static final Duration POLL = Duration.ofMillis(20);

	private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

	private static final Logger LOG = LoggerFactory.getLogger(DemoTransfers.class);

	private static final String XICHENG = DemoAgencies.XICHENG.code();

	private static final String YINGCHENG = DemoAgencies.YINGCHENG.code();

	private static final String JINTAI = DemoAgencies.JINTAI.code();

	private static final String WENDENG = DemoAgencies.WENDENG.code();

	/** The steward who works a transfer's case at each agency (the only steward there, so the one it is given). */
	private static final Map<String, String> STEWARDS = Map.of(XICHENG, "xc-steward", YINGCHENG, "yc-steward", JINTAI,
			"jt-steward");

	private final TransferCases cases;

	private final CaseProblems problems;

	private final Exchange exchange;

	DemoTransfers(TransferCases cases, CaseProblems problems, Exchange exchange) {
		this.cases = cases;
		this.problems = problems;
		this.exchange = exchange;
	}

	/** One transfer of the demo: where from, where to, and how far it is worked. */
	private record Plan(String description, String receiving, String sending, UnaryOperator<Walk> steps) {
	}

	/**
	 * Opens and works the demo's transfers as the staff given (the demo accounts, by username); {@code keepFree}: the
	 * person no transfer is opened for. Returns how many transfers got as far as planned.
	 */
	int seed(Map<String, CurrentUser> staff, @Nullable Long keepFree) {
		long started = System.nanoTime();
		List<Plan> plans = List.of(
				new Plan("Yingcheng → Xicheng, completed", XICHENG, YINGCHENG, Walk::toCompletion),
				new Plan("Yingcheng → Xicheng, rejected, sent again and completed", XICHENG, YINGCHENG,
						walk -> walk.letter()
							.rejectedAndSentAgain("身份证号码与我处登记不一致，请核实后重新发函 / The ID number differs from"
									+ " our registration: please check it and send the letter again",
									"已与本人核实身份信息，更正后重新发函 / Identity checked with the person, letter"
											+ " corrected and sent again")
							.issued()
							.terminated()
							.reconciled()
							.continued()
							.completed()),
				new Plan("Baoji Jintai → Xicheng, completed", XICHENG, JINTAI, Walk::toCompletion),
				new Plan("Xicheng → Yingcheng, completed", YINGCHENG, XICHENG, Walk::toCompletion),
				new Plan("Yingcheng → Xicheng, reconciled at Xicheng, relation ended at Yingcheng", XICHENG, YINGCHENG,
						walk -> walk.letter().issued().terminated().reconciled()),
				new Plan("Xicheng → Yingcheng, info table issued and received", YINGCHENG, XICHENG,
						walk -> walk.letter().issued()),
				new Plan("Yingcheng → Xicheng, contact letter waiting at Yingcheng, reassigned to the supervisor",
						XICHENG, YINGCHENG,
						walk -> walk.letter()
							.reassigned(Objects.requireNonNull(staff.get("xc-supervisor")), "xc-supervisor",
									"管家外出培训，由科长跟进 / The steward is away on training: the supervisor follows"
											+ " it up")),
				new Plan("Xicheng → Yingcheng, contact letter waiting at Xicheng", YINGCHENG, XICHENG, Walk::letter),
				new Plan("Wendeng → Xicheng, accepted, a problem open", XICHENG, WENDENG,
						walk -> walk.problem("MISSING_DATA",
								"缺少原参保地的参保缴费凭证，已电话告知本人补交 / The contribution certificate of the"
										+ " former place is missing: the person was asked by phone to bring it")));
		Candidates candidates = new Candidates(staff, keepFree);
		int done = 0;
		for (Plan plan : plans) {
			if (!this.exchange.servesLocally(plan.receiving()) || !this.exchange.servesLocally(plan.sending())) {
				LOG.info("Demo data: the transfer {} is left out: an agency of it is served by another deployment",
						plan.description());
				continue;
			}
			try {
				Optional<TransferCandidate> person = candidates.take(plan.receiving(), plan.sending());
				if (person.isEmpty()) {
					LOG.warn("Demo data: no person who can transfer for the transfer {}; left out", plan.description());
					continue;
				}
				plan.steps().apply(open(staff, plan, person.get()));
				done++;
			}
			catch (RuntimeException failed) {
				LOG.warn("Demo data: the transfer {} stopped where it was: {}", plan.description(), failed.toString());
			}
		}
		LOG.info("Demo data: {} of {} transfers opened and worked between the agencies in {} ms", done, plans.size(),
				(System.nanoTime() - started) / 1_000_000);
		return done;
	}

	private Walk open(Map<String, CurrentUser> staff, Plan plan, TransferCandidate person) {
		CurrentUser receiving = steward(staff, plan.receiving());
		TransferCaseView opened = this.cases.open(receiving, new OpenTransferIn(person.idNumber(), plan.sending(),
				InsuranceType.EMPLOYEE_PENSION.name(), null), LOCALE);
		return new Walk(receiving, plan.sending().equals(WENDENG) ? null : steward(staff, plan.sending()),
				person.personId(), opened.id());
	}

	private static CurrentUser steward(Map<String, CurrentUser> staff, String agencyCode) {
		return Objects.requireNonNull(staff.get(STEWARDS.get(agencyCode)), () -> "No demo steward at " + agencyCode);
	}

	/**
	 * The persons each receiving agency may open a transfer-in for, whose checks pass and whose amounts can be worked
	 * out, taken one at a time in the order the agency's list shows them; the first from each sending agency stays, so
	 * the form's short list (its first candidates) keeps one.
	 */
	private final class Candidates {

		private final Map<String, CurrentUser> staff;

		private final @Nullable Long keepFree;

		private final Map<String, List<TransferCandidate>> byReceiving = new HashMap<>();

		private final Set<Long> taken = new HashSet<>();

		Candidates(Map<String, CurrentUser> staff, @Nullable Long keepFree) {
			this.staff = staff;
			this.keepFree = keepFree;
		}

		Optional<TransferCandidate> take(String receiving, String sending) {
			List<TransferCandidate> free = this.byReceiving
				.computeIfAbsent(receiving, code -> DemoTransfers.this.cases
					.candidates(steward(this.staff, code), TransferCases.LIST_LIMIT, LOCALE))
				.stream()
				.filter(c -> c.heldAt().code().equals(sending) && c.failingChecks().isEmpty())
				.filter(c -> !Objects.equals(this.keepFree, c.personId()) && !this.taken.contains(c.personId()))
				.toList();
			List<TransferCandidate> usable = free.stream().limit(2).toList();
			if (usable.size() < 2) {
				return Optional.empty();
			}
			this.taken.add(usable.get(1).personId());
			return Optional.of(usable.get(1));
		}

	}

	/**
	 * One transfer as the two agencies work it, each step by the steward of the agency whose case it is: the
	 * transfer-in at the receiving agency, the transfer-out the contact letter opens at the sending one.
	 */
	private final class Walk {

		private final CurrentUser receiving;

		private final @Nullable CurrentUser sending;

		private final long personId;

		private final long in;

		private long out;

		Walk(CurrentUser receiving, @Nullable CurrentUser sending, long personId, long in) {
			this.receiving = receiving;
			this.sending = sending;
			this.personId = personId;
			this.in = in;
		}

		/** Every step, both agencies, to completion. */
		Walk toCompletion() {
			return letter().issued().terminated().reconciled().continued().completed();
		}

		/** The contact letter goes out; the sending agency's case opens when it arrives. */
		Walk letter() {
			act(this.receiving, this.in, "send-contact-letter", null);
			this.out = await(sending(), TransferSide.OUT,
					c -> c.counterpart().code().equals(this.receiving.agencyCode())
							&& c.state() == CaseState.LETTER_RECEIVED)
				.id();
			return this;
		}

		/** The sending agency rejects the letter with the reason; the receiving one corrects it and sends it again. */
		Walk rejectedAndSentAgain(String rejection, String correction) {
			act(sending(), this.out, "reject", rejection);
			await(this.receiving, TransferSide.IN, c -> c.id() == this.in && c.state() == CaseState.REJECTED);
			act(this.receiving, this.in, "resend-contact-letter", correction);
			await(sending(), TransferSide.OUT,
					c -> c.id() == this.out && c.state() == CaseState.LETTER_RECEIVED && c.attempt() == 2);
			return this;
		}

		/** The sending agency issues the info table and remits the funds; both arrive at the receiving agency. */
		Walk issued() {
			act(sending(), this.out, "issue-info", null);
			await(this.receiving, TransferSide.IN, c -> c.id() == this.in && c.state() == CaseState.INFO_RECEIVED);
			return this;
		}

		Walk terminated() {
			act(sending(), this.out, "terminate-relation", null);
			return this;
		}

		Walk reconciled() {
			CaseState state = act(this.receiving, this.in, "reconcile", null).state();
			if (state != CaseState.RECONCILED) {
				throw new IllegalStateException("The funds did not match the info table of case " + this.in);
			}
			return this;
		}

		Walk continued() {
			act(this.receiving, this.in, "continue-records", null);
			return this;
		}

		/** The receiving agency completes; the sending agency's case completes on the receipt. */
		Walk completed() {
			act(this.receiving, this.in, "complete", null);
			await(sending(), TransferSide.OUT, c -> c.id() == this.out && c.state() == CaseState.COMPLETED);
			return this;
		}

		/** A supervisor gives the transfer-in to another steward or supervisor of the agency. */
		Walk reassigned(CurrentUser supervisor, String to, String why) {
			DemoTransfers.this.cases.act(supervisor, this.in, "reassign", new CaseActionRequest(why, to), LOCALE);
			return this;
		}

		/** The steward opens a problem on the transfer-in (assigned to the case's steward). */
		Walk problem(String reason, String note) {
			DemoTransfers.this.problems.open(this.receiving, this.in, new CaseProblemRequest(reason, note, null, null),
					LOCALE);
			return this;
		}

		private CurrentUser sending() {
			if (this.sending == null) {
				throw new IllegalStateException("No demo steward works the sending agency's case");
			}
			return this.sending;
		}

		private TransferCaseView act(CurrentUser user, long caseId, String action, @Nullable String reason) {
			return DemoTransfers.this.cases.act(user, caseId, action, new CaseActionRequest(reason, null), LOCALE);
		}

		/** The person's case of the side at the user's agency once it matches, polling until the timeout. */
		private TransferCaseSummary await(CurrentUser user, TransferSide side, Predicate<TransferCaseSummary> ready) {
			CaseFilter filter = new CaseFilter(null, side, null, null, this.personId);
			long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
			while (true) {
				Optional<TransferCaseSummary> found = DemoTransfers.this.cases
					.list(user, filter, CaseSort.OPENED, LOCALE)
					.stream()
					.filter(ready)
					.findFirst();
				if (found.isPresent()) {
					return found.get();
				}
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("The other agency's answer did not arrive within "
							+ STEP_TIMEOUT.toSeconds() + " s (person " + this.personId + ", " + side + " at "
							+ user.agencyCode() + ")");
				}
				try {
					Thread.sleep(POLL.toMillis());
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					throw new IllegalStateException("Interrupted while waiting for the other agency", interrupted);
				}
			}
		}

	}

}
