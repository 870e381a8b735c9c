package org.jiexu.account;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jiexu.IntegrationTestSupport;
import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.Role;
import org.jiexu.identity.UserKind;
import org.jiexu.job.JobState;
import org.jiexu.job.Jobs;
import org.jiexu.policy.InterestMethod;
import org.jiexu.shared.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Yearly interest posting on the demo ledger (posted up to 2024 when the demo loads; 2025 has no published rate,
 * so these tests post it with an entered rate). Each test works on its own agency's 2025 and resets it first.
 */
class InterestPostingIntegrationTests extends IntegrationTestSupport {

	private static final BigDecimal RATE_2025 = new BigDecimal("0.0150");

	private static final String JINTAI = "61030301";

	private static final String KAIYUAN = "53250201";

	private static final String WENDENG = "37100301";

	@Autowired
	InterestPosting posting;

	@Autowired
	AccountLedger ledger;

	@Autowired
	Jobs jobs;

	@Autowired
	InterestPostingChunk chunk;

	private static CurrentUser supervisor(String agency) {
		return new CurrentUser("test-supervisor", "Test", UserKind.STAFF, Set.of(Role.SUPERVISOR), agency, null, null);
	}

	@Test
	void theDemoLedgerIsPostedUpToTheLastYearWithARateAndReproducedByItsPostings() {
		for (int year = 1993; year <= 2024; year++) {
			assertThat(this.ledger.verify(XICHENG, year)).as("year %d", year).isEmpty();
		}
		assertThat(this.jdbc.sql("select count(*) from account.year_balance where balance_year = 2024")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void postingAYearAgainPostsNothing() {
		reset(WENDENG);
		long first = runToEnd(WENDENG);
		String hash = ledgerHash(WENDENG);
		InterestPostingView again = this.posting.prepare(supervisor(WENDENG), 2025, RATE_2025, InterestMethod.RULE_1997);
		this.posting.run(again.job().id(), Interruption.NONE);
		InterestPostingView second = this.posting.find(supervisor(WENDENG), again.job().id());
		assertThat(first).isPositive();
		assertThat(second.accountsPosted()).isZero();
		assertThat(second.job().state()).isEqualTo(JobState.COMPLETED);
		assertThat(ledgerHash(WENDENG)).isEqualTo(hash);
		assertThat(this.ledger.verify(WENDENG, 2025)).isEmpty();
		assertThat(this.jdbc.sql("select subject from identity.audit_event where action = 'INTEREST_POSTING_STARTED'"
				+ " and username = 'test-supervisor' and subject like ?")
			.param("interest posting job " + again.job().id() + " %")
			.query(String.class)
			.list()).singleElement().asString().contains("(2025, rate 0.015");
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3 })
	void aRunInterruptedAtAnyChunkAndResumedEndsWithTheSameLedgerAsAnUninterruptedOne(int failingChunk) {
		reset(JINTAI);
		runToEnd(JINTAI);
		String uninterrupted = ledgerHash(JINTAI);
		reset(JINTAI);
		InterestPostingView run = this.posting.prepare(supervisor(JINTAI), 2025, RATE_2025, InterestMethod.RULE_1997);
		AtomicInteger chunks = new AtomicInteger();
		Interruption crash = (job, from) -> {
			if (chunks.incrementAndGet() == failingChunk) {
				throw new IllegalStateException("killed in chunk " + failingChunk);
			}
		};
		assertThatThrownBy(() -> this.posting.run(run.job().id(), crash)).hasMessageContaining("killed");
		assertThat(this.jobs.get(run.job().id()).state()).isEqualTo(JobState.INTERRUPTED);
		assertThat(ledgerHash(JINTAI)).isNotEqualTo(uninterrupted);
		this.posting.run(run.job().id(), Interruption.NONE);
		assertThat(this.jobs.get(run.job().id()).state()).isEqualTo(JobState.COMPLETED);
		assertThat(ledgerHash(JINTAI)).isEqualTo(uninterrupted);
		assertThat(this.ledger.verify(JINTAI, 2025)).isEmpty();
	}

	@Test
	void aRunInterruptedTwiceStillPostsEveryAccountOnce() {
		reset(KAIYUAN);
		runToEnd(KAIYUAN);
		String uninterrupted = ledgerHash(KAIYUAN);
		long accounts = this.posting.find(supervisor(KAIYUAN), latestJob(KAIYUAN)).accountsPosted();
		reset(KAIYUAN);
		InterestPostingView run = this.posting.prepare(supervisor(KAIYUAN), 2025, RATE_2025, InterestMethod.RULE_1997);
		for (int stop = 1; stop <= 2; stop++) {
			AtomicInteger chunks = new AtomicInteger();
			int at = stop;
			assertThatThrownBy(() -> this.posting.run(run.job().id(), (job, from) -> {
				if (chunks.incrementAndGet() == at) {
					throw new IllegalStateException("killed");
				}
			})).isInstanceOf(IllegalStateException.class);
		}
		this.posting.run(run.job().id(), Interruption.NONE);
		assertThat(ledgerHash(KAIYUAN)).isEqualTo(uninterrupted);
		assertThat(this.posting.find(supervisor(KAIYUAN), run.job().id()).accountsPosted()).isEqualTo(accounts);
	}

	@Test
	void oneWorkerAndFourWorkersPostTheSameLedger() {
		reset(JINTAI);
		long oneWorker = postWith(JINTAI, 1);
		String hash = ledgerHash(JINTAI);
		reset(JINTAI);
		long fourWorkers = postWith(JINTAI, 4);
		assertThat(ledgerHash(JINTAI)).isEqualTo(hash);
		assertThat(fourWorkers).isEqualTo(oneWorker).isPositive();
		assertThat(this.ledger.verify(JINTAI, 2025)).isEmpty();
	}

	@Test
	void twoRunnersResumingTheSameRunAtOnceStillPostEveryAccountOnce() throws Exception {
		reset(WENDENG);
		runToEnd(WENDENG);
		String uninterrupted = ledgerHash(WENDENG);
		long accounts = this.posting.find(supervisor(WENDENG), latestJob(WENDENG)).accountsPosted();
		reset(WENDENG);
		InterestPostingView view = this.posting.prepare(supervisor(WENDENG), 2025, RATE_2025, InterestMethod.RULE_1997);
		InterestPostingRun run = this.posting.runOf(view.job().id());
		// as two application instances would: each with its own workers, on the same job
		var other = java.util.concurrent.CompletableFuture
			.runAsync(() -> new InterestPostingChunks(this.jdbc, this.chunk, 2).postAll(run, 3, Interruption.NONE));
		new InterestPostingChunks(this.jdbc, this.chunk, 2).postAll(run, 3, Interruption.NONE);
		other.get();
		assertThat(ledgerHash(WENDENG)).isEqualTo(uninterrupted);
		assertThat(this.posting.find(supervisor(WENDENG), view.job().id()).accountsPosted()).isEqualTo(accounts);
	}

	private long postWith(String agency, int workers) {
		InterestPostingView view = this.posting.prepare(supervisor(agency), 2025, RATE_2025, InterestMethod.RULE_1997);
		new InterestPostingChunks(this.jdbc, this.chunk, workers).postAll(this.posting.runOf(view.job().id()), 7,
				Interruption.NONE);
		return this.posting.find(supervisor(agency), view.job().id()).accountsPosted();
	}

	@Test
	void aYearWithoutAPublishedRateIsRefusedUntilARateIsEntered() {
		assertThatThrownBy(() -> this.posting.prepare(supervisor(YINGCHENG), 2025, null, InterestMethod.RULE_1997))
			.isInstanceOf(UserInputException.class)
			.hasMessageContaining("account.interest.rateMissing");
	}

	@Test
	void aYearThatIsNotOverCannotBePosted() {
		assertThatThrownBy(() -> this.posting.prepare(supervisor(YINGCHENG), 2026, RATE_2025, InterestMethod.RULE_1997))
			.isInstanceOf(UserInputException.class)
			.hasMessageContaining("account.interest.yearNotOver");
	}

	@Test
	void theInterestOfAnAccountFollowsThe1997Rule() {
		reset(WENDENG);
		runToEnd(WENDENG);
		List<BigDecimal[]> rows = this.jdbc.sql("select b.opening, b.movements, b.interest from account.year_balance b"
				+ " join account.individual_account a on a.id = b.account_id where a.agency_code = ?"
				+ " and b.balance_year = 2025")
			.param(WENDENG)
			.query((rs, n) -> new BigDecimal[] { rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3) })
			.list();
		assertThat(rows).isNotEmpty();
		for (BigDecimal[] row : rows) {
			BigDecimal expected = row[0].add(row[1]).signum() <= 0 ? BigDecimal.ZERO.setScale(2)
					: org.jiexu.shared.Money.fen(InterestMethod.RULE_1997.interest(row[0], row[1], RATE_2025));
			assertThat(row[2]).isEqualByComparingTo(expected);
		}
	}

