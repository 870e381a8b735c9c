package org.jiexu.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jiexu.contribution.ContributionRecordView;
import org.jiexu.contribution.ContributionRecords;
import org.jiexu.document.PdfDocumentBuilder;
import org.jiexu.document.PdfTable;
import org.jiexu.exchange.Exchange;
import org.jiexu.exchange.MessageKind;
import org.jiexu.exchange.TransferInfoTable;
import org.jiexu.identity.CurrentUser;
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
 * 参保缴费凭证 ({@code ContributionCertificate}): the person's contributions at the sending agency, by year, issued
 * by that agency from its records as they stand. The transfer-out gives it at any time; the transfer-in once the
 * info table has arrived (the certificate travels with it).
 */
@Component
class ContributionCertificateDocument {

	/**
	 * One year of contributions at the sending agency.
	 *
	 * @param bases the sum of the monthly bases
	 * @param individualPart what the person paid
	 * @param accountCredit what was credited to the individual account
	 */
	record Year(int year, int months, BigDecimal bases, BigDecimal individualPart, BigDecimal accountCredit) {

		Year plus(ContributionRecordView month) {
			return new Year(this.year, this.months + 1, this.bases.add(month.base()),
					this.individualPart.add(month.individualPart()), this.accountCredit.add(month.accountCredit()));
		}

		static Year none(int year) {
			return new Year(year, 0, Money.ZERO, Money.ZERO, Money.ZERO);
		}

	}

	/** The certificate as a reader sees it; the ID number in full for registrars and the person. */
	record View(String transferId, String personName, String idNumber, LocalDate birthDate,
			InsuranceType insuranceType, AgencyView sending, @Nullable YearMonth firstMonth,
			@Nullable YearMonth lastMonth, List<Year> years, LocalDate issuedOn) {

		Year total() {
			Year total = Year.none(0);
			for (Year year : this.years) {
				total = new Year(0, total.months() + year.months(), total.bases().add(year.bases()),
						total.individualPart().add(year.individualPart()),
						total.accountCredit().add(year.accountCredit()));
			}
			return total;
		}

	}

	private final ContributionRecords records;

	private final RegistryManagement registry;

	private final MessageSource messages;

	private final Exchange exchange;

	private final CaseMessages caseMessages;

	private final InfoTableIssue infoTables;

	ContributionCertificateDocument(ContributionRecords records, RegistryManagement registry,
			MessageSource messages, Exchange exchange, CaseMessages caseMessages, InfoTableIssue infoTables) {
		this.exchange = exchange;
		this.caseMessages = caseMessages;
		this.infoTables = infoTables;
		this.records = records;
		this.registry = registry;
		this.messages = messages;
	}

	/** Refuses (409) on a transfer-in until the info table has arrived. */
	static void requireAvailable(TransferCase c) {
		if (c.side() == TransferSide.IN && c.infoReceivedOn() == null) {
			throw UserInputException.conflict(null, "transfer.document.certificate.notReceived");
		}
	}

	/**
	 * The months recorded at the sending agency: in this database, or, for a sending agency of another deployment,
	 * as its info table carried them (decision 28).
	 */
	private List<ContributionRecordView> held(TransferCase c) {
		if (this.exchange.servesLocally(c.sendingAgency())) {
			return this.records.recordsAt(c.personId(), c.sendingAgency());
		}
		return this.caseMessages.last(c, MessageKind.INFO_TABLE, TransferInfoTable.class)
			.map(dated -> this.infoTables.record(c, dated.message()).held())
			.orElse(List.of());
	}

	View view(CurrentUser user, TransferCase c, LocalDate today) {
		requireAvailable(c);
		List<ContributionRecordView> held = held(c);
		Map<Integer, Year> years = new TreeMap<>();
		for (ContributionRecordView month : held) {
			int year = month.month().getYear();
			years.put(year, years.getOrDefault(year, Year.none(year)).plus(month));
		}
		PersonReference person = this.registry.relationsOf(c.personId()).orElseThrow().person();
		return new View(c.transferId(), person.name(),
				user.seesFullIdentifiersOf(c.personId()) ? person.idNumber() : Masking.idNumber(person.idNumber()),
				person.birthDate(), c.insuranceType(), this.registry.agency(c.sendingAgency()),
				held.isEmpty() ? null : held.get(0).month(), held.isEmpty() ? null : held.get(held.size() - 1).month(),
				List.copyOf(years.values()), today);
	}

	byte[] pdf(View certificate, Locale locale) {
		DocumentWords words = new DocumentWords(this.messages, locale);
		Year total = certificate.total();
		PdfDocumentBuilder pdf = words.start("transfer.certificate.title", certificate.sending())
			.subtitle(words.text("transfer.certificate.issuer", words.agency(certificate.sending())))
			.meta(words.text("transfer.document.personName"), certificate.personName())
			.meta(words.text("transfer.document.idNumber"), certificate.idNumber())
			.meta(words.text("transfer.certificate.birthDate"), certificate.birthDate().toString())
			.meta(words.text("transfer.document.insuranceType"),
					words.text("transfer.insuranceType." + certificate.insuranceType()))
			.meta(words.text("transfer.certificate.agency"), words.agency(certificate.sending()))
			.meta(words.text("transfer.document.months"), certificate.firstMonth() == null
					? String.valueOf(total.months())
					: words.text("transfer.document.monthsFromTo", String.valueOf(total.months()),
							certificate.firstMonth().toString(), certificate.lastMonth().toString()))
			.meta(words.text("transfer.document.transferId"), certificate.transferId())
			.heading(words.text("transfer.certificate.byYear"));
		if (certificate.years().isEmpty()) {
			pdf.paragraph(words.text("transfer.document.noRecords"));
		}
		else {
			PdfTable table = PdfTable
				.withHeaders(words.text("transfer.document.year"), words.text("transfer.document.monthsOfYear"),
						words.text("transfer.document.bases"), words.text("transfer.certificate.individualPart"),
						words.text("transfer.certificate.accountCredit"))
				.widths(1, 1, 2, 2, 2)
				.alignRight(1, 2, 3, 4);
			for (Year year : certificate.years()) {
				table.row(row(String.valueOf(year.year()), year));
			}
			pdf.table(table.row(row(words.text("transfer.document.totalRow"), total)));
		}
		return pdf.note(words.text("transfer.certificate.note"))
			.signature(words.agencyName(certificate.sending()),
					words.text("transfer.certificate.issuedOn", certificate.issuedOn().toString()))
			.note(words.generated(certificate.issuedOn()))
			.build()
			.toBytes();
	}

	private static List<String> row(String label, Year year) {
		return List.of(label, String.valueOf(year.months()), DocumentWords.money(year.bases()),
				DocumentWords.money(year.individualPart()), DocumentWords.money(year.accountCredit()));
	}

}
