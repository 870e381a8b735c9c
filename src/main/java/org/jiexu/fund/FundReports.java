package org.jiexu.fund;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.Role;
import org.jiexu.registry.AgencyView;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.shared.Money;
import org.jiexu.shared.UserInputException;
import org.jiexu.transfer.TransferSide;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fund ledger's reports (decision 25): an agency's balances and its reconciliation (对账) with a counterpart, for
 * the agency's supervisors and administrators, and the network check (every agency kept here summed), for
 * administrators. Anyone else is refused (403). Today comes from the clock.
 */
@Service
public class FundReports {

	/** The most transfers a reconciliation lists; its totals count all of them. */
	public static final int TRANSFERS_LISTED = 200;

	/** The most unbalanced entries the network check lists. */
	public static final int UNBALANCED_LISTED = 100;

	private static final Set<Role> READERS = EnumSet.of(Role.SUPERVISOR, Role.ADMIN);

	/** What each agency booked of each kind per transfer; the condition on the agencies is appended. */
	private static final String MOVES = """
			select e.transfer_id, e.agency_code, e.counterpart_code, e.kind, count(distinct e.id) as entries,
			 min(e.booked_on) as first_on, max(e.booked_on) as last_on,
			 coalesce(sum(case when l.account = 'POOLED_FUND' then l.debit + l.credit else 0 end), 0) as pooled,
			 coalesce(sum(case when l.account = 'INDIVIDUAL_ACCOUNT_FUND' then l.debit + l.credit else 0 end), 0) as account,
			 coalesce(sum(case when l.account = 'IN_TRANSIT' then l.debit + l.credit else 0 end), 0) as moved,
			 coalesce(sum(case when l.account = 'REFUNDS_PAYABLE' then l.debit + l.credit else 0 end), 0) as refund
			from fund.journal_entry e join fund.journal_line l on l.entry_id = e.id
			where %s
			group by e.transfer_id, e.agency_code, e.counterpart_code, e.kind""";

	private final JdbcClient jdbc;

	private final RegistryManagement registry;

	private final Clock clock;

