package org.jiexu.policy.web;

import org.jiexu.shared.TextInput;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jiexu.policy.BenefitPlace;
import org.jiexu.policy.BenefitPlaceDecision;
import org.jiexu.policy.BenefitSegment;
import org.jiexu.policy.Gender;
import org.jiexu.policy.ProvinceMonths;
import org.jiexu.policy.Region;
import org.jiexu.policy.Regions;
import org.jiexu.policy.TemporaryAccountDecision;
import org.jiexu.policy.TemporaryAccountExemption;
import org.jiexu.policy.TemporaryAccountRule;
import org.jiexu.shared.InputCheck;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Public calculators of where a transfer leads: the benefit place (66号 第六条) and whether a move opens a
 * temporary account (66号 第五条). No login.
 */
@RestController
@RequestMapping("/api/v1/calculations")
@Tag(name = "Policy calculators (政策计算器)")
class TransferPlaceApiController {

	static final String BENEFIT_PLACE_EXAMPLE = """
			{"hukouProvince": "42", "relationProvince": "11",
			 "segments": [{"province": "11", "months": 130, "temporary": false, "end": "2026-10"}]}""";

	static final String TEMPORARY_ACCOUNT_EXAMPLE = """
			{"gender": "MALE", "birthDate": "1975-03-15", "moveDate": "2025-03-15", "hukouProvince": "42",
			 "newProvince": "11", "exemption": "NONE", "firstEnrolment": false}""";

	private final MessageSource messages;

	TransferPlaceApiController(MessageSource messages) {
		this.messages = messages;
	}

	@Schema(description = "A stint in one province. Numbers may be JSON numbers or text.")
	record StintInput(@Schema(example = "11", description = "2-digit province code") @Nullable String province,
			@Schema(example = "130", description = "Months, deemed months included (1 to 1200)")
			@Nullable String months,
			@Schema(example = "false", description = "Paid into a temporary account") @Nullable String temporary,
			@Schema(example = "2026-10", description = "Last month of the stint, YYYY-MM") @Nullable String end) {
	}

	@Schema(description = "A history of stints by province")
	record BenefitPlaceRequest(
			@Schema(example = "42", description = "Hukou province, 2 digits")
			@Nullable String hukouProvince,
			@Schema(example = "11", description = "Province holding the relation now, 2 digits")
			@Nullable String relationProvince,
			@Nullable List<StintInput> segments) {
	}

	@Schema(description = "The clause of 第六条 that decided")
	record RuleView(@Schema(example = "ART6_2") String clause,
			@Schema(example = "基本养老保险关系不在户籍所在地,而在其基本养老保险关系所在地累计缴费年限满10年的,在该地办理待遇领取手续,享受当地基本养老保险待遇。") String text,
			@Schema(description = "The clause applied, in the request language") String explanation) {
	}

	@Schema(description = "Months counted in one province")
	record ProvinceView(@Schema(example = "11") String province, @Schema(example = "北京市") String name,
			@Schema(example = "130", description = "Months outside temporary accounts") int months,
			@Schema(example = "0") int temporaryMonths) {
	}

	@Schema(description = "Where the pension is paid")
	record BenefitPlaceResponse(@Schema(example = "11") String province, @Schema(example = "北京市") String provinceName,
			RuleView rule, List<ProvinceView> provinces, List<FigureView> figures, List<SourceView> sources) {
	}

	@Schema(description = "A move (or first enrolment) to a new province")
	record TemporaryAccountRequest(
			@Schema(example = "MALE", allowableValues = { "MALE", "FEMALE" })
			@Nullable String gender,
			@Schema(example = "1975-03-15") @Nullable String birthDate,
			@Schema(example = "2025-03-15", description = "Date of the new enrolment or move")
			@Nullable String moveDate,
			@Schema(example = "42")
			@Nullable String hukouProvince, @Schema(example = "11") @Nullable String newProvince,
			@Schema(example = "NONE", allowableValues = { "NONE", "MILITARY_SPOUSE", "APPROVED_JOB_TRANSFER" },
					description = "Empty for NONE") @Nullable String exemption,
			@Schema(example = "false", description = "First-ever enrolment (5号规 三); empty for false")
			@Nullable String firstEnrolment) {
	}

	@Schema(description = "Whether the new place opens a temporary contribution account")
	record TemporaryAccountResponse(@Schema(example = "true") boolean temporary,
			@Schema(example = "AGE_REACHED") String reasonCode,
			@Schema(description = "Why, in the request language") String reason, @Schema(example = "50") int ageAtMove,
			@Schema(example = "50") int ageThreshold, List<FigureView> figures, List<SourceView> sources) {
	}

