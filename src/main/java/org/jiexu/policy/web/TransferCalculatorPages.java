package org.jiexu.policy.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiexu.policy.BenefitPlaceDecision;
import org.jiexu.policy.Regions;
import org.jiexu.policy.web.TransferAmountsApiController.SegmentInput;
import org.jiexu.policy.web.TransferAmountsApiController.TransferAmountsRequest;
import org.jiexu.policy.web.TransferPlaceApiController.BenefitPlaceRequest;
import org.jiexu.policy.web.TransferPlaceApiController.StintInput;
import org.jiexu.shared.UserInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The public transfer calculators as pages: the amounts a transfer moves, and the benefit place. Forms are GET,
 * so a result can be bookmarked or sent to someone; blank rows are ignored.
 */
@Controller
class TransferCalculatorPages {

	private final MessageSource messages;

	TransferCalculatorPages(MessageSource messages) {
		this.messages = messages;
	}

	@GetMapping("/calculators/transfer-amounts")
	String transferAmounts(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
		int rows = CalculatorPage.rows(form, "from", 3);
		model.addAttribute("rows", rows);
		model.addAttribute("rowValues", CalculatorPage.rowValues(form, rows, "from", "to", "monthlyBase", "accountRate",
				"personalRate", "temporary"));
		model.addAttribute("form", form);
		model.addAttribute("provinces", CalculatorPage.provinces());
		if (form.containsKey("calculate")) {
			try {
				List<SegmentInput> segments = new ArrayList<>();
				for (int i : CalculatorPage.filledRows(form, rows, "from", "to", "monthlyBase")) {
					segments.add(new SegmentInput(CalculatorPage.nth(form, "from", i), CalculatorPage.nth(form, "to", i),
							CalculatorPage.nth(form, "monthlyBase", i), CalculatorPage.nth(form, "accountRate", i),
							CalculatorPage.nth(form, "personalRate", i), CalculatorPage.nth(form, "temporary", i), null));
				}
				TransferAmountsRequest request = new TransferAmountsRequest(segments, rates(form.getFirst("rates")),
						form.getFirst("province"), null);
				model.addAttribute("result", TransferAmountsInput.calculate(request));
			}
			catch (UserInputException refusal) {
				CalculatorPage.refused(refusal, this.messages, model, response);
			}
		}
		return "policy/transfer-amounts";
	}

	@GetMapping("/calculators/benefit-place")
	String benefitPlace(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
		int rows = CalculatorPage.rows(form, "province", 3);
		model.addAttribute("rows", rows);
		model.addAttribute("rowValues", CalculatorPage.rowValues(form, rows, "province", "months", "temporary", "end"));
		model.addAttribute("form", form);
		model.addAttribute("provinces", CalculatorPage.provinces());
		if (form.containsKey("calculate")) {
			try {
				List<StintInput> stints = new ArrayList<>();
				for (int i : CalculatorPage.filledRows(form, rows, "months", "end")) {
					stints.add(new StintInput(CalculatorPage.nth(form, "province", i), CalculatorPage.nth(form, "months", i),
							CalculatorPage.nth(form, "temporary", i), CalculatorPage.nth(form, "end", i)));
				}
				BenefitPlaceDecision decision = TransferPlaceApiController.decide(
						new BenefitPlaceRequest(form.getFirst("hukouProvince"), form.getFirst("relationProvince"), stints));
				model.addAttribute("result", decision);
				model.addAttribute("placeName", Regions.standard().fullNameOf(decision.province() + "0000"));
			}
			catch (UserInputException refusal) {
				CalculatorPage.refused(refusal, this.messages, model, response);
			}
		}
		return "policy/benefit-place";
	}

	/** Rates typed as {@code 2010=0.0275, 2011=0.035} (commas, semicolons, spaces or new lines between). */
	private static Map<String, String> rates(String text) {
		Map<String, String> rates = new LinkedHashMap<>();
		if (text == null || text.isBlank()) {
			return rates;
		}
		for (String pair : text.strip().split("[,;，；\\s]+")) {
			String[] parts = pair.split("[=:：]", 2);
			if (parts.length != 2) {
				throw UserInputException.invalid("rates", "policy.page.transfer-amounts.ratesFormat", pair);
			}
			rates.put(parts[0].strip(), parts[1].strip());
		}
		return rates;
	}

}
