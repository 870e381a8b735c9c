package org.jiexu.exchange.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiexu.exchange.Backlog;
import org.jiexu.exchange.Box;
import org.jiexu.exchange.DeadLetter;
import org.jiexu.exchange.ExchangeAdministration;
import org.jiexu.exchange.RefusedMessage;
import org.jiexu.identity.CurrentUser;
import org.jiexu.shared.UserInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The exchange for administrators: dead letters (replayable) and refused messages, as a page and in the API. */
@Controller
@Tag(name = "Exchange (业务协同)")
class ExchangeAdminController {

	private final ExchangeAdministration administration;

	private final org.jiexu.exchange.AgencyConnections connections;

	ExchangeAdminController(ExchangeAdministration administration,
			org.jiexu.exchange.AgencyConnections connections) {
		this.administration = administration;
		this.connections = connections;
	}

	@GetMapping("/admin/exchange")
	String page(CurrentUser user, Model model) {
		model.addAttribute("backlog", this.administration.backlog(user));
		model.addAttribute("deadLetters", this.administration.deadLetters(user));
		model.addAttribute("refused", this.administration.refused(user));
		model.addAttribute("connections", this.connections.marked());
		return "exchange/admin";
	}

	@PostMapping("/admin/exchange/replay")
	String replayFromPage(CurrentUser user, @RequestParam String box, @RequestParam String messageId,
			RedirectAttributes redirect) {
		this.administration.replay(user, box(box), messageId);
		redirect.addFlashAttribute("replayed", messageId);
		return "redirect:/admin/exchange";
	}

	@GetMapping("/api/v1/exchange/backlog")
	@ResponseBody
	@Operation(summary = "The agency's messages still on their way (ADMIN), outbox then inbox: how many, since when and"
			+ " the latest error; during a broker outage they wait here without becoming dead letters")
	List<Backlog> backlog(CurrentUser user) {
		return this.administration.backlog(user);
	}

	@GetMapping("/api/v1/exchange/dead-letters")
	@ResponseBody
	@Operation(summary = "The agency's dead letters (ADMIN): messages not delivered or not processed after every"
			+ " attempt, with the last error")
	List<DeadLetter> deadLetters(CurrentUser user) {
		return this.administration.deadLetters(user);
	}

	@PostMapping("/api/v1/exchange/dead-letters/{box}/{messageId}/replay")
	@ResponseBody
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Replay a dead letter of the agency (ADMIN): box is outbox or inbox; its attempts start again")
	void replay(CurrentUser user, @PathVariable String box, @PathVariable String messageId) {
		this.administration.replay(user, box(box), messageId);
	}

	@GetMapping("/api/v1/exchange/refused-messages")
	@ResponseBody
	@Operation(summary = "Messages to the agency refused for their signature (ADMIN): unsigned, unknown key or tampered")
	List<RefusedMessage> refused(CurrentUser user) {
		return this.administration.refused(user);
	}

	private static Box box(String value) {
		try {
			return Box.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw UserInputException.invalid("box", "exchange.box.unknown", value);
		}
	}

}