	@PostMapping("/benefit-place")
	@Operation(summary = "Benefit place (待遇领取地) by 66号 第六条",
			description = """
					The hukou province if the relation is there; else the relation province with 10 years (120 months); \
					else the last earlier province with 10 years; else the hukou province. Months include deemed months \
					(第十二条); months in temporary accounts never count (2025 MOHRSS clarification).""")
	BenefitPlaceResponse benefitPlace(@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(examples = @ExampleObject(name = "Ten years in Beijing", value = BENEFIT_PLACE_EXAMPLE)))
			@RequestBody BenefitPlaceRequest request) {
		BenefitPlaceDecision decision = decide(request);
		Locale locale = LocaleContextHolder.getLocale();
		RuleView rule = new RuleView(decision.clause().name(), decision.clause().text(),
				this.messages.getMessage(decision.clause().messageKey(), null, locale));
		List<ProvinceView> provinces = decision.provinces().stream().map(this::province).toList();
		return new BenefitPlaceResponse(decision.province(), name(decision.province()), rule, provinces,
				FigureView.of(decision.explanation()), SourceView.of(decision.explanation()));
	}

	@PostMapping("/temporary-account")
	@Operation(summary = "Does a move open a temporary contribution account? (66号 第五条)",
			description = """
					Men from their 50th birthday and women from their 40th moving to (or first enrolling in) a province \
					other than the hukou province get a temporary account, unless a military spouse (后联〔2011〕3号) or an \
					approved job transfer; a return to the hukou province never does.""")
	TemporaryAccountResponse temporaryAccount(@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(examples = @ExampleObject(name = "A man moving on his 50th birthday",
					value = TEMPORARY_ACCOUNT_EXAMPLE)))
			@RequestBody TemporaryAccountRequest request) {
		InputCheck refusals = new InputCheck();
		Gender gender = refusals.value(() -> TextInput.choice("gender", request.gender(), Gender.class));
		LocalDate birth = refusals.value(() -> TextInput.date("birthDate", request.birthDate()));
		LocalDate move = refusals.value(() -> TextInput.date("moveDate", request.moveDate()));
		String hukou = refusals.value(() -> TextInput.required("hukouProvince", request.hukouProvince()));
		String target = refusals.value(() -> TextInput.required("newProvince", request.newProvince()));
		TemporaryAccountExemption exemption = TextInput.present(request.exemption())
				? refusals.value(() -> TextInput.choice("exemption", request.exemption(), TemporaryAccountExemption.class))
				: TemporaryAccountExemption.NONE;
		Boolean first = refusals.value(() -> TextInput.bool("firstEnrolment", request.firstEnrolment(), false));
		refusals.throwIfRefused();
		TemporaryAccountDecision decision = TemporaryAccountRule.decide(gender, birth, move, hukou, target, exemption,
				first);
		String reason = this.messages.getMessage(decision.reason().messageKey(),
				new Object[] { String.valueOf(decision.ageAtMove()), String.valueOf(decision.ageThreshold()) },
				LocaleContextHolder.getLocale());
		return new TemporaryAccountResponse(decision.temporary(), decision.reason().name(), reason, decision.ageAtMove(),
				decision.ageThreshold(), FigureView.of(decision.explanation()),
				SourceView.of(decision.explanation()));
	}

	/** The benefit place of a request, every bad field refused at once. */
	static BenefitPlaceDecision decide(BenefitPlaceRequest request) {
		InputCheck refusals = new InputCheck();
		String hukou = refusals.value(() -> TextInput.required("hukouProvince", request.hukouProvince()));
		String relation = refusals.value(() -> TextInput.required("relationProvince", request.relationProvince()));
		List<BenefitSegment> segments = refusals.value(() -> stints(request.segments()));
		refusals.throwIfRefused();
		return BenefitPlace.decide(hukou, relation, segments);
	}

	private static List<BenefitSegment> stints(@Nullable List<StintInput> inputs) {
		List<StintInput> stints = inputs == null ? List.of() : inputs;
		if (stints.size() > BenefitPlace.MAX_SEGMENTS) {
			throw UserInputException.invalid("segments", "policy.transfer.tooManySegments", String.valueOf(stints.size()),
					String.valueOf(BenefitPlace.MAX_SEGMENTS));
		}
		InputCheck refusals = new InputCheck();
		List<BenefitSegment> segments = new ArrayList<>();
		for (int i = 0; i < stints.size(); i++) {
			String prefix = "segments[" + i + "].";
			StintInput stint = stints.get(i);
			if (stint == null) {
				refusals.refuse(UserInputException.invalid("segments[" + i + "]", "policy.input.required"));
				continue;
			}
			String province = refusals.value(() -> TextInput.required(prefix + "province", stint.province()));
			Integer months = refusals
				.value(() -> TextInput.integer(prefix + "months", stint.months(), 1, BenefitPlace.MAX_MONTHS));
			Boolean temporary = refusals.value(() -> TextInput.bool(prefix + "temporary", stint.temporary(), false));
			YearMonth end = refusals.value(() -> TextInput.yearMonth(prefix + "end", stint.end()));
			if (province != null && months != null && temporary != null && end != null) {
				segments.add(new BenefitSegment(province, months, temporary, end));
			}
		}
		refusals.throwIfRefused();
		return segments;
	}

	private ProvinceView province(ProvinceMonths months) {
		return new ProvinceView(months.province(), name(months.province()), months.months(), months.temporaryMonths());
	}

	private static String name(String province) {
		return Regions.standard().find(province).map(Region::fullName).orElse(province);
	}

}
