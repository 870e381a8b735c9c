package org.jiexu.transfer.simulation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

import org.jiexu.exchange.ContactLetter;
import org.jiexu.exchange.ExchangeMessage;
import org.jiexu.exchange.FundRemittance;
import org.jiexu.exchange.InfoTableMonth;
import org.jiexu.exchange.SupplementaryRemittance;
import org.jiexu.exchange.TransferInfoTable;
import org.jiexu.exchange.TransferReceipt;
import org.jiexu.exchange.TransferRejection;
import org.jiexu.transfer.CaseAction;
import org.jiexu.transfer.CaseDeadline;
import org.jiexu.transfer.CaseInboxRules;
import org.jiexu.transfer.CaseState;
import org.jiexu.transfer.CaseStepRules;
import org.jiexu.transfer.InsuranceType;
import org.jiexu.transfer.TransferCase;
import org.jiexu.transfer.TransferCategory;
import org.jiexu.transfer.TransferSide;

/**
 * Several agencies exchanging transfers in memory, one seeded run. The protocol is production's: what a message does
 * to a case is {@link CaseInboxRules}, what a user's action does is {@link CaseStepRules}, whether it may be taken is
 * {@link TransferCase#allows}, and the messages are the exchange's records. Modelled here: the agencies' databases
 * (cases, records, relations, money as a {@link Ledger} with CaseMoney's references), the exchange of decision 26 (an
 * outbox relayed until acknowledged, with backoff and dead letters an administrator replays; an inbox taking each
 * message id once; each handling all-or-nothing) and the stewards. A seeded scheduler picks each next event and
 * injects the faults: a lost delivery, a lost acknowledgement (the message is delivered again), a duplicate copy
 * from the network, delays (hence any order), a handler or steward step crashing before its commit (its effects are
 * lost, the handler restarts after a while). After quiescence {@link Result#violations} lists every broken invariant.
 */
final class TransferSimulation {

	/** Deliberate mistakes in the model, to show that the invariants catch them (never in production). */
	enum Breakage {

		NONE,
		/** The receiving agency books a remittance into its pooled fund twice. */
		FUNDS_BOOKED_TWICE,
		/** The inbox hands every delivered copy to the handler (no dedup by message id). */
		NO_INBOX_DEDUP,
		/** Continuing the records credits the account but refunds nothing for the months counted twice. */
		NO_REFUND

	}

	/** What a run did and what it found wrong (nothing, when the protocol holds). */
	record Result(long seed, int agencies, int transfers, int completed, int rejected, int messages, long events,
			int lostDeliveries, int duplicates, int crashes, int deadLetters, int supplements, int refunds,
			List<String> violations, String fingerprint, List<String> trace) {

		boolean holds() {
			return this.violations.isEmpty();
		}

	}

	static final int MAX_ATTEMPTS = 10;

	private static final int INTEREST_YEAR = 2025;

	private static final BigDecimal POOLED_START = new BigDecimal("50000000.00");

	private static final String TRANSIT = "transit";

	private static final String REFUNDS = "persons/refunds";

