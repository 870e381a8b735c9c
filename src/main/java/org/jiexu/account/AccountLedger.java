package org.jiexu.account;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.UserKind;
import org.jiexu.policy.AccountNormalisation;
import org.jiexu.policy.InterestMethod;
import org.jiexu.registry.AgencyView;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.shared.Money;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger of individual accounts: books postings (opening accounts as needed, each reference once per account)
 * and shows a person's accounts with every balance derived from the postings.
 * <p>
 * A posting is booked into the year of its booking day, never into a year whose interest has been posted: a
 * month paid late earns interest from the year it was paid.
 */
@Service
public class AccountLedger {

	private static final int CHUNK = 1000;

	/** The id of the account of a selected posting {@code s} (opened by then). */
	private static final String ACCOUNT_OF_SELECTED = "(select a.id from account.individual_account a"
			+ " where a.person_id = s.person_id and a.agency_code = s.agency_code)";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final RegistryManagement registry;

	private final Clock clock;

	AccountLedger(JdbcClient jdbc, JdbcTemplate template, RegistryManagement registry, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.registry = registry;
		this.clock = clock;
	}

	/**
	 * Books the postings in the caller's transaction; a reference already booked on the account is skipped.
	 *
	 * @return how many were booked
	 * @throws IllegalStateException if a posting falls into a year whose interest is already posted
	 */
	@Transactional
	public int post(Collection<NewPosting> postings) {
		int booked = 0;
		List<NewPosting> chunk = new ArrayList<>(CHUNK);
		for (NewPosting posting : postings) {
			chunk.add(posting);
			if (chunk.size() == CHUNK) {
				booked += postChunk(chunk);
				chunk.clear();
			}
		}
		return chunk.isEmpty() ? booked : booked + postChunk(chunk);
	}

