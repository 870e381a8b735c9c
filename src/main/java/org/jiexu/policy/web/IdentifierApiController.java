package org.jiexu.policy.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.jiexu.policy.CreditCode;
import org.jiexu.policy.IdNumber;
import org.jiexu.policy.Region;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Public checks of identity numbers (GB 11643) and credit codes (GB 32100). No login. */
@RestController
@RequestMapping("/api/v1/policy")
@Tag(name = "Policy calculators (政策计算器)", description = "Public, no login. Every answer names the rule and its source.")
class IdentifierApiController {

	private final MessageSource messages;

	IdentifierApiController(MessageSource messages) {
		this.messages = messages;
	}

	@Schema(description = "Whether an identity number is valid (GB 11643-1999) and what it says")
	record IdNumberCheck(@Schema(example = "true") boolean valid,
			@Schema(description = "Why it is invalid, in the Accept-Language language; absent when valid") @Nullable String reason,
			@Schema(example = "1949-12-31") @Nullable LocalDate birthDate,
			@Schema(example = "FEMALE", allowableValues = { "MALE", "FEMALE" }) @Nullable String gender,
			@Schema(example = "110105") @Nullable String regionCode,
			@Schema(example = "北京市朝阳区") @Nullable String regionName,
			@Schema(example = "GB 11643-1999《公民身份号码》") String source) {
	}

	@Schema(description = "Whether a unified social credit code is valid (GB 32100-2015)")
	record CreditCodeCheck(@Schema(example = "true") boolean valid,
			@Schema(description = "Why it is invalid, in the Accept-Language language; absent when valid") @Nullable String reason,
			@Schema(example = "GB 32100-2015《法人和其他组织统一社会信用代码编码规则》") String source) {
	}

	@GetMapping("/id-numbers/{idNumber}")
	@Operation(summary = "Check a resident identity number: check character, region, birth date, gender",
			description = "An invalid number is an answer, not an error: valid=false with the reason.")
	IdNumberCheck idNumber(@Parameter(example = "11010519491231002X") @PathVariable String idNumber) {
		Optional<UserInputException> problem = IdNumber.problem(idNumber);
		if (problem.isPresent()) {
			return new IdNumberCheck(false, reason(problem.get()), null, null, null, null, IdNumber.SOURCE);
		}
		IdNumber number = IdNumber.of(idNumber);
		return new IdNumberCheck(true, null, number.birthDate(), number.gender().name(), number.regionCode(),
				number.region().map(Region::fullName).orElse(null), IdNumber.SOURCE);
	}

	@GetMapping("/credit-codes/{code}")
	@Operation(summary = "Check a unified social credit code: characters, region part and check character",
			description = "An invalid code is an answer, not an error: valid=false with the reason.")
	CreditCodeCheck creditCode(@Parameter(example = "91350100M000100Y43") @PathVariable String code) {
		Optional<UserInputException> problem = CreditCode.problem(code);
		return new CreditCodeCheck(problem.isEmpty(), problem.map(this::reason).orElse(null), CreditCode.SOURCE);
	}

	private String reason(UserInputException refusal) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.messages.getMessage(refusal.messageKey(), refusal.arguments(), locale);
	}

}
