package org.jiexu.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.jiexu.document.PdfDocumentBuilder;
import org.jiexu.document.PdfTable;
import org.jiexu.exchange.Exchange;
import org.jiexu.exchange.MessageKind;
import org.jiexu.exchange.TransferInfoTable;
import org.jiexu.identity.CurrentUser;
import org.jiexu.policy.TransferYear;
import org.jiexu.registry.AgencyView;
import org.jiexu.registry.PersonReference;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.shared.Masking;
import org.jiexu.shared.Money;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 基本养老保险关系转移接续信息表: the sending agency's statement of the person's record there and the amounts it
 * moved. The header (issued when, by whom, the months) is the {@link TransferInfoTable} message as issued; the
 * amounts are the case's (those issued, or received); the years are worked out again from the records at the
 * sending agency by the same code that issued them ({@link InfoTableIssue}), so they add up to the pooled fund
 * issued, and the document says so if the records have changed since.
 */
@Component
class InfoTableDocument {

	/**
	 * One year of the record at the sending agency.
	 *
	 * @param bases the sum of the year's monthly bases
	 * @param pooled 12% of them from 1998 (zero before): the pooled fund moved for the year
	 */
	record Year(int year, int months, BigDecimal bases, BigDecimal pooled) {
	}

	/**
	 * The info table as a reader sees it.
	 *
	 * @param temporaryEmployer the employer part of a temporary account with its interest, counted in the pooled
	 * fund
	 * @param recomputedPooledFund the pooled fund the records held now give, when it differs from the one issued
	 */
	record View(String transferId, LocalDate issuedOn, String steward, String personName, String idNumber,
			InsuranceType insuranceType, AgencyView sending, AgencyView receiving, int months,
			@Nullable YearMonth firstMonth, @Nullable YearMonth lastMonth, List<Year> years,
			BigDecimal temporaryEmployer, BigDecimal pooledFund, BigDecimal individualAccount,
			@Nullable BigDecimal recomputedPooledFund) {

		int yearsMonths() {
			return this.years.stream().mapToInt(Year::months).sum();
		}

		BigDecimal yearsBases() {
			return this.years.stream().map(Year::bases).reduce(Money.ZERO, BigDecimal::add);
		}

		BigDecimal yearsPooled() {
			return this.years.stream().map(Year::pooled).reduce(Money.ZERO, BigDecimal::add);
		}

	}

	private final CaseMessages caseMessages;

	private final InfoTableIssue infoTables;

	private final RegistryManagement registry;

	private final MessageSource messages;

	private final Exchange exchange;

	InfoTableDocument(CaseMessages caseMessages, InfoTableIssue infoTables, RegistryManagement registry,
			MessageSource messages, Exchange exchange) {
		this.exchange = exchange;
		this.caseMessages = caseMessages;
		this.infoTables = infoTables;
		this.registry = registry;
		this.messages = messages;
	}

	/** Refuses (409) unless the transfer-out has issued the info table or the transfer-in has received it. */
	static void requireAvailable(TransferCase c) {
		if (c.side() == TransferSide.OUT && (c.pooledFund() == null || c.individualAccount() == null)) {
			throw UserInputException.conflict(null, "transfer.document.infoTable.notIssued");
		}
		if (c.side() == TransferSide.IN && (c.infoReceivedOn() == null || c.pooledFund() == null
				|| c.individualAccount() == null)) {
			throw UserInputException.conflict(null, "transfer.document.infoTable.notReceived");
		}
	}

	View view(CurrentUser user, TransferCase c) {
		requireAvailable(c);
		CaseMessages.Dated<TransferInfoTable> dated = this.caseMessages
			.last(c, MessageKind.INFO_TABLE, TransferInfoTable.class)
			.orElseThrow(() -> UserInputException.conflict(null, "transfer.document.infoTable.notReceived"));
		TransferInfoTable issued = dated.message();
		InfoTableIssue.Record record = this.exchange.servesLocally(c.sendingAgency()) ? this.infoTables.record(c)
				: this.infoTables.record(c, issued);
		List<Year> years = record.years()
			.stream()
			.filter(y -> y.months() + y.temporary().months() > 0)
			.map(InfoTableDocument::year)
			.toList();
		BigDecimal yearsPooled = years.stream().map(Year::pooled).reduce(Money.ZERO, BigDecimal::add);
		BigDecimal pooledFund = c.pooledFund();
		PersonReference person = this.registry.relationsOf(c.personId()).orElseThrow().person();
		return new View(c.transferId(), dated.sentOn(), issued.steward(), person.name(),
				user.seesFullIdentifiersOf(c.personId()) ? person.idNumber() : Masking.idNumber(person.idNumber()),
				c.insuranceType(), this.registry.agency(c.sendingAgency()), this.registry.agency(c.receivingAgency()),
				issued.months(), issued.firstMonth(), issued.lastMonth(), years,
				record.pooledFund().subtract(yearsPooled), pooledFund, c.individualAccount(),
				record.pooledFund().compareTo(pooledFund) == 0 && record.months() == issued.months() ? null
						: record.pooledFund());
	}