	private long runToEnd(String agency) {
		InterestPostingView run = this.posting.prepare(supervisor(agency), 2025, RATE_2025, InterestMethod.RULE_1997);
		this.posting.run(run.job().id(), Interruption.NONE);
		return this.posting.find(supervisor(agency), run.job().id()).accountsPosted();
	}

	private long latestJob(String agency) {
		return this.jdbc.sql("select max(job_id) from account.interest_posting where agency_code = ?")
			.param(agency)
			.query(Long.class)
			.single();
	}

	/** Forgets the agency's 2025 posting, as if it never ran. */
	private void reset(String agency) {
		String accounts = "(select id from account.individual_account where agency_code = '" + agency + "')";
		this.jdbc.sql("delete from account.posting where kind = 'INTEREST' and posting_year = 2025 and account_id in "
				+ accounts).update();
		this.jdbc.sql("delete from account.year_balance where balance_year = 2025 and account_id in " + accounts)
			.update();
		this.jdbc.sql("update job.job set state = 'FAILED' where state in ('RUNNING', 'INTERRUPTED') and agency_code = ?")
			.param(agency)
			.update();
	}

	/** A digest of every posting and yearly balance of the agency, in a fixed order. */
	private String ledgerHash(String agency) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			this.jdbc.sql("select p.account_id, p.kind, p.value_month, p.posting_year, p.amount, p.reference"
					+ " from account.posting p join account.individual_account a on a.id = p.account_id"
					+ " where a.agency_code = ? order by p.account_id, p.reference")
				.param(agency)
				.query((rs, n) -> rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getDate(3) + "|" + rs.getInt(4) + "|"
						+ rs.getBigDecimal(5).toPlainString() + "|" + rs.getString(6))
				.list()
				.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
			this.jdbc.sql("select b.account_id, b.balance_year, b.opening, b.movements, b.interest, b.closing"
					+ " from account.year_balance b join account.individual_account a on a.id = b.account_id"
					+ " where a.agency_code = ? order by b.account_id, b.balance_year")
				.param(agency)
				.query((rs, n) -> rs.getLong(1) + "|" + rs.getInt(2) + "|" + rs.getBigDecimal(3).toPlainString() + "|"
						+ rs.getBigDecimal(4).toPlainString() + "|" + rs.getBigDecimal(5).toPlainString() + "|"
						+ rs.getBigDecimal(6).toPlainString())
				.list()
				.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
