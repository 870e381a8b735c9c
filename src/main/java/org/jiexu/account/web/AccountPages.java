package org.jiexu.account.web;

import java.util.List;

import org.jiexu.account.AccountLedger;
import org.jiexu.account.InterestPosting;
import org.jiexu.account.InterestPostingView;
import org.jiexu.identity.CurrentUser;
import org.jiexu.shared.TextInput;
import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The account panel of a person's page, and the yearly interest posting page with its progress. */
@Controller
class AccountPages {

	private final AccountLedger ledger;

	private final InterestPosting interestPosting;

	private final org.springframework.context.MessageSource messages;

	AccountPages(AccountLedger ledger, InterestPosting interestPosting,
			org.springframework.context.MessageSource messages) {
		this.ledger = ledger;
		this.interestPosting = interestPosting;
		this.messages = messages;
	}

	@GetMapping("/registry/persons/{id}/account")
	String panel(CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("accounts", this.ledger.ledger(user, id));
		return "account/panel :: panel";
	}

	@GetMapping("/accounts/interest-posting")
	String page(CurrentUser user, Model model) {
		model.addAttribute("runs", this.interestPosting.recent(user));
		return "account/interest-posting";
	}

	@GetMapping("/accounts/interest-posting/runs")
	String runs(CurrentUser user, Model model) {
		model.addAttribute("runs", this.interestPosting.recent(user));
		return "account/interest-posting :: runs";
	}

	@PostMapping("/accounts/interest-posting")
	String start(CurrentUser user, @RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String rate, Model model,
			jakarta.servlet.http.HttpServletResponse response, java.util.Locale locale) {
		try {
			int parsedYear = TextInput.integer("year", year, 1990, 2200);
			java.math.BigDecimal parsedRate = TextInput.present(rate)
					? TextInput.decimal("rate", rate, java.math.BigDecimal.ZERO, new java.math.BigDecimal("0.5")) : null;
			this.interestPosting.start(user, parsedYear, parsedRate);
			return "redirect:/accounts/interest-posting";
		}
		catch (UserInputException refused) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("fieldErrors", refused.messagesByField(this.messages, locale));
			model.addAttribute("year", year);
			model.addAttribute("rate", rate);
			List<InterestPostingView> runs = this.interestPosting.recent(user);
			model.addAttribute("runs", runs);
			return "account/interest-posting";
		}
	}

	@PostMapping("/accounts/interest-posting/{id}/resume")
	String resume(CurrentUser user, @PathVariable long id) {
		this.interestPosting.resume(user, id);
		return "redirect:/accounts/interest-posting";
	}

}
