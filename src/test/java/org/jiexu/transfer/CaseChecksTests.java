package org.jiexu.transfer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.jiexu.policy.Gender;
import org.jiexu.registry.AgencyView;
import org.jiexu.registry.InsuranceRelationState;
import org.jiexu.registry.InsuranceRelationView;
import org.jiexu.registry.PersonReference;
import org.jiexu.registry.PersonRelations;
import org.jiexu.transfer.CaseCheck.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pension check of a transfer (国办发〔2009〕66号 第二条: a person already drawing a pension no longer transfers),
 * worked out from the relations the registry holds: a pension recorded at any agency fails the transfer-in and the
 * transfer-out, naming the agency, the month and the source; without one, reaching the retirement month only warns.
 */
class CaseChecksTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);

	private static final AgencyView XICHENG = new AgencyView("11010201", "110102", "北京市西城区",
			"北京市西城区社会保险事业管理中心", "Beijing Xicheng Social Insurance Agency");

	private static final AgencyView YINGCHENG = new AgencyView("42098101", "420981", "湖北省孝感市应城市", "应城市社会保险局",
			"Yingcheng Social Insurance Agency");

	private static final AgencyView JINTAI = new AgencyView("61030301", "610303", "陕西省宝鸡市金台区",
			"宝鸡市金台区社会保险经办中心", "Baoji Jintai Social Insurance Agency");

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private static InsuranceRelationView relation(AgencyView agency, InsuranceRelationState state) {
		return new InsuranceRelationView(agency, state, LocalDate.of(2012, 4, 1), null, null,
				state == InsuranceRelationState.DRAWING_PENSION ? YearMonth.of(2024, 5) : null);
	}

	/** A man from Beijing with the relations given, born in the year given. */
	private static PersonRelations person(int bornIn, InsuranceRelationView... relations) {
		return new PersonRelations(new PersonReference(7, "110102" + bornIn + "0101001X", "测试", Gender.MALE,
				LocalDate.of(bornIn, 1, 1), LocalDate.of(2020, 1, 1)), "110102", List.of(relations));
	}

	private static CaseCheck check(List<CaseCheck> checks, String code) {
		return checks.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
	}

	private static String read(CaseCheck check, Locale locale) {
		return MESSAGES.getMessage(check.messageKey(), check.arguments().toArray(), locale);
	}

	@Test
	void aTransferInOfAPersonDrawingAPensionAtAnyAgencyFailsNamingTheAgencyTheMonthAndTheSource() {
		PersonRelations drawing = person(1990, relation(XICHENG, InsuranceRelationState.ACTIVE),
				relation(YINGCHENG, InsuranceRelationState.SUSPENDED),
				relation(JINTAI, InsuranceRelationState.DRAWING_PENSION));

		List<CaseCheck> checks = CaseChecks.transferIn(drawing, XICHENG, YINGCHENG, true, TransferCategory.ORDINARY, TODAY);

		CaseCheck pension = check(checks, "NOT_DRAWING_PENSION");
		assertThat(pension.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(CaseChecks.blocking(checks)).isTrue();
		assertThat(read(pension, Locale.SIMPLIFIED_CHINESE)).contains("宝鸡市金台区社会保险经办中心", "2024-05",
				"国办发〔2009〕66号 第二条");
		assertThat(read(pension, Locale.ENGLISH)).contains("Baoji Jintai Social Insurance Agency", "2024-05",
				"66号 Art. 2")
			.doesNotContain("宝鸡");
	}

	@Test
	void aPensionDrawnAtTheSendingAgencyAlsoEndsItsRelationAsSomethingThatCannotBeTransferred() {
		PersonRelations drawing = person(1990, relation(XICHENG, InsuranceRelationState.ACTIVE),
				relation(YINGCHENG, InsuranceRelationState.DRAWING_PENSION));

		List<CaseCheck> checks = CaseChecks.transferIn(drawing, XICHENG, YINGCHENG, true, TransferCategory.ORDINARY, TODAY);

		assertThat(check(checks, "RELATION_THERE").outcome()).isEqualTo(Outcome.FAIL);
		assertThat(read(check(checks, "RELATION_THERE"), Locale.SIMPLIFIED_CHINESE)).contains("领取养老待遇");
		assertThat(read(check(checks, "RELATION_THERE"), Locale.ENGLISH)).contains("Drawing a pension");
		assertThat(read(check(checks, "NOT_DRAWING_PENSION"), Locale.SIMPLIFIED_CHINESE)).contains("应城市社会保险局",
				"2024-05");
	}

	@Test
	void withoutARecordedPensionReachingTheRetirementMonthOnlyWarns() {
		PersonRelations retired = person(1960, relation(XICHENG, InsuranceRelationState.ACTIVE),
				relation(YINGCHENG, InsuranceRelationState.SUSPENDED));
		PersonRelations young = person(1990, relation(XICHENG, InsuranceRelationState.ACTIVE),
				relation(YINGCHENG, InsuranceRelationState.SUSPENDED));

		List<CaseCheck> checks = CaseChecks.transferIn(retired, XICHENG, YINGCHENG, true, TransferCategory.ORDINARY, TODAY);
		assertThat(check(checks, "NOT_DRAWING_PENSION").outcome()).isEqualTo(Outcome.WARN);
		assertThat(check(checks, "NOT_DRAWING_PENSION").messageKey()).isEqualTo("transfer.check.retirement.warn");
		assertThat(read(check(checks, "NOT_DRAWING_PENSION"), Locale.SIMPLIFIED_CHINESE)).contains("66号 第二条");
		assertThat(CaseChecks.blocking(checks)).isFalse();

		assertThat(check(CaseChecks.transferIn(young, XICHENG, YINGCHENG, true, TransferCategory.ORDINARY, TODAY),
				"NOT_DRAWING_PENSION").outcome()).isEqualTo(Outcome.PASS);
	}

	@Test
	void aSendingAgencyServedByAnotherDeploymentChecksTheRelationThereItselfWhileAMissingLocalOneFails() {
		PersonRelations moved = person(1990, relation(XICHENG, InsuranceRelationState.ACTIVE));

		CaseCheck remote = check(CaseChecks.transferIn(moved, XICHENG, YINGCHENG, false, TransferCategory.ORDINARY, TODAY),
				"RELATION_THERE");
		CaseCheck local = check(CaseChecks.transferIn(moved, XICHENG, YINGCHENG, true, TransferCategory.ORDINARY, TODAY),
				"RELATION_THERE");

		assertThat(remote.outcome()).isEqualTo(Outcome.WARN);
		assertThat(read(remote, Locale.SIMPLIFIED_CHINESE)).contains("应城市社会保险局由另一套系统经办");
		assertThat(read(remote, Locale.ENGLISH)).contains("Yingcheng Social Insurance Agency is served by another",
				"person's relation");
		assertThat(local.outcome()).isEqualTo(Outcome.FAIL);
	}

	@Test
	void aTransferOutOfARelationDrawingAPensionHereFailsSayingSoRatherThanEnded() {
		PersonRelations drawing = person(1960, relation(XICHENG, InsuranceRelationState.ACTIVE),
				relation(YINGCHENG, InsuranceRelationState.DRAWING_PENSION));

		List<CaseCheck> checks = CaseChecks.transferOut(drawing, YINGCHENG, 0);

		CaseCheck here = check(checks, "RELATION_HERE");
		assertThat(here.outcome()).isEqualTo(Outcome.FAIL);
		assertThat(here.messageKey()).isEqualTo("transfer.check.relationKept.drawing");
		assertThat(read(here, Locale.SIMPLIFIED_CHINESE)).contains("2024-05", "领取基本养老保险待遇", "66号 第二条")
			.doesNotContain("已终止");
		assertThat(read(here, Locale.ENGLISH)).contains("2024-05", "66号 Art. 2");
		assertThat(CaseChecks.blocking(checks)).isTrue();
	}

	@Test
	void aTransferOutFailsWhenThePersonDrawsAPensionAtAnotherAgency() {
		PersonRelations drawingElsewhere = person(1960, relation(YINGCHENG, InsuranceRelationState.SUSPENDED),
				relation(JINTAI, InsuranceRelationState.DRAWING_PENSION));
		PersonRelations notDrawing = person(1960, relation(XICHENG, InsuranceRelationState.ACTIVE),
				relation(YINGCHENG, InsuranceRelationState.SUSPENDED));

		List<CaseCheck> checks = CaseChecks.transferOut(drawingElsewhere, YINGCHENG, 0);
		assertThat(check(checks, "RELATION_HERE").outcome()).isEqualTo(Outcome.PASS);
		assertThat(check(checks, "NOT_DRAWING_PENSION").outcome()).isEqualTo(Outcome.FAIL);
		assertThat(read(check(checks, "NOT_DRAWING_PENSION"), Locale.SIMPLIFIED_CHINESE))
			.contains("宝鸡市金台区社会保险经办中心");
		assertThat(CaseChecks.blocking(checks)).isTrue();

		assertThat(CaseChecks.transferOut(notDrawing, YINGCHENG, 0)).extracting(CaseCheck::code)
			.containsExactly("RELATION_HERE", "OVERLAP");
	}

}