	/**
	 * Books the selected postings set-wise in the caller's transaction, in three statements whatever their number:
	 * opens the accounts that do not exist yet, refuses the lot if any posting falls into a year whose interest is
	 * posted, and books each reference not yet on its account.
	 *
	 * @return how many were booked
	 * @throws IllegalStateException if a posting falls into a year whose interest is already posted
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public int post(PostingSelection selection) {
		String selected = "(" + selection.query() + ") s";
		this.jdbc.sql("insert into account.individual_account (person_id, agency_code, opened_on)"
				+ " select s.person_id, s.agency_code, min(s.value_month) from " + selected
				+ " group by s.person_id, s.agency_code on conflict do nothing")
			.params(selection.parameters())
			.update();
		// The account of each selected posting is looked up by its unique key in a scalar subquery, not joined: a
		// join of a chunk with all accounts is planned as a hash join that reads every account once per chunk
		// (the import at 10M rows spent most of its time so), a lookup costs the chunk's size whatever the ledger's.
		List<String> closed = this.jdbc.sql("select c.reference, c.posting_year, c.closed_year, c.person_id from"
				+ " (select s.reference, s.posting_year, s.person_id, (select max(b.balance_year) from"
				+ " account.year_balance b where b.account_id = " + ACCOUNT_OF_SELECTED + ") as closed_year from "
				+ selected + ") c where c.closed_year >= c.posting_year limit 2")
			.params(selection.parameters())
			.query((rs, row) -> closedYear(rs.getInt(3), rs.getLong(4), rs.getString(1), rs.getInt(2)))
			.list();
		if (!closed.isEmpty()) {
			throw new IllegalStateException(closed.get(0) + (closed.size() > 1 ? " (and others)" : ""));
		}
		return this.jdbc.sql("insert into account.posting (account_id, kind, value_month, posting_year, amount,"
				+ " reference, posted_at) select " + ACCOUNT_OF_SELECTED + ", :ledger_kind, s.value_month,"
				+ " s.posting_year, s.amount, s.reference, :ledger_now from " + selected + " on conflict do nothing")
			.params(selection.parameters())
			.param("ledger_kind", selection.kind().name())
			.param("ledger_now", Timestamp.from(this.clock.instant()))
			.update();
	}

	private int postChunk(List<NewPosting> postings) {
		Map<Holder, Long> accounts = openAccounts(postings);
		refuseClosedYears(postings, accounts);
		Timestamp now = Timestamp.from(this.clock.instant());
		int[][] counts = this.template.batchUpdate("insert into account.posting (account_id, kind, value_month,"
				+ " posting_year, amount, reference, posted_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
				postings, postings.size(),
				(ps, p) -> {
					long account = accounts.get(Holder.of(p));
					ps.setLong(1, account);
					ps.setString(2, p.kind().name());
					ps.setDate(3, Date.valueOf(p.valueMonth().atDay(1)));
					ps.setInt(4, p.postingYear());
					ps.setBigDecimal(5, p.amount());
					ps.setString(6, p.reference());
					ps.setTimestamp(7, now);
				});
		int booked = 0;
		for (int[] batch : counts) {
			for (int count : batch) {
				booked += count > 0 || count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0;
			}
		}
		return booked;
	}

	private Map<Holder, Long> openAccounts(List<NewPosting> postings) {
		Map<Holder, LocalDate> opened = new LinkedHashMap<>();
		postings.forEach(p -> opened.merge(Holder.of(p), p.valueMonth().atDay(1),
				(a, b) -> a.isBefore(b) ? a : b));
		List<Map.Entry<Holder, LocalDate>> entries = new ArrayList<>(opened.entrySet());
		this.template.batchUpdate("insert into account.individual_account (person_id, agency_code, opened_on)"
				+ " values (?, ?, ?) on conflict do nothing", entries, entries.size(), (ps, e) -> {
					ps.setLong(1, e.getKey().personId());
					ps.setString(2, e.getKey().agencyCode());
					ps.setDate(3, Date.valueOf(e.getValue()));
				});
		Set<Long> persons = opened.keySet().stream().map(Holder::personId).collect(Collectors.toSet());
		Map<Holder, Long> ids = new HashMap<>();
		this.jdbc.sql("select id, person_id, agency_code from account.individual_account where person_id in (:persons)")
			.param("persons", persons)
			.query((rs, row) -> ids.put(new Holder(rs.getLong("person_id"), rs.getString("agency_code")),
					rs.getLong("id")))
			.list();
		return ids;
	}

	private void refuseClosedYears(List<NewPosting> postings, Map<Holder, Long> accounts) {
		Map<Long, Integer> closed = new HashMap<>();
		this.jdbc
			.sql("select account_id, max(balance_year) as closed from account.year_balance"
					+ " where account_id in (:accounts) group by account_id")
			.param("accounts", new java.util.HashSet<>(accounts.values()))
			.query((rs, row) -> closed.put(rs.getLong("account_id"), rs.getInt("closed")))
			.list();
		for (NewPosting posting : postings) {
			Integer year = closed.get(accounts.get(Holder.of(posting)));
			if (year != null && posting.postingYear() <= year) {
				throw new IllegalStateException(closedYear(year, posting.personId(), posting.reference(),
						posting.postingYear()));
			}
		}
	}

	private static String closedYear(int closed, long personId, String reference, int postingYear) {
		return "Interest for " + closed + " is posted on the account of person " + personId + "; " + reference
				+ " cannot be booked into " + postingYear;
	}

	/**
	 * The balance of the person's account at the agency: the sum of all its postings (zero if there is no account).
	 * Unscoped: for a transfer between agencies, whose cases are scoped already.
	 */
	@Transactional(readOnly = true)
	public BigDecimal balance(long personId, String agencyCode) {
		return this.jdbc.sql("select coalesce(sum(p.amount), 0) from account.posting p join account.individual_account a"
				+ " on a.id = p.account_id where a.person_id = ? and a.agency_code = ?")
			.params(personId, agencyCode)
			.query(BigDecimal.class)
			.single()
			.setScale(2);
	}

	/**
	 * The years whose interest is posted on the person's account at the agency, with the rate and method each
	 * posting applied (none if there is no account). Unscoped, like {@link #balance}.
	 */
	@Transactional(readOnly = true)
	public Map<Integer, AccountNormalisation.PostedYear> postedInterest(long personId, String agencyCode) {
		Map<Integer, AccountNormalisation.PostedYear> years = new TreeMap<>();
		this.jdbc.sql("select b.balance_year, r.rate, r.method from account.year_balance b join"
				+ " account.individual_account a on a.id = b.account_id join account.interest_posting r"
				+ " on r.job_id = b.job_id where a.person_id = ? and a.agency_code = ?")
			.params(personId, agencyCode)
			.query((rs, row) -> new AccountNormalisation.PostedYear(rs.getInt(1), rs.getBigDecimal(2),
					InterestMethod.valueOf(rs.getString(3))))
			.list()
			.forEach(year -> years.put(year.year(), year));
		return years;
	}

