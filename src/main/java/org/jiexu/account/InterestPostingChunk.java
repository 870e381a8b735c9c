package org.jiexu.account;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.jiexu.job.Jobs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One chunk of a yearly interest posting, in one transaction: the yearly balances of the chunk's accounts
 * (opening: last year's closing; the year's movements; the interest half-up to the fen; closing), their interest
 * postings, and the mark that the chunk is posted. Set-based: a fixed number of statements for the whole chunk,
 * whatever its size.
 * <p>
 * An account is in the year if it had a balance last year or postings this year, and is skipped if its year is
 * already posted, so a chunk run twice posts nothing the second time. An account emptied during the year (its
 * balance sent away with a transfer, which carried its own interest) earns none.
 */
@Component
class InterestPostingChunk {

	// Every table is bounded by the chunk's id range (also where the join already implies it): PostgreSQL does not
	// carry a range over a join, and unbounded, the checks read the whole table once per chunk, or, with the
	// statistics of the start of a run, compare each account with every balance posted so far (quadratic).
	// Joins, not scalar subqueries: PostgreSQL ran a scalar subquery again for each use of its column.
	static final String BALANCES = """
			insert into account.year_balance (account_id, balance_year, opening, movements, interest, closing, job_id)
			select t.account_id, :year, t.opening, t.movements, t.interest, t.opening + t.movements + t.interest, :job
			from (select s.account_id, s.opening, s.movements,
			        case when s.opening + s.movements <= 0 then 0
			             else round(s.opening * :rate + s.movements * :rate * :weight, 2) end as interest
			      from (select a.id as account_id, coalesce(b.closing, 0) as opening, coalesce(m.movements, 0) as movements
			            from account.individual_account a
			            left join account.year_balance b on b.account_id = a.id and b.balance_year = :previous
			              and b.account_id >= :from and b.account_id < :to
			            left join (select p.account_id,
			                         coalesce(sum(case when p.kind <> 'INTEREST' then p.amount end), 0) as movements
			                       from account.posting p
			                       where p.posting_year = :year and p.account_id >= :from and p.account_id < :to
			                       group by p.account_id) m on m.account_id = a.id
			            where a.agency_code = :agency and a.id >= :from and a.id < :to
			              and (b.account_id is not null or m.account_id is not null)
			              and not exists (select 1 from account.year_balance y
			                              where y.account_id = a.id and y.balance_year = :year
			                                and y.account_id >= :from and y.account_id < :to)) s) t
			""";

	static final String INTEREST = """
			insert into account.posting (account_id, kind, value_month, posting_year, amount, reference, posted_at)
			select b.account_id, 'INTEREST', :month, :year, b.interest, :reference, :now
			from account.year_balance b
			where b.job_id = :job and b.balance_year = :year and b.account_id >= :from and b.account_id < :to
			  and b.interest <> 0
			""";

	private final JdbcClient jdbc;

	private final Jobs jobs;

	private final Clock clock;

	InterestPostingChunk(JdbcClient jdbc, Jobs jobs, Clock clock) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.clock = clock;
	}

	/**
	 * Posts the accounts with ids from {@code from} up to but not including {@code to}, the chunk planned at
	 * {@code from}, and marks it posted, if it is not posted yet (else another worker or runner did it, and nothing
	 * is written). The run's totals and the job's progress are added to last, so the rows they lock stay locked only
	 * while the chunk commits, and chunks of one run commit in parallel.
	 *
	 * @return whether this call did the chunk
	 */
	@Transactional
	boolean post(InterestPostingRun run, long from, long to, Interruption interruption) {
		Timestamp now = Timestamp.from(this.clock.instant());
		int claimed = this.jdbc
			.sql("update account.interest_posting_chunk set posted_at = ? where job_id = ? and first_account_id = ?"
					+ " and posted_at is null")
			.params(now, run.jobId(), from)
			.update();
		if (claimed == 0) {
			return false;
		}
		int accounts = this.jdbc.sql(BALANCES)
			.param("year", run.year())
			.param("previous", run.year() - 1)
			.param("job", run.jobId())
			.param("rate", run.rate())
			.param("weight", run.creditWeight())
			.param("agency", run.agencyCode())
			.param("from", from)
			.param("to", to)
			.update();
		interruption.between(run.jobId(), from);
		this.jdbc.sql(INTEREST)
			.param("month", Date.valueOf(LocalDate.of(run.year(), 12, 1)))
			.param("year", run.year())
			.param("reference", "interest:" + run.year())
			.param("now", now)
			.param("job", run.jobId())
			.param("from", from)
			.param("to", to)
			.update();
		BigDecimal interest = this.jdbc
			.sql("select coalesce(sum(interest), 0) from account.year_balance where job_id = ? and balance_year = ?"
					+ " and account_id >= ? and account_id < ?")
			.params(run.jobId(), run.year(), from, to)
			.query(BigDecimal.class)
			.single();
		this.jdbc
			.sql("update account.interest_posting set accounts_posted = accounts_posted + ?,"
					+ " interest_total = interest_total + ? where job_id = ?")
			.params(accounts, interest, run.jobId())
			.update();
		long goneThrough = this.jdbc
			.sql("select count(*) from account.individual_account where agency_code = ? and id >= ? and id < ?")
			.params(run.agencyCode(), from, to)
			.query(Long.class)
			.single();
		this.jobs.advance(run.jobId(), goneThrough);
		return true;
	}

}