	FundReports(JdbcClient jdbc, RegistryManagement registry, Clock clock) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.clock = clock;
	}

	/** Every account of the reader's agency with its debits, credits and balance. */
	@Transactional(readOnly = true)
	public FundBalances balances(CurrentUser reader) {
		String agency = readerAgency(reader);
		Map<FundAccount, AccountBalance> byAccount = new EnumMap<>(FundAccount.class);
		for (FundAccount account : FundAccount.values()) {
			byAccount.put(account, new AccountBalance(account, Money.ZERO, Money.ZERO, Money.ZERO));
		}
		this.jdbc.sql("""
				select l.account, coalesce(sum(l.debit), 0) as debits, coalesce(sum(l.credit), 0) as credits
				from fund.journal_entry e join fund.journal_line l on l.entry_id = e.id
				where e.agency_code = ? group by l.account""").param(agency).query((rs, n) -> {
			FundAccount account = FundAccount.valueOf(rs.getString("account"));
			BigDecimal debits = Money.fen(rs.getBigDecimal("debits"));
			BigDecimal credits = Money.fen(rs.getBigDecimal("credits"));
			return new AccountBalance(account, debits, credits, debits.subtract(credits));
		}).list().forEach(balance -> byAccount.put(balance.account(), balance));
		List<AccountBalance> accounts = List.copyOf(byAccount.values());
		long entries = this.jdbc.sql("select count(*) from fund.journal_entry where agency_code = ?")
			.param(agency)
			.query(Long.class)
			.single();
		return new FundBalances(agency, today(), accounts,
				accounts.stream().map(AccountBalance::balance).reduce(Money.ZERO, BigDecimal::add), entries);
	}

	/**
	 * The reconciliation of the reader's agency with the counterpart (its code): refused (400) if none is given, if it
	 * is the reader's own agency, or if no such agency is known here.
	 */
	@Transactional(readOnly = true)
	public PairReconciliation reconciliation(CurrentUser reader, @Nullable String counterpart) {
		String agency = readerAgency(reader);
		String other = counterpart(agency, counterpart);
		Set<String> kept = keptHere(agency);
		List<TransferReconciliation> transfers = transfers(agency, moves("""
				(e.agency_code = :agency and e.counterpart_code = :other)
				 or (e.agency_code = :other and e.counterpart_code = :agency)""", agency, other), kept);
		boolean counterpartHere = kept.contains(other);
		return new PairReconciliation(agency, other, today(),
				counterpartHere ? ReconciliationScope.BOTH_SIDES : ReconciliationScope.THIS_SIDE_ONLY,
				Reconciler.flow(transfers, TransferSide.OUT, counterpartHere),
				Reconciler.flow(transfers, TransferSide.IN, counterpartHere), transfers.size(),
				Reconciler.listed(transfers, TRANSFERS_LISTED));
	}

	/** Every counterpart the reader's agency moved money with, by code, with the money each way. */
	@Transactional(readOnly = true)
	public List<PairSummary> pairs(CurrentUser reader) {
		String agency = readerAgency(reader);
		Set<String> kept = keptHere(agency);
		Map<String, List<TransferReconciliation>> byCounterpart = transfers(agency,
				moves("e.agency_code = :agency or e.counterpart_code = :agency", agency, null), kept)
			.stream()
			.collect(Collectors.groupingBy(TransferReconciliation::counterpartCode, TreeMap::new, Collectors.toList()));
		List<PairSummary> pairs = new ArrayList<>();
		byCounterpart.forEach((other, transfers) -> {
			boolean counterpartHere = kept.contains(other);
			pairs.add(new PairSummary(other,
					counterpartHere ? ReconciliationScope.BOTH_SIDES : ReconciliationScope.THIS_SIDE_ONLY,
					Reconciler.flow(transfers, TransferSide.OUT, counterpartHere),
					Reconciler.flow(transfers, TransferSide.IN, counterpartHere)));
		});
		return pairs;
	}

	/**
	 * The network check: every account of every agency kept here summed, the money in transit, and any unbalanced
	 * entry; administrators only (403).
	 */
	@Transactional(readOnly = true)
	public NetworkCheck networkCheck(CurrentUser reader) {
		readerAgency(reader);
		if (!reader.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("The network check is for administrators");
		}
		Map<String, Map<FundAccount, BigDecimal>> byAgency = new TreeMap<>();
		this.jdbc.sql("select agency_code from fund.ledger_agency")
			.query(String.class)
			.list()
			.forEach(code -> byAgency.put(code, zeros()));
		this.jdbc.sql("""
				select e.agency_code, l.account, coalesce(sum(l.debit), 0) - coalesce(sum(l.credit), 0) as balance
				from fund.journal_entry e join fund.journal_line l on l.entry_id = e.id
				group by e.agency_code, l.account""").query((ResultSet rs) -> {
			byAgency.computeIfAbsent(rs.getString("agency_code"), code -> zeros())
				.put(FundAccount.valueOf(rs.getString("account")), Money.fen(rs.getBigDecimal("balance")));
		});
		Map<FundAccount, BigDecimal> totals = zeros();
		List<AgencyLedger> agencies = new ArrayList<>();
		boolean everyAgencyBalances = true;
		for (Map.Entry<String, Map<FundAccount, BigDecimal>> agency : byAgency.entrySet()) {
			BigDecimal total = Money.ZERO;
			for (Map.Entry<FundAccount, BigDecimal> balance : agency.getValue().entrySet()) {
				totals.merge(balance.getKey(), balance.getValue(), BigDecimal::add);
				total = total.add(balance.getValue());
			}
			everyAgencyBalances &= total.signum() == 0;
			agencies.add(new AgencyLedger(agency.getKey(), agency.getValue(), total));
		}
		BigDecimal total = totals.values().stream().reduce(Money.ZERO, BigDecimal::add);
		BigDecimal inTransit = totals.get(FundAccount.IN_TRANSIT);
		Map<String, BigDecimal> split = this.jdbc.sql("""
				select coalesce(sum(case when a.agency_code is null then 0 else l.debit - l.credit end), 0) as in_transit_here,
				 coalesce(sum(case when a.agency_code is null then l.debit - l.credit else 0 end), 0) as in_transit_elsewhere
				from fund.journal_line l join fund.journal_entry e on e.id = l.entry_id
				left join fund.ledger_agency a on a.agency_code = e.counterpart_code
				where l.account = 'IN_TRANSIT'""").query((rs, n) -> Map.of("within", Money.fen(rs.getBigDecimal("in_transit_here")),
				"elsewhere", Money.fen(rs.getBigDecimal("in_transit_elsewhere")))).single();
		List<UnbalancedEntry> unbalanced = this.jdbc.sql("""
				select e.id, e.agency_code, e.source_event_id, e.kind, e.transfer_id, coalesce(sum(l.debit), 0) as debits,
				 coalesce(sum(l.credit), 0) as credits, count(l.id) as lines
				from fund.journal_entry e left join fund.journal_line l on l.entry_id = e.id
				group by e.id, e.agency_code, e.source_event_id, e.kind, e.transfer_id
				having coalesce(sum(l.debit), 0) <> coalesce(sum(l.credit), 0) or count(l.id) < 2
				order by e.id
				limit""" + " " + UNBALANCED_LISTED)
			.query((rs, n) -> new UnbalancedEntry(rs.getLong("id"), rs.getString("agency_code"),
					rs.getLong("source_event_id"), rs.getString("kind"), rs.getString("transfer_id"),
					Money.fen(rs.getBigDecimal("debits")), Money.fen(rs.getBigDecimal("credits")), rs.getInt("lines")))
			.list();
		long entries = this.jdbc.sql("select count(*) from fund.journal_entry").query(Long.class).single();
		BigDecimal funds = total.subtract(inTransit);
		boolean sumIsZero = total.signum() == 0;
		return new NetworkCheck(today(), agencies, totals, total, sumIsZero, funds, inTransit, split.get("within"),
				split.get("elsewhere"), entries, unbalanced, sumIsZero && everyAgencyBalances && unbalanced.isEmpty());
	}

	/** The agencies of this deployment (for choosing a counterpart), without the reader's own. */
	@Transactional(readOnly = true)
	public List<AgencyView> counterparts(CurrentUser reader) {
		String agency = readerAgency(reader);
		return this.registry.agencies()
			.stream()
			.filter(a -> !a.code().equals(agency))
			.sorted(java.util.Comparator.comparing(AgencyView::code))
			.toList();
	}

	/** The reader's agency; refuses (403) anyone but a supervisor or administrator of an agency. */
	private static String readerAgency(CurrentUser reader) {
		if (!reader.isStaff() || !reader.hasAnyRole(READERS)) {
			throw new AccessDeniedException("The fund ledger is for supervisors and administrators");
		}
		return reader.requireAgency();
	}

	/** The counterpart's code, checked: given, not the reader's agency, and known here. */
	private String counterpart(String agency, @Nullable String counterpart) {
		String code = counterpart == null ? "" : counterpart.strip();
		if (code.isEmpty()) {
			throw UserInputException.invalid("counterpart", "fund.counterpart.required");
		}
		if (code.equals(agency)) {
			throw UserInputException.invalid("counterpart", "fund.counterpart.same");
		}
		boolean known = this.registry.agencies().stream().anyMatch(a -> a.code().equals(code))
				|| this.jdbc.sql("select count(*) from fund.journal_entry where agency_code = ? and counterpart_code = ?")
					.params(agency, code)
					.query(Long.class)
					.single() > 0;
		if (!known) {
			throw UserInputException.invalid("counterpart", "fund.counterpart.unknown", code);
		}
		return code;
	}

	/** The agencies whose ledger is kept here, with the reader's own. */
	private Set<String> keptHere(String agency) {
		Set<String> kept = new HashSet<>(
				this.jdbc.sql("select agency_code from fund.ledger_agency").query(String.class).list());
		kept.add(agency);
		return kept;
	}

	private List<MoveRow> moves(String condition, String agency, @Nullable String other) {
		JdbcClient.StatementSpec statement = this.jdbc.sql(MOVES.formatted(condition)).param("agency", agency);
		if (other != null) {
			statement = statement.param("other", other);
		}
		return statement.query((rs, n) -> moveRow(rs)).list();
	}

	private static MoveRow moveRow(ResultSet rs) throws SQLException {
		return new MoveRow(rs.getString("transfer_id"), rs.getString("agency_code"), rs.getString("counterpart_code"),
				EntryKind.valueOf(rs.getString("kind")), rs.getInt("entries"), rs.getDate("first_on").toLocalDate(),
				rs.getDate("last_on").toLocalDate(), Money.fen(rs.getBigDecimal("pooled")),
				Money.fen(rs.getBigDecimal("account")), Money.fen(rs.getBigDecimal("moved")),
				Money.fen(rs.getBigDecimal("refund")));
	}

	/** Each transfer of the rows, reconciled as the agency sees it. */
	private static List<TransferReconciliation> transfers(String agency, List<MoveRow> rows, Set<String> kept) {
		Map<String, List<MoveRow>> byTransfer = new LinkedHashMap<>();
		rows.forEach(row -> byTransfer.computeIfAbsent(row.transferId(), id -> new ArrayList<>()).add(row));
		return byTransfer.values().stream().map(moves -> Reconciler.transfer(agency, moves, kept)).toList();
	}

	private static Map<FundAccount, BigDecimal> zeros() {
		Map<FundAccount, BigDecimal> balances = new EnumMap<>(FundAccount.class);
		for (FundAccount account : FundAccount.values()) {
			balances.put(account, Money.ZERO);
		}
		return balances;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