	/**
	 * The person's accounts as the user may see them: staff see the account at their agency, the person sees
	 * all of theirs; anyone else (an employer handler) gets "not found" as for a person outside their scope.
	 */
	@Transactional(readOnly = true)
	public PersonAccountsView ledger(CurrentUser user, long personId) {
		this.registry.personReference(user, personId); // not found outside the user's scope
		if (user.kind() == UserKind.EMPLOYER_HANDLER) {
			throw org.jiexu.shared.UserInputException.notFound("account.notFound", personId);
		}
		String onlyAgency = user.isStaff() ? user.requireAgency() : null;
		Map<String, AgencyView> agencies = this.registry.agencies()
			.stream()
			.collect(Collectors.toMap(AgencyView::code, a -> a));
		List<IndividualAccountView> accounts = new ArrayList<>();
		this.jdbc.sql("select id, agency_code from account.individual_account where person_id = ? order by opened_on, id")
			.param(personId)
			.query((rs, row) -> Map.entry(rs.getLong("id"), rs.getString("agency_code")))
			.list()
			.stream()
			.filter(account -> onlyAgency == null || onlyAgency.equals(account.getValue()))
			.forEach(account -> accounts.add(account(account.getKey(), agencies.get(account.getValue()))));
		BigDecimal total = accounts.stream().map(IndividualAccountView::balance).reduce(Money.ZERO, BigDecimal::add);
		return new PersonAccountsView(personId, accounts, total);
	}

	private IndividualAccountView account(long accountId, AgencyView agency) {
		List<AccountPostingView> postings = this.jdbc
			.sql("select kind, value_month, posting_year, amount, reference from account.posting where account_id = ?"
					+ " order by posting_year, value_month, id")
			.param(accountId)
			.query((rs, row) -> new AccountPostingView(PostingKind.valueOf(rs.getString("kind")),
					YearMonth.from(rs.getDate("value_month").toLocalDate()), rs.getInt("posting_year"),
					rs.getBigDecimal("amount"), rs.getString("reference")))
			.list();
		Set<Integer> posted = Set.copyOf(this.jdbc
			.sql("select balance_year from account.year_balance where account_id = ?")
			.param(accountId)
			.query(Integer.class)
			.list());
		List<AccountYearView> years = years(postings, posted, LocalDate.now(this.clock).getYear());
		BigDecimal balance = years.isEmpty() ? Money.ZERO : years.get(years.size() - 1).closing();
		return new IndividualAccountView(agency, postings, years, balance);
	}

	/** Every year from the first posting to the later of the last posting and {@code thisYear}. */
	static List<AccountYearView> years(List<AccountPostingView> postings, Set<Integer> posted, int thisYear) {
		if (postings.isEmpty()) {
			return List.of();
		}
		TreeMap<Integer, List<AccountPostingView>> byYear = postings.stream()
			.collect(Collectors.groupingBy(AccountPostingView::postingYear, TreeMap::new, Collectors.toList()));
		int last = Math.max(byYear.lastKey(), Math.min(thisYear, byYear.lastKey() + 100));
		List<AccountYearView> years = new ArrayList<>();
		BigDecimal balance = Money.ZERO;
		for (int year = byYear.firstKey(); year <= last; year++) {
			List<AccountPostingView> ofYear = byYear.getOrDefault(year, List.of());
			BigDecimal contributions = sum(ofYear, kind -> kind == PostingKind.CONTRIBUTION);
			BigDecimal interest = sum(ofYear, kind -> kind == PostingKind.INTEREST);
			BigDecimal other = sum(ofYear, kind -> kind != PostingKind.CONTRIBUTION && kind != PostingKind.INTEREST);
			BigDecimal closing = balance.add(contributions).add(other).add(interest);
			years.add(new AccountYearView(year, balance, contributions, other, interest, closing,
					posted.contains(year)));
			balance = closing;
		}
		return years;
	}

	private static BigDecimal sum(List<AccountPostingView> postings, java.util.function.Predicate<PostingKind> kinds) {
		return postings.stream()
			.filter(p -> kinds.test(p.kind()))
			.map(AccountPostingView::amount)
			.reduce(Money.ZERO, BigDecimal::add);
	}

	/**
	 * The accounts of the agency whose stored balance of {@code year} differs from the sum of their postings up to
	 * that year: empty when the yearly balances are reproduced by the postings.
	 */
	@Transactional(readOnly = true)
	public List<Long> verify(String agencyCode, int year) {
		return this.jdbc.sql("select b.account_id from account.year_balance b"
				+ " join account.individual_account a on a.id = b.account_id"
				+ " where a.agency_code = ? and b.balance_year = ? and b.closing <> (select coalesce(sum(p.amount), 0)"
				+ " from account.posting p where p.account_id = b.account_id and p.posting_year <= ?)"
				+ " order by b.account_id")
			.params(agencyCode, year, year)
			.query(Long.class)
			.list();
	}

	private record Holder(long personId, String agencyCode) {

		static Holder of(NewPosting posting) {
			return new Holder(posting.personId(), posting.agencyCode());
		}

	}

}
