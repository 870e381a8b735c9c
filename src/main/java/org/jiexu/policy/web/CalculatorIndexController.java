package org.jiexu.policy.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public list of policy calculators: open without login, Chinese by default. */
@Controller
class CalculatorIndexController {

	static final List<String> CALCULATORS = List.of("retirement", "minimum-contribution", "working-days",
			"pension-estimate", "transfer-amounts", "benefit-place");

	@GetMapping("/calculators")
	String index(Model model) {
		model.addAttribute("calculators", CALCULATORS);
		return "policy/index";
	}

}
