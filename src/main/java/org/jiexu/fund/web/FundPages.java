package org.jiexu.fund.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jiexu.fund.FundReports;
import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.Role;
import org.jiexu.registry.AgencyView;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The supervisor's fund ledger page (基金账簿): the agency's balances, its counterparts with the money each way, the
 * reconciliation with the counterpart chosen, and for administrators the network check. A bad counterpart shows the
 * page again with the reason.
 */
@Controller
class FundPages {

	private final FundReports reports;

	private final RegistryManagement registry;

	private final MessageSource messages;

	FundPages(FundReports reports, RegistryManagement registry, MessageSource messages) {
		this.reports = reports;
		this.registry = registry;
		this.messages = messages;
	}

	@GetMapping("/funds")
	String ledger(CurrentUser user, @RequestParam(required = false) @Nullable String counterpart, Locale locale,
			Model model, HttpServletResponse response) {
		model.addAttribute("balances", this.reports.balances(user));
		model.addAttribute("pairs", this.reports.pairs(user));
		model.addAttribute("counterparts", this.reports.counterparts(user));
		model.addAttribute("agencyNames", names(locale));
		model.addAttribute("counterpart", counterpart);
		if (counterpart != null) {
			try {
				model.addAttribute("reconciliation", this.reports.reconciliation(user, counterpart));
			}
			catch (UserInputException refusal) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				model.addAttribute("fieldErrors", refusal.messagesByField(this.messages, locale));
			}
		}
		if (user.hasRole(Role.ADMIN)) {
			model.addAttribute("network", this.reports.networkCheck(user));
		}
		return "fund/ledger";
	}

	/** Every agency's name in the page's language, by code. */
	private Map<String, String> names(Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		for (AgencyView agency : this.registry.agencies()) {
			names.put(agency.code(), agency.name(locale));
		}
		return names;
	}

}
