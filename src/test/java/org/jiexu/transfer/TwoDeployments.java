package org.jiexu.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.jiexu.JiexuApplication;
import org.jiexu.contribution.ContributionHistory;
import org.jiexu.contribution.HistoricContribution;
import org.jiexu.exchange.LocalBroker;
import org.jiexu.fund.FundAccount;
import org.jiexu.fund.FundBalances;
import org.jiexu.fund.FundReports;
import org.jiexu.fund.NetworkCheck;
import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.Role;
import org.jiexu.identity.UserKind;
import org.jiexu.policy.BaseLimits;
import org.jiexu.policy.ContributorType;
import org.jiexu.policy.IdNumber;
import org.jiexu.registry.InsuranceRelationState;
import org.jiexu.registry.RegistryImport;
import org.jiexu.registry.RegistryImport.ImportedEmployment;
import org.jiexu.registry.RegistryImport.ImportedPerson;
import org.jiexu.registry.RegistryImport.ImportedRelation;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two deployments in one JVM through the local RabbitMQ broker, as the README's {@code beijing} and {@code hubei}
 * profiles run them: Beijing serves Xicheng (11010201), Hubei serves Yingcheng (42098101), each with its own in-memory
 * H2 database holding the small demo network (agencies, employers, the demo staff) and, added by {@link #movers}, persons
 * who moved from Yingcheng to Xicheng: registered in both databases, their months booked at Yingcheng in Hubei's, employed
 * and contributing at Xicheng in Beijing's with the relation still held at Yingcheng. {@link #drive} walks their
 * transfers through the case services (the code path of the API) as the two agencies' supervisors would, several at a
 * time; {@link #violations} checks the invariants of the simulation ({@code transfer.simulation}) on the two databases.
 * Used by {@code TransfersAcrossDeploymentsBrokerTests} and the exchange benchmark ({@code bench/exchange.sh}).
 */
public final class TwoDeployments implements AutoCloseable {

	public static final String BEIJING = TransferFixtures.XICHENG;

	public static final String HUBEI = TransferFixtures.YINGCHENG;

	/** Settings of the test: quick polls and retries, so that a restart is caught up within seconds. */
	public static final List<String> QUICK = List.of("--jiexu.exchange.poll=200ms", "--jiexu.exchange.retry.first=200ms",
			"--jiexu.exchange.retry.longest=1s", "--jiexu.exchange.rabbitmq.confirm-timeout=5s",
			"--jiexu.exchange.rabbitmq.recovery-interval=500ms");

	private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

	private static final CurrentUser XC_SUPERVISOR = staff("xc-supervisor", BEIJING, Role.SUPERVISOR);

	private static final CurrentUser YC_SUPERVISOR = staff("yc-supervisor", HUBEI, Role.SUPERVISOR);

	private final LocalBroker broker;

	private final ConfigurableApplicationContext beijing;

	private final ConfigurableApplicationContext hubei;

	/** A person who moved from Yingcheng to Xicheng: the ID number and the person's id in each database. */
	public record Mover(String idNumber, long beijingId, long hubeiId) {
	}

	private TwoDeployments(LocalBroker broker, ConfigurableApplicationContext beijing,
			ConfigurableApplicationContext hubei) {
		this.broker = broker;
		this.beijing = beijing;
		this.hubei = hubei;
	}

	/**
	 * Connects to the broker, deletes the two agencies' queues and starts the two deployments (with the settings given,
	 * e.g. {@link #QUICK}; none: the product's defaults).
	 */
	public static TwoDeployments start(List<String> settings) {
		LocalBroker broker = LocalBroker.connect();
		broker.deleteQueues(BEIJING, HUBEI);
		ConfigurableApplicationContext beijing = deployment("beijing", BEIJING, settings);
		try {
			return new TwoDeployments(broker, beijing, deployment("hubei", HUBEI, settings));
		}
		catch (RuntimeException failed) {
			beijing.close();
			broker.close();
			throw failed;
		}
	}

	private static ConfigurableApplicationContext deployment(String name, String agency, List<String> settings) {
		List<String> args = new ArrayList<>(List.of(
				// no test or postgres profile: each deployment has its own in-memory H2 database
				"--spring.profiles.active=it-" + name,
				"--spring.datasource.url=jdbc:h2:mem:transfers-" + name + "-" + UUID.randomUUID()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"--spring.datasource.username=sa", "--spring.datasource.password=",
				// the demo network (agencies, employers, staff), few demo persons and no demo transfers
				"--jiexu.demo.enabled=true", "--jiexu.demo.persons=20", "--jiexu.demo.employers-per-agency=2",
				"--jiexu.demo.transfers=false", "--server.port=0", "--spring.application.name=jiexu-" + name,
				"--jiexu.exchange.transport=rabbitmq", "--jiexu.exchange.local-agencies=" + agency));
		args.addAll(settings);
		return new SpringApplicationBuilder(JiexuApplication.class).run(args.toArray(String[]::new));
	}

	public ConfigurableApplicationContext beijing() {
		return this.beijing;
	}

	public ConfigurableApplicationContext hubei() {
		return this.hubei;
	}

	public LocalBroker broker() {
		return this.broker;
	}

	/** The deployment's RabbitMQ consumers: stopping them is a consumer killed mid-flight. */
	public static SimpleMessageListenerContainer consumers(ConfigurableApplicationContext deployment) {
		return deployment.getBean(SimpleMessageListenerContainer.class);
	}

	// ------------------------------------------------------------------------------------------------- persons

	/**
	 * Registers {@code count} persons who moved from Yingcheng to Xicheng in both databases: born in the 1990s with a
	 * Beijing hukou (so the temporary-account rule lets them transfer), at Yingcheng for five months (relation
	 * suspended, account credited, in Hubei's database), at Xicheng for the six months since (relation active, in
	 * Beijing's database, which knows of the suspended relation at Yingcheng and nothing of its records).
	 */
	public List<Mover> movers(int count) {
		YearMonth now = YearMonth.now(this.beijing.getBean(java.time.Clock.class));
		YearMonth ycFrom = now.minusMonths(11);
		YearMonth ycTo = now.minusMonths(7);
		YearMonth xcFrom = now.minusMonths(6);
		List<String> idNumbers = new ArrayList<>();
		int run = (int) (System.nanoTime() & 0xff);
		for (int i = 0; i < count; i++) {
			idNumbers.add(IdNumber.compose("110108", LocalDate.of(1990, 1, 1).plusDays(i * 3L + run % 3), 500 + i % 400)
				.value());
		}
		Map<String, Long> hubeiIds = register(this.hubei, idNumbers, HUBEI, ycFrom, ycTo, 
				id -> List.of(new ImportedRelation(HUBEI, InsuranceRelationState.SUSPENDED, ycFrom.atDay(1), null)));
		Map<String, Long> beijingIds = register(this.beijing, idNumbers, BEIJING, xcFrom, now.minusMonths(1),
				id -> List.of(new ImportedRelation(HUBEI, InsuranceRelationState.SUSPENDED, ycFrom.atDay(1), null),
						new ImportedRelation(BEIJING, InsuranceRelationState.ACTIVE, xcFrom.atDay(1), null)));
		List<Mover> movers = new ArrayList<>();
		for (String idNumber : idNumbers) {
			movers.add(new Mover(idNumber, beijingIds.get(idNumber), hubeiIds.get(idNumber)));
		}
		return movers;
	}

	private static Map<String, Long> register(ConfigurableApplicationContext deployment, List<String> idNumbers,
			String agency, YearMonth from, YearMonth to,
			java.util.function.Function<String, List<ImportedRelation>> relations) {
		JdbcClient jdbc = deployment.getBean(JdbcClient.class);
		Map<String, Object> employer = jdbc.sql("select id, credit_code from registry.employer where agency_code = ?"
				+ " order by id limit 1").param(agency).query().singleRow();
		String creditCode = (String) employer.get("credit_code");
		long employerId = ((Number) employer.get("id")).longValue();
		RegistryImport registry = deployment.getBean(RegistryImport.class);
		ContributionHistory history = deployment.getBean(ContributionHistory.class);
		BigDecimal base = BaseLimits.of(agency.substring(0, 2), from.getYear()).floor().add(new BigDecimal("1234.00"));
		Map<String, Long> ids = new HashMap<>();
		for (int start = 0; start < idNumbers.size(); start += 250) {
			List<String> batch = idNumbers.subList(start, Math.min(idNumbers.size(), start + 250));
			List<ImportedPerson> persons = batch.stream()
				.map(id -> new ImportedPerson(id, "转移" + id.substring(14), null, "110108", relations.apply(id),
						List.of(new ImportedEmployment(creditCode, agency, from, agency.equals(BEIJING) ? null : to))))
				.toList();
			List<Long> personIds = registry.addPersons(persons, Map.of(creditCode, employerId));
			List<HistoricContribution> months = new ArrayList<>();
			for (int i = 0; i < batch.size(); i++) {
				ids.put(batch.get(i), personIds.get(i));
				for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
					months.add(new HistoricContribution(personIds.get(i), agency, employerId, month,
							ContributorType.EMPLOYEE, base));
				}
			}
			history.load(months, LocalDate.of(1993, 1, 1));
		}
		return ids;
	}

	/** The balance of each mover's account at the agency, in the deployment's database, by ID number. */
	public Map<String, BigDecimal> accounts(ConfigurableApplicationContext deployment, String agency) {
		Map<String, BigDecimal> balances = new HashMap<>();
		deployment.getBean(JdbcClient.class).sql("""
				select i.id_number, coalesce(sum(p.amount), 0) as balance from registry.insured_person i
				join account.individual_account a on a.person_id = i.id and a.agency_code = ?
				left join account.posting p on p.account_id = a.id group by i.id_number""").param(agency)
			.query((rs, n) -> balances.put(rs.getString(1), rs.getBigDecimal(2)))
			.list();
		return balances;
	}

	// ------------------------------------------------------------------------------------------------- driving

	/**
	 * Walks every mover's transfer through both agencies on {@code threads} threads per agency, as their supervisors
	 * would: Xicheng applies and sends the contact letter; Yingcheng, once the letter has arrived, issues the info
	 * table with the funds and ends the relation; Xicheng, once they have arrived, reconciles, continues the records
	 * and completes, whose receipt completes Yingcheng's case. Returns at once; {@link Drive#await} waits for the end.
	 */
	public Drive drive(List<Mover> movers, int threads) {
		return drive(movers, threads, 0);
	}

	/**
	 * As {@link #drive(List, int)}, with the applications paced at {@code perSecond} (0: as fast as the threads go),
	 * so that they go on for a while.
	 */
	public Drive drive(List<Mover> movers, int threads, double perSecond) {
		Drive drive = new Drive(movers.size());
		AtomicInteger slots = new AtomicInteger();
		TransferCases beijingCases = this.beijing.getBean(TransferCases.class);
		TransferCases hubeiCases = this.hubei.getBean(TransferCases.class);
		ConcurrentLinkedQueue<Mover> toApply = new ConcurrentLinkedQueue<>(movers);
		for (int t = 0; t < threads; t++) {
			int slice = t;
			drive.thread("xc-apply-" + t, () -> {
				Mover mover = toApply.poll();
				if (mover == null) {
					return false;
				}
				if (perSecond > 0) {
					long due = drive.started + (long) (slots.getAndIncrement() * 1e9 / perSecond);
					long wait = due - System.nanoTime();
					if (wait > 0) {
						try {
							Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
							return false;
						}
					}
				}
				long in = drive.attempt(() -> beijingCases.open(XC_SUPERVISOR,
						new OpenTransferIn(mover.idNumber(), HUBEI, "EMPLOYEE_PENSION", null), LOCALE).id());
				if (in != 0) {
					drive.attempt(() -> beijingCases.act(XC_SUPERVISOR, in, "send-contact-letter",
							CaseActionRequest.none(), LOCALE).id());
					drive.applied.incrementAndGet();
				}
				return true;
			});
			drive.thread("yc-steward-" + t, () -> steps(drive, this.hubei, "OUT", "LETTER_RECEIVED", threads, slice,
					id -> {
						drive.attempt(() -> hubeiCases.act(YC_SUPERVISOR, id, "issue-info", CaseActionRequest.none(),
								LOCALE).id());
						drive.attempt(() -> hubeiCases.act(YC_SUPERVISOR, id, "terminate-relation",
								CaseActionRequest.none(), LOCALE).id());
					}));
			drive.thread("xc-steward-" + t, () -> steps(drive, this.beijing, "IN", "INFO_RECEIVED", threads, slice,
					id -> {
						for (String action : List.of("reconcile", "continue-records", "complete")) {
							drive.attempt(() -> beijingCases.act(XC_SUPERVISOR, id, action, CaseActionRequest.none(),
									LOCALE).id());
						}
					}));
		}
		return drive;
	}

	/** One round of a steward: the cases of the slice waiting in the state, each taken a step on; false if none. */
	private static boolean steps(Drive drive, ConfigurableApplicationContext deployment, String side, String state,
			int slices, int slice, java.util.function.LongConsumer step) {
		List<Long> ids = deployment.getBean(JdbcClient.class)
			.sql("select id from transfer.transfer_case where side = ? and state = ? and mod(id, ?) = ? order by id"
					+ " limit 100")
			.params(side, state, slices, slice)
			.query(Long.class)
			.list();
		ids.forEach(step::accept);
		return !ids.isEmpty();
	}

	/** The transfers being walked: the threads, their progress, and the errors of the steps. */
	public final class Drive implements AutoCloseable {

		private final int transfers;

		private final List<Thread> threads = new ArrayList<>();

		private final AtomicBoolean stop = new AtomicBoolean();

		final AtomicInteger applied = new AtomicInteger();

		private final List<String> errors = Collections.synchronizedList(new ArrayList<>());

		private final long started = System.nanoTime();

		/** The cases completed in each deployment before: {@link #done} counts the ones this drive completes. */
		private final long completedBefore;

		private Drive(int transfers) {
			this.transfers = transfers;
			this.completedBefore = completed(TwoDeployments.this.beijing) + completed(TwoDeployments.this.hubei);
		}

		/** Runs the round again and again (pausing when it found nothing to do) until stopped. */
		private void thread(String name, BooleanSupplier round) {
			Thread thread = new Thread(() -> {
				while (!this.stop.get()) {
					boolean busy;
					try {
						busy = round.getAsBoolean();
					}
					catch (RuntimeException ex) {
						this.errors.add(name + ": " + ex);
						busy = false;
					}
					if (!busy) {
						try {
							Thread.sleep(100);
						}
						catch (InterruptedException ex) {
							return;
						}
					}
				}
			}, name);
			thread.setDaemon(true);
			thread.start();
			this.threads.add(thread);
		}

		private long attempt(java.util.function.LongSupplier step) {
			try {
				return step.getAsLong();
			}
			catch (RuntimeException ex) {
				this.errors.add(Thread.currentThread().getName() + ": " + ex);
				return 0;
			}
		}

		/** How many transfers have been applied for (and their contact letters sent). */
		public int applied() {
			return this.applied.get();
		}

		/** How many cases are completed in the deployment (by this drive or before). */
		public long completed(ConfigurableApplicationContext deployment) {
			return deployment.getBean(JdbcClient.class)
				.sql("select count(*) from transfer.transfer_case where state = 'COMPLETED'")
				.query(Long.class)
				.single();
		}

		/** How many transfer-in cases of the deployment have got their info table (or further). */
		public long pastContactLetter(ConfigurableApplicationContext deployment) {
			return deployment.getBean(JdbcClient.class)
				.sql("select count(*) from transfer.transfer_case where side = 'IN'"
						+ " and state not in ('APPLIED', 'CONTACT_LETTER_SENT')")
				.query(Long.class)
				.single();
		}

		/** Whether both cases of every transfer are completed. */
		public boolean done() {
			return completed(TwoDeployments.this.beijing) + completed(TwoDeployments.this.hubei)
					- this.completedBefore >= 2L * this.transfers;
		}

		/** Waits until every transfer is done (or the time is up), stops the threads; the seconds it took. */
		public double await(java.time.Duration patience) throws InterruptedException {
			long deadline = System.nanoTime() + patience.toNanos();
			while (!done() && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			double seconds = (System.nanoTime() - this.started) / 1e9;
			close();
			return seconds;
		}

		public List<String> errors() {
			return List.copyOf(this.errors);
		}

		@Override
		public void close() {
			this.stop.set(true);
			for (Thread thread : this.threads) {
				try {
					thread.join(10_000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}

	}

	// ----------------------------------------------------------------------------------------------- invariants

	/**
	 * Every broken invariant after quiescence, in the wording of the simulation: every case completed at both
	 * agencies; each sending account emptied and the receiving one credited with exactly as much (and so in sum, to
	 * the fen); each deployment's fund ledger balanced, the fund movements of the two agencies matching the accounts
	 * and nothing left in transit between them; no month counted twice at the receiving agency; every outbox message
	 * of each deployment delivered and processed once in the other's inbox; no dead letter and no refused message.
	 */
	public List<String> violations(List<Mover> movers, Map<String, BigDecimal> sendingBefore,
			Map<String, BigDecimal> receivingBefore) {
		List<String> violations = new ArrayList<>();
		JdbcClient bj = this.beijing.getBean(JdbcClient.class);
		JdbcClient hb = this.hubei.getBean(JdbcClient.class);
		// cases
		for (var deployment : List.of(Map.entry(BEIJING, bj), Map.entry(HUBEI, hb))) {
			deployment.getValue()
				.sql("select transfer_id, side, state from transfer.transfer_case where state <> 'COMPLETED'")
				.query((rs, n) -> violations.add(rs.getString(1) + "/" + rs.getString(2) + " at "
						+ deployment.getKey() + " ends in " + rs.getString(3)))
				.list();
		}
		long in = bj.sql("select count(*) from transfer.transfer_case where side = 'IN' and state = 'COMPLETED'")
			.query(Long.class).single();
		long out = hb.sql("select count(*) from transfer.transfer_case where side = 'OUT' and state = 'COMPLETED'")
			.query(Long.class).single();
		if (in != movers.size() || out != movers.size()) {
			violations.add(movers.size() + " transfers, but " + in + " completed at the receiving agency and " + out
					+ " at the sending one");
		}
		// accounts
		Map<String, BigDecimal> sendingAfter = accounts(this.hubei, HUBEI);
		Map<String, BigDecimal> receivingAfter = accounts(this.beijing, BEIJING);
		BigDecimal sent = BigDecimal.ZERO;
		BigDecimal received = BigDecimal.ZERO;
		for (Mover mover : movers) {
			String id = mover.idNumber();
			BigDecimal there = sendingAfter.getOrDefault(id, BigDecimal.ZERO);
			BigDecimal credited = receivingAfter.getOrDefault(id, BigDecimal.ZERO)
				.subtract(receivingBefore.getOrDefault(id, BigDecimal.ZERO));
			BigDecimal debited = sendingBefore.getOrDefault(id, BigDecimal.ZERO).subtract(there);
			if (there.signum() != 0) {
				violations.add(id + ": the sending account still holds " + there);
			}
			if (credited.compareTo(debited) != 0) {
				violations.add(id + ": the receiving account was credited " + credited + ", the sending one debited "
						+ debited);
			}
			if (debited.signum() <= 0) {
				violations.add(id + ": nothing moved from the sending account (" + debited + ")");
			}
			sent = sent.add(debited);
			received = received.add(credited);
		}
		if (sent.compareTo(received) != 0) {
			violations.add("money not conserved: " + sent + " left the sending accounts, " + received
					+ " arrived in the receiving ones");
		}
		// fund ledgers
		CurrentUser bjAdmin = staff("admin", BEIJING, Role.ADMIN);
		CurrentUser hbAdmin = staff("admin", HUBEI, Role.ADMIN);
		NetworkCheck bjCheck = this.beijing.getBean(FundReports.class).networkCheck(bjAdmin);
		NetworkCheck hbCheck = this.hubei.getBean(FundReports.class).networkCheck(hbAdmin);
		if (!bjCheck.balanced() || !hbCheck.balanced()) {
			violations.add("fund ledger not balanced: Beijing " + bjCheck + ", Hubei " + hbCheck);
		}
		BigDecimal inTransit = bjCheck.moneyInTransit().add(hbCheck.moneyInTransit());
		if (inTransit.signum() != 0) {
			violations.add("money left in transit: " + inTransit + " (Beijing " + bjCheck.moneyInTransit()
					+ ", Hubei " + hbCheck.moneyInTransit() + ")");
		}
		FundBalances xc = this.beijing.getBean(FundReports.class).balances(staff("xc-supervisor", BEIJING, Role.SUPERVISOR));
		FundBalances yc = this.hubei.getBean(FundReports.class).balances(staff("yc-supervisor", HUBEI, Role.SUPERVISOR));
		BigDecimal xcFunds = funds(xc);
		BigDecimal ycFunds = funds(yc);
		if (xcFunds.add(ycFunds).signum() != 0) {
			violations.add("money not conserved: Xicheng's funds moved by " + xcFunds + ", Yingcheng's by " + ycFunds);
		}
		BigDecimal xcAccountFund = balance(xc, FundAccount.INDIVIDUAL_ACCOUNT_FUND);
		if (xcAccountFund.abs().compareTo(received) != 0) {
			violations.add("Xicheng's individual-account fund moved by " + xcAccountFund + ", its accounts received "
					+ received);
		}
		// months
		bj.sql("""
				select r.person_id, r.contribution_month, count(*) from contribution.contribution_record r
				group by r.person_id, r.contribution_month having count(*) > 1""")
			.query((rs, n) -> violations.add("person " + rs.getLong(1) + ": month " + rs.getDate(2) + " counted "
					+ rs.getInt(3) + " times at the receiving agency"))
			.list();
		Map<Long, Integer> continued = new HashMap<>();
		bj.sql("select person_id, count(*) from contribution.contribution_record where agency_code = ? and origin = 'TRANSFER'"
				+ " group by person_id")
			.param(HUBEI)
			.query((rs, n) -> continued.put(rs.getLong(1), rs.getInt(2)))
			.list();
		Map<Long, Integer> booked = new HashMap<>();
		hb.sql("select person_id, count(*) from contribution.contribution_record where agency_code = ? group by person_id")
			.param(HUBEI)
			.query((rs, n) -> booked.put(rs.getLong(1), rs.getInt(2)))
			.list();
		for (Mover mover : movers) {
			int there = booked.getOrDefault(mover.hubeiId(), 0);
			int here = continued.getOrDefault(mover.beijingId(), 0);
			if (here != there) {
				violations.add(mover.idNumber() + ": " + there + " months at Yingcheng, " + here
						+ " continued at Xicheng");
			}
		}
		// relations: Yingcheng ended the person's there, and Beijing's note of it shows it ended too
		for (var deployment : List.of(Map.entry("Beijing", bj), Map.entry("Hubei", hb))) {
			long ended = deployment.getValue()
				.sql("select count(*) from registry.insurance_relation where agency_code = ?"
						+ " and state = 'TRANSFERRED_OUT' and transferred_to = ?")
				.params(HUBEI, BEIJING)
				.query(Long.class)
				.single();
			if (ended != movers.size()) {
				violations.add(deployment.getKey() + " shows " + ended + " relations at Yingcheng transferred to"
						+ " Xicheng, not " + movers.size());
			}
		}
		// exchange
		exchanged(violations, "Beijing", bj, "Hubei", hb);
		exchanged(violations, "Hubei", hb, "Beijing", bj);
		return violations;
	}

	private static void exchanged(List<String> violations, String senderName, JdbcClient sender, String receiverName,
			JdbcClient receiver) {
		sender.sql("select message_id, kind, transfer_id, dead_at from exchange.outbox_message"
				+ " where delivered_at is null or dead_at is not null")
			.query((rs, n) -> violations.add((rs.getObject(4) == null ? "undelivered " : "dead letter ")
					+ rs.getString(2) + " " + rs.getString(1) + " of " + rs.getString(3) + " at " + senderName))
			.list();
		receiver.sql("select message_id, kind, transfer_id, dead_at from exchange.inbox_message"
				+ " where processed_at is null or dead_at is not null")
			.query((rs, n) -> violations.add((rs.getObject(4) == null ? "unhandled " : "dead letter ")
					+ rs.getString(2) + " " + rs.getString(1) + " of " + rs.getString(3) + " at " + receiverName))
			.list();
		receiver.sql("select message_id, reason from exchange.refused_message")
			.query((rs, n) -> violations.add("refused " + rs.getString(1) + " at " + receiverName + ": " + rs.getString(2)))
			.list();
		Set<String> outbox = Set.copyOf(sender.sql("select message_id from exchange.outbox_message")
			.query(String.class)
			.list());
		List<String> inbox = receiver.sql("select message_id from exchange.inbox_message").query(String.class).list();
		Set<String> arrived = Set.copyOf(inbox);
		if (inbox.size() != arrived.size()) {
			violations.add("a message taken into " + receiverName + "'s inbox twice");
		}
		outbox.stream().filter(id -> !arrived.contains(id))
			.forEach(id -> violations.add("message " + id + " of " + senderName + " never arrived in " + receiverName));
		arrived.stream().filter(id -> !outbox.contains(id))
			.forEach(id -> violations.add("message " + id + " in " + receiverName + "'s inbox but never sent"));
		if (outbox.isEmpty()) {
			violations.add(senderName + " sent nothing");
		}
	}

	private static BigDecimal funds(FundBalances balances) {
		return balances.accounts().stream()
			.filter(a -> a.account() != FundAccount.IN_TRANSIT)
			.map(a -> a.balance())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal balance(FundBalances balances, FundAccount account) {
		return balances.accounts().stream().filter(a -> a.account() == account).findFirst().orElseThrow().balance();
	}

	// -------------------------------------------------------------------------------------------------- latency

	/** One message from sender commit (its outbox row) to receiver commit (processed in the inbox), in ms. */
	public record Latency(String id, String kind, String from, double millis) {
	}

	/** The latency of every message exchanged, both ways (both deployments share this JVM's clock). */
	public List<Latency> latencies() {
		List<Latency> all = new ArrayList<>();
		latencies(all, "Beijing", this.beijing, this.hubei);
		latencies(all, "Hubei", this.hubei, this.beijing);
		return all;
	}

	private static void latencies(List<Latency> into, String from, ConfigurableApplicationContext sender,
			ConfigurableApplicationContext receiver) {
		Map<String, OffsetDateTime> processed = new HashMap<>();
		receiver.getBean(JdbcClient.class)
			.sql("select message_id, processed_at from exchange.inbox_message where processed_at is not null")
			.query((rs, n) -> processed.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
			.list();
		sender.getBean(JdbcClient.class).sql("select message_id, kind, sent_at from exchange.outbox_message")
			.query((rs, n) -> {
				OffsetDateTime done = processed.get(rs.getString(1));
				if (done != null) {
					OffsetDateTime sent = rs.getObject(3, OffsetDateTime.class);
					into.add(new Latency(rs.getString(1), rs.getString(2), from,
							java.time.Duration.between(sent, done).toNanos() / 1e6));
				}
				return null;
			})
			.list();
	}

	/** p50 and p99 (nearest rank) of the latencies by kind and overall, as lines of text. */
	public static Map<String, double[]> percentiles(List<Latency> latencies) {
		Map<String, List<Double>> byKind = new TreeMap<>();
		for (Latency latency : latencies) {
			byKind.computeIfAbsent(latency.kind(), k -> new ArrayList<>()).add(latency.millis());
			byKind.computeIfAbsent("all", k -> new ArrayList<>()).add(latency.millis());
		}
		Map<String, double[]> result = new LinkedHashMap<>();
		byKind.forEach((kind, values) -> {
			Collections.sort(values);
			result.put(kind, new double[] { values.size(), rank(values, 0.50), rank(values, 0.99),
					values.get(values.size() - 1) });
		});
		return result;
	}

	private static double rank(List<Double> sorted, double p) {
		int index = (int) Math.ceil(p * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	static CurrentUser staff(String username, String agency, Role role) {
		return new CurrentUser(username, username, UserKind.STAFF, EnumSet.of(role), agency, null, null);
	}

	@Override
	public void close() {
		for (ConfigurableApplicationContext context : List.of(this.beijing, this.hubei)) {
			context.close();
		}
		this.broker.close();
	}

}
