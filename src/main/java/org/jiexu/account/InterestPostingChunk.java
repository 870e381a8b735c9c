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
 * postings, and the checkpoint. Set-based: three statements for the whole chunk, whatever its size.
 * <p>
 * An account is in the year if it had a balance last year or postings this year, and is skipped if its year is
 * already posted, so a chunk run twice posts nothing the second time. An account emptied during the year (its
 * balance sent away with a transfer, which carried its own interest) earns none.
 */
@Component
class InterestPostingChunk {

	static final String BALANCES = """
			insert into account.year_balance (account_id, balance_year, opening, movements, interest, closing, job_id)
			select t.account_id, :year, t.opening, t.movements, t.interest, t.opening + t.movements + t.interest, :job
			from (select s.account_id, s.opening, s.movements,
			        case when s.opening + s.movements <= 0 then 0
			             else round(s.opening * :rate + s.movements * :rate * :weight, 2) end as interest
			      from (select a.id as account_id,
			              coalesce((select b.closing from account.year_balance b
			                        where b.account_id = a.id and b.balance_year = :previous), 0) as opening,
			              coalesce((select sum(p.amount) from account.posting p
			                        where p.account_id = a.id and p.posting_year = :year and p.kind <> 'INTEREST'), 0)
			                as movements
			            from account.individual_account a
			            where a.agency_code = :agency and a.id >= :from and a.id < :to
			              and not exists (select 1 from account.year_balance b
			                              where b.account_id = a.id and b.balance_year = :year)
			              and (exists (select 1 from account.year_balance b
			                           where b.account_id = a.id and b.balance_year = :previous)
			                   or exists (select 1 from account.posting p
			                              where p.account_id = a.id and p.posting_year = :year))) s) t
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
	 * Posts the accounts with ids from {@code from} up to but not including {@code to}, and moves the checkpoint to {@code to}, if the checkpoint
	 * still is {@code from} (else another runner did this chunk, and nothing is written).
	 *
	 * @return whether this call did the chunk
	 */
	@Transactional
	boolean post(InterestPostingRun run, long from, long to, Interruption interruption) {
		int updated = this.jdbc
			.sql("update account.interest_posting set next_account_id = ? where job_id = ? and next_account_id = ?")
			.params(to, run.jobId(), from)
			.update();
		if (updated == 0) {
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
			.param("now", Timestamp.from(this.clock.instant()))
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
		long posted = this.jdbc.sql("select accounts_posted from account.interest_posting where job_id = ?")
			.param(run.jobId())
			.query(Long.class)
			.single();
		this.jobs.progress(run.jobId(), posted);
		return true;
	}

}