	byte[] pdf(View table, LocalDate today, Locale locale) {
		DocumentWords words = new DocumentWords(this.messages, locale);
		PdfDocumentBuilder pdf = words.start("transfer.infoTable.title", table.sending())
			.subtitle(words.text("transfer.infoTable.issuer", words.agency(table.sending())))
			.meta(words.text("transfer.document.transferId"), table.transferId())
			.meta(words.text("transfer.document.personName"), table.personName())
			.meta(words.text("transfer.document.idNumber"), table.idNumber())
			.meta(words.text("transfer.document.insuranceType"),
					words.text("transfer.insuranceType." + table.insuranceType()))
			.meta(words.text("transfer.document.sendingAgency"), words.agency(table.sending()))
			.meta(words.text("transfer.document.receivingAgency"), words.agency(table.receiving()))
			.meta(words.text("transfer.document.months"), table.firstMonth() == null
					? String.valueOf(table.months())
					: words.text("transfer.document.monthsFromTo", String.valueOf(table.months()), table.firstMonth().toString(),
							table.lastMonth().toString()))
			.heading(words.text("transfer.infoTable.byYear"));
		if (table.years().isEmpty()) {
			pdf.paragraph(words.text("transfer.document.noRecords"));
		}
		else {
			pdf.table(years(table, words));
		}
		if (table.temporaryEmployer().signum() != 0) {
			pdf.paragraph(words.text("transfer.infoTable.temporaryEmployer",
					DocumentWords.money(table.temporaryEmployer())));
		}
		pdf.heading(words.text("transfer.infoTable.amounts"))
			.meta(words.text("transfer.infoTable.pooledFund"), DocumentWords.money(table.pooledFund()))
			.meta(words.text("transfer.infoTable.individualAccount"), DocumentWords.money(table.individualAccount()))
			.meta(words.text("transfer.infoTable.total"),
					DocumentWords.money(table.pooledFund().add(table.individualAccount())))
			.note(words.text("transfer.infoTable.basis"));
		if (table.recomputedPooledFund() != null) {
			pdf.note(words.text("transfer.infoTable.recordsChanged", DocumentWords.money(table.recomputedPooledFund()),
					DocumentWords.money(table.pooledFund())));
		}
		return pdf
			.signature(words.agencyName(table.sending()),
					words.text("transfer.infoTable.steward", table.steward()),
					words.text("transfer.infoTable.issuedOn", table.issuedOn().toString()))
			.note(words.generated(today))
			.build()
			.toBytes();
	}

	private static PdfTable years(View table, DocumentWords words) {
		PdfTable pdf = PdfTable
			.withHeaders(words.text("transfer.document.year"), words.text("transfer.document.monthsOfYear"),
					words.text("transfer.document.bases"), words.text("transfer.infoTable.pooledOfYear"))
			.widths(1, 1, 2, 2)
			.alignRight(1, 2, 3);
		for (Year year : table.years()) {
			pdf.row(String.valueOf(year.year()), String.valueOf(year.months()), DocumentWords.money(year.bases()),
					DocumentWords.money(year.pooled()));
		}
		return pdf.row(words.text("transfer.document.totalRow"), String.valueOf(table.yearsMonths()),
				DocumentWords.money(table.yearsBases()), DocumentWords.money(table.yearsPooled()));
	}

	private static Year year(TransferYear year) {
		return new Year(year.year(), year.months() + year.temporary().months(),
				year.bases().add(year.temporary().bases()), year.pooled());
	}

}
