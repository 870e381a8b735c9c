package org.jiexu.contribution.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jiexu.account.AccountYearView;
import org.jiexu.account.IndividualAccountView;
import org.jiexu.contribution.ContributionGap;
import org.jiexu.contribution.ContributionYearSummary;
import org.jiexu.contribution.MinimumContributionStatus;
import org.jiexu.contribution.RightsStatementView;
import org.jiexu.document.OfficialDocument;
import org.jiexu.document.PdfDocumentBuilder;
import org.jiexu.document.PdfTable;
import org.jiexu.shared.Money;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The rights statement as an A4 PDF with the embedded CJK font, in the reader's language. */
@Component
class RightsStatementPdf {

	private final MessageSource messages;

	RightsStatementPdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(RightsStatementView statement, Locale locale) {
		MinimumContributionStatus minimum = statement.contributions().minimum();
		PdfDocumentBuilder pdf = OfficialDocument.titled(text(locale, "contribution.statement.title"))
			.language(locale)
			.subtitle(text(locale, "contribution.statement.asOf", statement.asOf()))
			.meta(text(locale, "registry.person.name"), statement.person().name())
			.meta(text(locale, "registry.person.idNumber"), statement.person().idNumber())
			.meta(text(locale, "registry.person.birthDate"), statement.person().birthDate().toString())
			.meta(text(locale, "contribution.statement.months"), String.valueOf(statement.monthsContributed()))
			.meta(text(locale, "contribution.statement.balance"), Money.text(statement.accounts().totalBalance()))
			.footer((page, pages) -> text(locale, "contribution.statement.footer", String.valueOf(page),
					String.valueOf(pages)));
		pdf.heading(text(locale, "contribution.panel.title"))
			.paragraph(text(locale, "contribution.panel.minimum", minimum.monthsContributed(), minimum.monthsRequired(),
					minimum.retirementMonth()));
		if (!minimum.met()) {
			pdf.paragraph(text(locale, "contribution.panel.stillNeeded", minimum.monthsStillNeeded(),
					minimum.monthsUntilRetirement()));
		}
		pdf.note(text(locale, "contribution.panel.categoryAssumed",
				text(locale, "policy.retirementCategory." + minimum.category())));
		pdf.heading(text(locale, "contribution.panel.byYear")).table(years(statement, locale));
		pdf.heading(text(locale, "contribution.panel.gaps"));
		if (statement.contributions().gaps().isEmpty()) {
			pdf.paragraph(text(locale, "contribution.panel.noGaps"));
		}
		else {
			PdfTable gaps = PdfTable.withHeaders(text(locale, "policy.figure.firstMonth"),
					text(locale, "policy.figure.lastMonth"), text(locale, "contribution.panel.months"))
				.alignRight(2);
			for (ContributionGap gap : statement.contributions().gaps()) {
				gaps.row(gap.from().toString(), gap.to().toString(), String.valueOf(gap.months()));
			}
			pdf.table(gaps);
		}
		for (IndividualAccountView account : statement.accounts().accounts()) {
			pdf.heading(text(locale, "account.panel.title") + " · " + account.agency().name(locale))
				.table(accountYears(account, locale));
		}
		return pdf.note(text(locale, "contribution.statement.note")).build().toBytes();
	}

	private PdfTable years(RightsStatementView statement, Locale locale) {
		PdfTable table = PdfTable
			.withHeaders(text(locale, "contribution.panel.year"), text(locale, "contribution.panel.agency"),
					text(locale, "contribution.panel.months"), text(locale, "contribution.panel.paid"),
					text(locale, "contribution.panel.accountCredit"))
			.widths(1, 3, 1, 2, 2)
			.alignRight(2, 3, 4);
		List<List<String>> rows = new ArrayList<>();
		for (ContributionYearSummary year : statement.contributions().years()) {
			rows.add(List.of(String.valueOf(year.year()), year.regionName(), String.valueOf(year.months()),
					Money.text(year.paid()), Money.text(year.accountCredit())));
		}
		return table.rows(rows);
	}

	private PdfTable accountYears(IndividualAccountView account, Locale locale) {
		PdfTable table = PdfTable
			.withHeaders(text(locale, "account.panel.year"), text(locale, "account.panel.opening"),
					text(locale, "account.panel.contributions"), text(locale, "account.panel.other"),
					text(locale, "account.panel.interest"), text(locale, "account.panel.closing"))
			.alignRight(1, 2, 3, 4, 5);
		for (AccountYearView year : account.years()) {
			table.row(String.valueOf(year.year()), money(year.opening()), money(year.contributions()),
					money(year.otherMovements()),
					year.interestPosted() ? money(year.interest()) : text(locale, "account.panel.notPosted"),
					money(year.closing()));
		}
		return table;
	}

	private static String money(BigDecimal amount) {
		return Money.text(amount);
	}

	private String text(Locale locale, String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