	private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 2);

	private final long seed;

	private final SplittableRandom random;

	private final Breakage breakage;

	private final boolean tracing;

	private final List<String> trace = new ArrayList<>();

	private final double lossRate;

	private final double ackLossRate;

	private final double duplicateRate;

	private final double crashRate;

	private final int maxDelay;

	private final List<Agency> agencies = new ArrayList<>();

	private final Map<String, Agency> byCode = new LinkedHashMap<>();

	private final Map<Long, Person> persons = new LinkedHashMap<>();

	private final List<Transfer> transfers = new ArrayList<>();

	private final Ledger ledger = new Ledger();

	/** Copies of delivered messages the network hands over again later. */
	private final List<Copy> copies = new ArrayList<>();

	/** How many times each message was handled by a step that committed. */
	private final Map<UUID, Integer> applied = new LinkedHashMap<>();

	private final Set<UUID> sent = new LinkedHashSet<>();

	private long now;

	private long nextMessage;

	private long nextCaseId;

	private long events;

	private int lostDeliveries;

	private int duplicates;

	private int crashes;

	private int deadLetters;

	private int supplements;

	private final List<String> violations = new ArrayList<>();

	TransferSimulation(long seed, Breakage breakage, boolean tracing) {
		this.seed = seed;
		this.random = new SplittableRandom(seed);
		this.breakage = breakage;
		this.tracing = tracing;
		// one run in five has a bad network (deliveries fail so often that some become dead letters)
		this.lossRate = this.random.nextInt(5) == 0 ? 0.5 + this.random.nextDouble() * 0.2
				: this.random.nextDouble() * 0.3;
		this.ackLossRate = this.random.nextDouble() * 0.2;
		this.duplicateRate = this.random.nextDouble() * 0.2;
		this.crashRate = this.random.nextDouble() * 0.2;
		this.maxDelay = 1 + this.random.nextInt(40);
	}

	static Result run(long seed) {
		return new TransferSimulation(seed, Breakage.NONE, false).run();
	}

	// ---------------------------------------------------------------- the world

	private record Person(long id, String idNumber, String name) {
	}

	/** One month recorded at an agency. */
	private record Month(YearMonth month, BigDecimal base, BigDecimal credit, BigDecimal pooled) {

		InfoTableMonth carried() {
			BigDecimal individual = Ledger.Money.of(this.base.multiply(new BigDecimal("0.08")));
			return new InfoTableMonth(this.month, "EMPLOYEE", this.base, this.pooled.add(this.credit).subtract(individual)
				.max(Ledger.Money.ZERO), individual, this.credit, this.pooled, this.month.atDay(15));
		}

	}

	/** A transfer the model started, with what it needs to check the outcome independently. */
	private record Transfer(String id, long person, String sending, String receiving,
			BigDecimal sendingAccountAtStart, BigDecimal receivingAccountAtStart, BigDecimal refundDue,
			int monthsTwice) {
	}

	/** A message in an outbox: relayed until the receiver acknowledges it. */
	private static final class OutEntry {

		final ExchangeMessage message;

		boolean delivered;

		boolean dead;

		int attempts;

		long due;

		OutEntry(ExchangeMessage message, long due) {
			this.message = message;
			this.due = due;
		}

	}

	/** A message in an inbox: handled until a handling commits. */
	private static final class InEntry {

		final ExchangeMessage message;

		boolean processed;

		boolean dead;

		int attempts;

		long due;

		InEntry(ExchangeMessage message, long due) {
			this.message = message;
			this.due = due;
		}

	}

	private record Copy(ExchangeMessage message, long due) {
	}

	/** One agency's database and boxes. */
	private static final class Agency {

		final String code;

		final Map<String, TransferCase> cases = new LinkedHashMap<>();

		final Map<String, Long> registry = new LinkedHashMap<>();

		final Map<Long, TreeMap<YearMonth, Month>> months = new LinkedHashMap<>();

		final Map<Long, TreeMap<YearMonth, InfoTableMonth>> continued = new LinkedHashMap<>();

		final Set<Long> activeRelations = new LinkedHashSet<>();

		final Map<String, TransferInfoTable> infoTables = new LinkedHashMap<>();

		final Set<String> givenUp = new LinkedHashSet<>();

		final List<OutEntry> outbox = new ArrayList<>();

		final Map<UUID, InEntry> inbox = new LinkedHashMap<>();

		final List<InEntry> extraCopies = new ArrayList<>();

		boolean interestPosted;

		long interestAt;

		long handlerDownUntil;

		Agency(String code) {
			this.code = code;
		}

		String account(long person) {
			return this.code + "/account/" + person;
		}

		String pooled() {
			return this.code + "/pooled";
		}

		String received() {
			return this.code + "/received";
		}

		static String key(String transferId, TransferSide side) {
			return transferId + "/" + side;
		}

	}

	/** The effects of one step, applied together at its commit or not at all. */
	private final class Step {

		private final List<Runnable> effects = new ArrayList<>();

		private final Agency at;

		Step(Agency at) {
			this.at = at;
		}

		void save(TransferCase next) {
			this.effects.add(() -> this.at.cases.put(Agency.key(next.transferId(), next.side()), next));
		}

		void post(String account, String reference, BigDecimal amount) {
			if (amount.signum() != 0) {
				this.effects.add(() -> {
					TransferSimulation.this.ledger.post(account, reference, amount);
					if (TransferSimulation.this.ledger.balance(account).signum() < 0 && !account.equals(TRANSIT)) {
						violation("account " + account + " went negative (" + TransferSimulation.this.ledger.balance(account)
								+ ") booking " + reference);
					}
				});
			}
		}

		void send(ExchangeMessage message) {
			this.effects.add(() -> {
				this.at.outbox.add(new OutEntry(message, TransferSimulation.this.now));
				TransferSimulation.this.sent.add(message.messageId());
			});
		}

		void then(Runnable effect) {
			this.effects.add(effect);
		}

		/** Commits, unless the step crashes first (then nothing of it happened); whether it committed. */
		boolean commit() {
			if (TransferSimulation.this.random.nextDouble() < TransferSimulation.this.crashRate) {
				TransferSimulation.this.crashes++;
				return false;
			}
			this.effects.forEach(Runnable::run);
			return true;
		}

	}

	// ---------------------------------------------------------------- set-up

	private void setUp() {
		int agencyCount = 4 + this.random.nextInt(3);
		for (int i = 1; i <= agencyCount; i++) {
			Agency agency = new Agency(String.format("%02d000001", 10 + i));
			agency.interestAt = this.random.nextInt(3000);
			this.agencies.add(agency);
			this.byCode.put(agency.code, agency);
			this.ledger.post(agency.pooled(), "opening", POOLED_START);
		}
		int transferCount = 8 + this.random.nextInt(17);
		for (int t = 1; t <= transferCount; t++) {
			Agency sending = this.agencies.get(this.random.nextInt(agencyCount));
			Agency receiving = this.agencies.get(this.random.nextInt(agencyCount));
			while (receiving == sending) {
				receiving = this.agencies.get(this.random.nextInt(agencyCount));
			}
			Person person = new Person(t, String.format("110101198%01d%08d", t % 10, t), "参保人" + t);
			this.persons.put(person.id(), person);
			YearMonth first = YearMonth.of(2008 + this.random.nextInt(10), 1 + this.random.nextInt(12));
			int heldThere = 1 + this.random.nextInt(60);
			int overlap = this.random.nextInt(4) == 0 ? 1 + this.random.nextInt(Math.min(6, heldThere)) : 0;
			TreeMap<YearMonth, Month> there = months(first, heldThere);
			TreeMap<YearMonth, Month> here = months(first.plusMonths(heldThere - overlap), 1 + this.random.nextInt(36));
			if (this.random.nextInt(30) != 0) { // now and then the sending agency does not know the person
				sending.registry.put(person.idNumber(), person.id());
			}
			sending.months.put(person.id(), there);
			sending.activeRelations.add(person.id());
			receiving.registry.put(person.idNumber(), person.id());
			receiving.months.put(person.id(), here);
			receiving.activeRelations.add(person.id());
			BigDecimal thereBalance = credits(there.values());
			BigDecimal hereBalance = credits(here.values());
			this.ledger.post(sending.account(person.id()), "opening", thereBalance);
			this.ledger.post(receiving.account(person.id()), "opening", hereBalance);
			BigDecimal refundDue = credits(there.values().stream().filter(m -> here.containsKey(m.month())).toList());
			int twice = (int) there.keySet().stream().filter(here::containsKey).count();
			String transferId = "T" + this.seed + "-" + t;
			this.transfers.add(new Transfer(transferId, person.id(), sending.code, receiving.code, thereBalance,
					hereBalance, refundDue, twice));
			LocalDate today = today();
			TransferCase applied = new TransferCase(++this.nextCaseId, transferId, TransferSide.IN, receiving.code,
					sending.code, person.id(), null, InsuranceType.EMPLOYEE_PENSION, TransferCategory.ORDINARY,
					CaseState.APPLIED, 0, "steward", today, today, CaseDeadline.dueFrom(today).date(), null, null, null,
					null, null, null, null, null, null, null, 0);
			receiving.cases.put(Agency.key(transferId, TransferSide.IN), applied);
		}
	}

	private TreeMap<YearMonth, Month> months(YearMonth first, int count) {
		TreeMap<YearMonth, Month> months = new TreeMap<>();
		BigDecimal base = Ledger.Money.of(BigDecimal.valueOf(3000 + this.random.nextInt(20000))
			.add(BigDecimal.valueOf(this.random.nextInt(100), 2)));
		for (int i = 0; i < count; i++) {
			if (i % 12 == 0 && i > 0) {
				base = Ledger.Money.of(base.multiply(new BigDecimal("1.05")));
			}
			YearMonth month = first.plusMonths(i);
			months.put(month, new Month(month, base, Ledger.Money.of(base.multiply(new BigDecimal("0.08"))),
					Ledger.Money.of(base.multiply(new BigDecimal("0.12")))));
		}
		return months;
	}

	private static BigDecimal credits(java.util.Collection<Month> months) {
		return months.stream().map(Month::credit).reduce(Ledger.Money.ZERO, BigDecimal::add);
	}

	// ---------------------------------------------------------------- the run

	Result run() {
		setUp();
		BigDecimal start = this.ledger.total();
		log(() -> String.format("seed %d: %d agencies, %d transfers; deliveries lost %.2f, acknowledgements lost %.2f,"
				+ " copies %.2f, crashes %.2f, delays up to %d", this.seed, this.agencies.size(), this.transfers.size(),
				this.lossRate, this.ackLossRate, this.duplicateRate, this.crashRate, this.maxDelay));
		while (true) {
			List<Runnable> candidates = candidates();
			if (candidates.isEmpty()) {
				long next = nextDue();
				if (next == Long.MAX_VALUE) {
					break;
				}
				this.now = next;
				continue;
			}
			if (++this.events > 2_000_000) {
				violation("no quiescence after " + this.events + " events");
				break;
			}
			candidates.get(this.random.nextInt(candidates.size())).run();
			this.now++;
		}
		check(start);
		int completed = 0;
		int rejected = 0;
		int refunds = 0;
		for (Transfer t : this.transfers) {
			TransferCase in = this.byCode.get(t.receiving()).cases.get(Agency.key(t.id(), TransferSide.IN));
			completed += in.state() == CaseState.COMPLETED ? 1 : 0;
			rejected += in.state() == CaseState.REJECTED ? 1 : 0;
			refunds += in.state() == CaseState.COMPLETED && t.refundDue().signum() > 0 ? 1 : 0;
		}
		return new Result(this.seed, this.agencies.size(), this.transfers.size(), completed, rejected,
				this.sent.size(), this.events, this.lostDeliveries, this.duplicates, this.crashes, this.deadLetters,
				this.supplements, refunds, List.copyOf(this.violations), fingerprint(), List.copyOf(this.trace));
	}

	/** Every event that may happen now. */
	private List<Runnable> candidates() {
		List<Runnable> candidates = new ArrayList<>();
		for (Agency agency : this.agencies) {
			for (OutEntry entry : agency.outbox) {
				if (!entry.delivered && !entry.dead && entry.due <= this.now) {
					candidates.add(() -> relay(agency, entry));
				}
				if (entry.dead) {
					candidates.add(() -> replay(agency, entry));
				}
			}
			boolean handlerUp = agency.handlerDownUntil <= this.now;
			for (InEntry entry : agency.inbox.values()) {
				if (handlerUp && !entry.processed && !entry.dead && entry.due <= this.now) {
					candidates.add(() -> process(agency, entry));
				}
				if (entry.dead) {
					candidates.add(() -> replay(agency, entry));
				}
			}
			for (InEntry entry : agency.extraCopies) {
				if (handlerUp && !entry.processed && entry.due <= this.now) {
					candidates.add(() -> process(agency, entry));
				}
			}
			for (TransferCase c : agency.cases.values()) {
				if (!actions(agency, c).isEmpty()) {
					candidates.add(() -> act(agency, c.transferId(), c.side()));
				}
			}
			if (!agency.interestPosted && agency.interestAt <= this.now) {
				candidates.add(() -> postInterest(agency));
			}
		}
		for (Copy copy : this.copies) {
			if (copy.due() <= this.now) {
				candidates.add(() -> {
					this.copies.remove(copy);
					take(copy.message(), this.now);
				});
			}
		}
		return candidates;
	}

	/** The earliest time something waiting falls due; {@code Long.MAX_VALUE} when nothing waits (quiescence). */
	private long nextDue() {
		long next = Long.MAX_VALUE;
		for (Agency agency : this.agencies) {
			for (OutEntry entry : agency.outbox) {
				if (!entry.delivered) {
					next = Math.min(next, Math.max(entry.due, this.now + 1));
				}
			}
			for (InEntry entry : agency.inbox.values()) {
				if (!entry.processed) {
					next = Math.min(next, Math.max(Math.max(entry.due, agency.handlerDownUntil), this.now + 1));
				}
			}
			for (InEntry entry : agency.extraCopies) {
				if (!entry.processed) {
					next = Math.min(next, Math.max(Math.max(entry.due, agency.handlerDownUntil), this.now + 1));
				}
			}
			if (!agency.interestPosted) {
				next = Math.min(next, Math.max(agency.interestAt, this.now + 1));
			}
		}
		for (Copy copy : this.copies) {
			next = Math.min(next, Math.max(copy.due(), this.now + 1));
		}
		return next;
	}

	private LocalDate today() {
		return FIRST_DAY.plusDays(this.now / 40);
	}

	private UUID newMessageId() {
		return new UUID(this.seed, ++this.nextMessage);
	}

	private void log(java.util.function.Supplier<String> event) {
		if (this.tracing) {
			this.trace.add(this.now + " " + event.get());
		}
	}

	private void violation(String what) {
		this.violations.add(what);
	}

	private static long backoff(int attempts) {
		return Math.min(1L << Math.min(attempts, 12), 300);
	}

	// ---------------------------------------------------------------- the exchange (decision 26)

	/** The outbox relay tries to deliver one message. */
	private void relay(Agency from, OutEntry entry) {
		ExchangeMessage message = entry.message;
		if (this.random.nextDouble() < this.lossRate) {
			this.lostDeliveries++;
			failed(entry, "lost");
			return;
		}
		take(message, this.now + this.random.nextInt(this.maxDelay));
		if (this.random.nextDouble() < this.duplicateRate) {
			this.duplicates++;
			this.copies.add(new Copy(message, this.now + this.random.nextInt(4 * this.maxDelay + 1)));
		}
		if (this.random.nextDouble() < this.ackLossRate) {
			this.duplicates++;
			failed(entry, "delivered, acknowledgement lost");
			return;
		}
		entry.delivered = true;
		log(() -> from.code + " relayed " + describe(message));
	}

	private void failed(OutEntry entry, String why) {
		entry.attempts++;
		entry.due = this.now + backoff(entry.attempts) + this.random.nextInt(this.maxDelay);
		if (entry.attempts >= MAX_ATTEMPTS) {
			entry.dead = true;
			this.deadLetters++;
		}
		log(() -> "relay of " + describe(entry.message) + " failed (" + why + "), attempt " + entry.attempts);
	}

	private void replay(Agency agency, OutEntry entry) {
		entry.dead = false;
		entry.attempts = 0;
		entry.due = this.now;
		log(() -> agency.code + " administrator replays dead letter " + describe(entry.message));
	}

	private void replay(Agency agency, InEntry entry) {
		entry.dead = false;
		entry.attempts = 0;
		entry.due = this.now;
		log(() -> agency.code + " administrator replays dead letter " + describe(entry.message));
	}

	/** The receiver's inbox takes a delivered copy: once per message id. */
	private void take(ExchangeMessage message, long due) {
		Agency to = this.byCode.get(message.receiverAgency());
		if (!to.inbox.containsKey(message.messageId())) {
			to.inbox.put(message.messageId(), new InEntry(message, due));
		}
		else if (this.breakage == Breakage.NO_INBOX_DEDUP) {
			to.extraCopies.add(new InEntry(message, due));
		}
	}

	/** The inbox processor handles one message in a step that also marks it processed. */
	private void process(Agency agency, InEntry entry) {
		Step step = new Step(agency);
		handle(agency, entry.message, step);
		step.then(() -> {
			entry.processed = true;
			this.applied.merge(entry.message.messageId(), 1, Integer::sum);
		});
		if (step.commit()) {
			log(() -> agency.code + " handled " + describe(entry.message));
			return;
		}
		entry.attempts++;
		entry.due = this.now + backoff(entry.attempts);
		agency.handlerDownUntil = this.now + 1 + this.random.nextInt(20);
		if (entry.attempts >= MAX_ATTEMPTS) {
			entry.dead = true;
			this.deadLetters++;
		}
		log(() -> agency.code + " crashed handling " + describe(entry.message) + "; restarts at " + agency.handlerDownUntil);
	}

	// ---------------------------------------------------------------- the transfer module, production rules

	/** TransferInbox: the rules decide; the model carries out the outcome (the case, the money, the messages). */
	private void handle(Agency agency, ExchangeMessage message, Step step) {
		TransferSide side = CaseInboxRules.sideOf(message);
		TransferCase c = agency.cases.get(Agency.key(message.transferId(), side));
		CaseInboxRules.Outcome outcome = CaseInboxRules.apply(c, message, today());
		if (outcome instanceof CaseInboxRules.Step next) {
			step.save(next.next());
			if (next.action() == CaseAction.RECEIVE_INFO_TABLE) {
				TransferInfoTable info = (TransferInfoTable) message;
				step.then(() -> agency.infoTables.put(info.transferId(), info));
			}
			if (next.action() == CaseAction.RECEIVE_FUNDS) {
				FundRemittance funds = (FundRemittance) message;
				step.post(TRANSIT, "fr:" + funds.transferId(), funds.total().negate());
				step.post(agency.pooled(), "fr:" + funds.transferId(), funds.pooledFund());
				step.post(agency.received(), "fr:" + funds.transferId(), funds.individualAccount());
				if (this.breakage == Breakage.FUNDS_BOOKED_TWICE) {
					step.post(agency.pooled(), "fr2:" + funds.transferId(), funds.pooledFund());
				}
			}
		}
		else if (outcome instanceof CaseInboxRules.OpenOut open) {
			ContactLetter letter = open.letter();
			Long person = agency.registry.get(letter.idNumber());
			if (person == null) {
				step.send(new TransferRejection(newMessageId(), letter.transferId(), letter.receiverAgency(),
						letter.senderAgency(), "未找到该参保人员 / No such insured person here"));
			}
			else {
				TransferCase opened = CaseInboxRules.openedOut(letter, person, "steward", today());
				step.save(new TransferCase(++this.nextCaseId, opened.transferId(), opened.side(), opened.agencyCode(),
						opened.counterpartCode(), opened.personId(), opened.employerId(), opened.insuranceType(),
						opened.category(), opened.state(), opened.attempt(), opened.steward(), opened.openedOn(),
						opened.clockFrom(), opened.dueOn(), opened.completedOn(), opened.infoReceivedOn(),
						opened.fundsReceivedOn(), opened.pooledFund(), opened.individualAccount(),
						opened.remittedTotal(), opened.rejectedBy(), opened.rejectionReason(), opened.refundTotal(),
						opened.overlapMonths(), opened.version()));
			}
		}
		else if (outcome instanceof CaseInboxRules.CreditSupplement credit) {
			String reference = "si" + credit.interestYear() + ":" + message.transferId();
			step.post(TRANSIT, reference, credit.amount().negate());
			step.post(agency.account(c.personId()), reference, credit.amount());
		}
	}

	/** The user actions a steward could take on the case now. */
	private static List<CaseAction> actions(Agency agency, TransferCase c) {
		if (agency.givenUp.contains(c.transferId())) {
			return List.of();
		}
		List<CaseAction> actions = new ArrayList<>();
		for (CaseAction action : CaseAction.values()) {
			if (action.byUser() && action != CaseAction.REASSIGN && c.allows(action)) {
				actions.add(action);
			}
		}
		return actions;
	}

	/** The case's steward takes an action (CaseSteps), in a step of its own. */
	private void act(Agency agency, String transferId, TransferSide side) {
		TransferCase c = agency.cases.get(Agency.key(transferId, side));
		List<CaseAction> actions = actions(agency, c);
		CaseAction action = choose(c, actions);
		Step step = new Step(agency);
		LocalDate today = today();
		Person person = this.persons.get(c.personId());
		String reason = "材料不全 / documents incomplete";
		switch (action) {
			case SEND_CONTACT_LETTER, RESEND_CONTACT_LETTER -> {
				if (action == CaseAction.RESEND_CONTACT_LETTER && this.random.nextInt(5) == 0) {
					step.then(() -> agency.givenUp.add(transferId)); // the receiving agency leaves it rejected
					break;
				}
				TransferCase next = CaseStepRules.letterSent(c, today);
				step.save(next);
				step.send(new ContactLetter(newMessageId(), transferId, c.agencyCode(), c.counterpartCode(),
						next.attempt(), person.idNumber(), person.name(), c.insuranceType().name(),
						c.category().name(), c.openedOn(), "steward"));
			}
			case REJECT -> {
				step.save(CaseStepRules.rejected(c, reason, today));
				if (CaseStepRules.rejectionIsSent(c)) {
					step.send(new TransferRejection(newMessageId(), transferId, c.agencyCode(), c.counterpartCode(),
							reason));
				}
			}
			case RECONCILE -> {
				if (!CaseStepRules.reconciles(c)) {
					violation(transferId + ": funds " + c.remittedTotal() + " do not match the info table "
							+ c.infoTotal());
					step.then(() -> agency.givenUp.add(transferId));
					break;
				}
				step.save(CaseStepRules.reconciled(c));
			}
			case CONTINUE_RECORDS -> continueRecords(agency, c, step);
			case ISSUE_INFO -> issueInfo(agency, c, step, today);
			case TERMINATE_RELATION -> {
				if (!agency.activeRelations.contains(c.personId())) {
					violation(transferId + ": no relation to terminate at " + agency.code);
					step.then(() -> agency.givenUp.add(transferId));
					break;
				}
				step.then(() -> agency.activeRelations.remove(c.personId()));
				step.save(CaseStepRules.relationTerminated(c));
			}
			case COMPLETE -> {
				step.save(CaseStepRules.completed(c, today));
				if (CaseStepRules.receiptIsSent(c)) {
					step.send(new TransferReceipt(newMessageId(), transferId, c.agencyCode(), c.counterpartCode(),
							today));
				}
			}
			default -> throw new IllegalStateException("not a steward's action: " + action);
		}
		boolean committed = step.commit();
		log(() -> agency.code + " steward " + action + " on " + transferId + "/" + side
				+ (committed ? "" : " crashed before the commit"));
	}

	/** Mostly the way forward; sometimes a refusal (a rejection with a reason) where one is allowed. */
	private CaseAction choose(TransferCase c, List<CaseAction> actions) {
		if (actions.contains(CaseAction.REJECT)) {
			int odds = c.side() == TransferSide.IN ? 20 : 4; // a sending agency sends letters back more often
			if (this.random.nextInt(odds) == 0 || actions.size() == 1) {
				return CaseAction.REJECT;
			}
			return actions.stream().filter(a -> a != CaseAction.REJECT).findFirst().orElseThrow();
		}
		return actions.get(this.random.nextInt(actions.size()));
	}

	/** CaseSteps.issueInfo with CaseMoney.sendOut: the whole account leaves ("to:"), with the pooled fund. */
	private void issueInfo(Agency agency, TransferCase c, Step step, LocalDate today) {
		String account = agency.account(c.personId());
		BigDecimal balance = this.ledger.balance(account);
		if (balance.signum() < 0) {
			violation(c.transferId() + ": negative account " + balance + " at " + agency.code);
			return;
		}
		List<Month> held = List.copyOf(agency.months.get(c.personId()).values());
		BigDecimal pooled = held.stream().map(Month::pooled).reduce(Ledger.Money.ZERO, BigDecimal::add);
		step.post(account, "to:" + c.transferId(), balance.negate());
		step.post(agency.pooled(), "to:" + c.transferId(), pooled.negate());
		step.post(TRANSIT, "to:" + c.transferId(), pooled.add(balance));
		TransferCase next = CaseStepRules.infoIssued(c, pooled, balance, today);
		step.save(next);
		step.send(new TransferInfoTable(newMessageId(), c.transferId(), c.agencyCode(), c.counterpartCode(),
				held.size(), held.get(0).month(), held.get(held.size() - 1).month(), pooled, balance, "steward",
				held.stream().map(Month::carried).toList()));
		step.send(new FundRemittance(newMessageId(), c.transferId(), c.agencyCode(), c.counterpartCode(), pooled,
				balance, today));
	}

	/**
	 * CaseSteps.continueRecords with CaseMoney.continueHere and HistoryContinuation: the months the info table
	 * carried are taken in, the account credited ("ti:") and the account part of every month recorded at both
	 * agencies refunded to the person ("rf:").
	 */
	private void continueRecords(Agency agency, TransferCase c, Step step) {
		TransferInfoTable info = agency.infoTables.get(c.transferId());
		if (info == null) {
			violation(c.transferId() + ": continuing without the info table");
			step.then(() -> agency.givenUp.add(c.transferId()));
			return;
		}
		TreeMap<YearMonth, Month> here = agency.months.get(c.personId());
		List<InfoTableMonth> twice = info.history().stream().filter(m -> here.containsKey(m.month())).toList();
		BigDecimal refund = twice.stream().map(InfoTableMonth::accountCredit).reduce(Ledger.Money.ZERO, BigDecimal::add);
		if (this.breakage == Breakage.NO_REFUND) {
			refund = Ledger.Money.ZERO;
		}
		String account = agency.account(c.personId());
		step.post(account, "ti:" + c.transferId(), c.individualAccount());
		step.post(agency.received(), "ti:" + c.transferId(), c.individualAccount().negate());
		step.post(account, "rf:" + c.transferId(), refund.negate());
		step.post(REFUNDS, "rf:" + c.transferId(), refund);
		step.then(() -> {
			TreeMap<YearMonth, InfoTableMonth> continued = agency.continued.computeIfAbsent(c.personId(),
					p -> new TreeMap<>());
			info.history().stream().filter(m -> !here.containsKey(m.month())).forEach(m -> continued.put(m.month(), m));
		});
		step.save(CaseStepRules.recordsContinued(c, refund, twice.size()));
	}

	/**
	 * A late interest posting at the agency (the year before the transfers) credits the accounts its transfers
	 * emptied, and SupplementaryRemittances sends each on (补转: "so" out, "si" in); in one step.
	 */
	private void postInterest(Agency agency) {
		Step step = new Step(agency);
		int sentNow = 0;
		for (TransferCase c : agency.cases.values()) {
			if (c.side() != TransferSide.OUT || !CaseAction.SEND_SUPPLEMENT.allowedFrom(c.state())) {
				continue;
			}
			String account = agency.account(c.personId());
			BigDecimal interest = Ledger.Money.of(c.individualAccount().multiply(new BigDecimal("0.015")));
			String posting = "in" + INTEREST_YEAR + ":" + c.transferId();
			if (interest.signum() == 0 || this.ledger.holds(account, posting)) {
				continue;
			}
			BigDecimal holds = this.ledger.balance(account).add(interest);
			step.post(agency.pooled(), posting, interest.negate());
			step.post(account, posting, interest);
			String out = "so" + INTEREST_YEAR + ":" + c.transferId();
			step.post(account, out, holds.negate());
			step.post(TRANSIT, out, holds);
			step.send(new SupplementaryRemittance(newMessageId(), c.transferId(), c.agencyCode(), c.counterpartCode(),
					holds, INTEREST_YEAR, today()));
			sentNow++;
		}
		int remitted = sentNow;
		step.then(() -> {
			agency.interestPosted = true;
			this.supplements += remitted;
		});
		boolean committed = step.commit();
		log(() -> agency.code + " posts " + INTEREST_YEAR + " interest, " + remitted + " supplements"
				+ (committed ? "" : " — crashed before the commit"));
	}

	// ---------------------------------------------------------------- invariants

	private void check(BigDecimal start) {
		for (Agency agency : this.agencies) {
			agency.outbox.stream().filter(e -> !e.delivered).forEach(e -> violation("undelivered " + describe(e.message)));
			agency.inbox.values().stream().filter(e -> !e.processed).forEach(e -> violation("unhandled " + describe(e.message)));
		}
		for (Transfer t : this.transfers) {
			checkTransfer(t);
		}
		for (Agency agency : this.agencies) {
			for (TransferCase c : agency.cases.values()) {
				if (!c.state().isFinal()) {
					violation(c.transferId() + "/" + c.side() + " at " + agency.code + " ends in " + c.state());
				}
			}
		}
		BigDecimal end = this.ledger.total();
		if (end.compareTo(start) != 0) {
			violation("money not conserved: " + start + " at the start, " + end + " at the end (accounts + pooled"
					+ " funds + received + in transit + refunds paid)");
		}
		if (this.ledger.balance(TRANSIT).signum() != 0) {
			violation("money left in transit: " + this.ledger.balance(TRANSIT));
		}
		for (String account : this.ledger.accounts()) {
			if (this.ledger.balance(account).signum() < 0) {
				violation("negative balance " + account + " " + this.ledger.balance(account));
			}
		}
		for (UUID id : this.sent) {
			int times = this.applied.getOrDefault(id, 0);
			if (times != 1) {
				violation("message " + id + " applied " + times + " times");
			}
		}
		this.applied.keySet().stream().filter(id -> !this.sent.contains(id))
			.forEach(id -> violation("message " + id + " applied but never sent"));
	}

	private void checkTransfer(Transfer t) {
		Agency sending = this.byCode.get(t.sending());
		Agency receiving = this.byCode.get(t.receiving());
		TransferCase in = receiving.cases.get(Agency.key(t.id(), TransferSide.IN));
		TransferCase out = sending.cases.get(Agency.key(t.id(), TransferSide.OUT));
		BigDecimal there = this.ledger.balance(sending.account(t.person()));
		BigDecimal here = this.ledger.balance(receiving.account(t.person()));
		if (in.state() == CaseState.COMPLETED) {
			if (out == null || out.state() != CaseState.COMPLETED) {
				violation(t.id() + ": completed at the receiving agency, " + (out == null ? "no case" : out.state())
						+ " at the sending one");
			}
			if (there.signum() != 0) {
				violation(t.id() + ": the sending account still holds " + there);
			}
			BigDecimal refunded = refundOf(t);
			if (refunded.compareTo(t.refundDue()) != 0) {
				violation(t.id() + ": refunded " + refunded + " for " + t.monthsTwice() + " months counted twice,"
						+ " whose credits are " + t.refundDue());
			}
			BigDecimal supplement = this.ledger.holds(receiving.account(t.person()), "si" + INTEREST_YEAR + ":" + t.id())
					? Ledger.Money.of(t.sendingAccountAtStart().multiply(new BigDecimal("0.015"))) : Ledger.Money.ZERO;
			BigDecimal expected = t.receivingAccountAtStart().add(t.sendingAccountAtStart()).add(supplement)
				.subtract(t.refundDue());
			if (here.compareTo(expected) != 0) {
				violation(t.id() + ": the receiving account holds " + here + ", expected " + expected);
			}
			checkMonths(t, sending, receiving);
		}
		else if (in.state() == CaseState.REJECTED) {
			if (out != null && out.state() != CaseState.REJECTED) {
				violation(t.id() + ": rejected at the receiving agency, " + out.state() + " at the sending one");
			}
			List<String> moved = this.ledger.postingsOf(t.id());
			if (!moved.isEmpty()) {
				violation(t.id() + ": rejected, but money moved: " + moved);
			}
			if (!sending.activeRelations.contains(t.person()) || receiving.continued.containsKey(t.person())) {
				violation(t.id() + ": rejected, but the relation or the records moved");
			}
		}
	}

	private BigDecimal refundOf(Transfer t) {
		return this.ledger.postingsOf(t.id()).stream()
			.filter(p -> p.startsWith(REFUNDS + " rf:"))
			.map(p -> new BigDecimal(p.substring(p.lastIndexOf(' ') + 1)))
			.reduce(Ledger.Money.ZERO, BigDecimal::add);
	}

	/** After the transfer every month of the person counts at exactly one agency: the receiving one. */
	private void checkMonths(Transfer t, Agency sending, Agency receiving) {
		Map<YearMonth, Integer> counted = new TreeMap<>();
		for (Agency agency : this.agencies) {
			if (agency.activeRelations.contains(t.person()) && agency.months.containsKey(t.person())) {
				agency.months.get(t.person()).keySet().forEach(m -> counted.merge(m, 1, Integer::sum));
			}
			agency.continued.getOrDefault(t.person(), new TreeMap<>()).keySet()
				.forEach(m -> counted.merge(m, 1, Integer::sum));
		}
		Set<YearMonth> all = new java.util.TreeSet<>(sending.months.get(t.person()).keySet());
		all.addAll(receiving.months.get(t.person()).keySet());
		counted.forEach((month, times) -> {
			if (times != 1) {
				violation(t.id() + ": month " + month + " of person " + t.person() + " counted " + times + " times");
			}
		});
		if (!counted.keySet().equals(all)) {
			violation(t.id() + ": months counted " + counted.size() + ", recorded " + all.size());
		}
		if (sending.activeRelations.contains(t.person())) {
			violation(t.id() + ": the relation at the sending agency was not ended");
		}
	}

	private String fingerprint() {
		StringBuilder out = new StringBuilder(this.ledger.fingerprint());
		for (Agency agency : this.agencies) {
			agency.cases.values().forEach(c -> out.append(c.transferId()).append(c.side()).append(c.state())
				.append(c.attempt()).append(';'));
		}
		return out.append(this.events).toString();
	}

	private static String describe(ExchangeMessage message) {
		return message.kind() + " " + message.transferId() + " " + message.senderAgency() + "→"
				+ message.receiverAgency() + " (" + message.messageId() + ")";
	}

}
