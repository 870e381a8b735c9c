package org.jiexu.transfer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jiexu.exchange.Exchange;
import org.jiexu.exchange.PostalLetterView;
import org.jiexu.exchange.PostalLetters;
import org.jiexu.identity.CurrentUser;
import org.jiexu.registry.AgencyView;
import org.jiexu.registry.PersonReference;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case ledger (台账): the agency's cases a filter selects, one row per case with the fields of
 * {@link LedgerColumn}, in the order asked for, for staff of the agency. Read set-wise: one statement for the cases,
 * one for their history, one for their open problems, and the persons and message counts in chunks, all in one
 * snapshot; at most
 * {@value #MAX_ROWS} cases, more is refused with a request to narrow the filter.
 */
@Service
public class CaseLedger {

	/** The most cases one export holds. */
	public static final int MAX_ROWS = 10_000;

	private final CaseStore store;

	private final RegistryManagement registry;

	private final Exchange exchange;

	private final MessageSource messages;

	private final ProblemStore problems;

	private final Clock clock;

	private final PostalLetters postal;

	CaseLedger(CaseStore store, RegistryManagement registry, Exchange exchange, MessageSource messages,
			ProblemStore problems, Clock clock, PostalLetters postal) {
		this.postal = postal;
		this.problems = problems;
		this.store = store;
		this.registry = registry;
		this.exchange = exchange;
		this.messages = messages;
		this.clock = clock;
	}

	/** The ledger of the staff member's agency; refuses (403) anyone else, (400) more than {@value #MAX_ROWS} cases. */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public LedgerExport export(CurrentUser user, CaseFilter filter, CaseSort sort, Locale locale) {
		String agency = user.requireAgency();
		LocalDate today = LocalDate.now(this.clock);
		List<TransferCase> cases = this.store.list(agency, filter, sort, today, MAX_ROWS + 1);
		if (cases.size() > MAX_ROWS) {
			throw UserInputException.invalid(null, "transfer.ledger.tooMany", MAX_ROWS);
		}
		Map<Long, List<CaseEventView>> histories = this.store.histories(agency, filter, today);
		Map<Long, PersonReference> persons = this.registry
			.personReferences(cases.stream().map(TransferCase::personId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(PersonReference::id, Function.identity()));
		Map<String, Integer> exchanged = this.exchange.messageCounts(agency,
				cases.stream().map(TransferCase::transferId).toList());
		Map<Long, Integer> openProblems = this.problems.openCounts(agency, filter, today);
		Map<String, PostalLetterView> mailing = this.postal.latestOf(agency,
				cases.stream().map(TransferCase::transferId).toList());
		LedgerLabels labels = new LedgerLabels(this.messages, locale);
		AgencyView here = this.registry.agency(agency);
		List<List<@Nullable Object>> rows = cases.stream()
			.map(c -> LedgerColumn.row(new LedgerLine(c, persons.get(c.personId()), here,
					this.registry.agency(c.counterpartCode()),
					CaseHistory.of(histories.getOrDefault(c.id(), List.of())),
					exchanged.getOrDefault(c.transferId(), 0), openProblems.getOrDefault(c.id(), 0), today,
					this.clock.getZone(), mailing.get(c.transferId())), labels))
			.toList();
		return new LedgerExport(labels.of("transfer.ledger.sheet"), LedgerColumn.headers(labels), rows);
	}

	/**
	 * The mailing progress (邮寄进度) of the agency's cases that sent postal letters, by transfer id, as the ledger
	 * shows it (staff of the agency).
	 */
	@Transactional(readOnly = true)
	public Map<String, String> mailingProgress(CurrentUser user, List<String> transferIds, Locale locale) {
		String agency = user.requireAgency();
		LedgerLabels labels = new LedgerLabels(this.messages, locale);
		return this.postal.latestOf(agency, transferIds)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> LedgerLine.mailing(e.getValue(), labels)));
	}

}
