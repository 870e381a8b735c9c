package org.jiexu.registry.web;

import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.UserView;
import org.jiexu.registry.EmployerView;
import org.jiexu.registry.InsuredPersonView;
import org.jiexu.registry.OpenOnlineAccount;
import org.jiexu.registry.RecordPensionStart;
import org.jiexu.registry.RegisterEmployer;
import org.jiexu.registry.RegisterInsuredPerson;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.shared.UserInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registration at the counter: a person or an employer, at the clerk's agency, their online accounts, and a
 * person's pension start. A refused form comes back with every bad field marked and explained; nothing is saved.
 */
@Controller
class RegistrationController {

	private final RegistryManagement registry;

	private final MessageSource messages;

	RegistrationController(RegistryManagement registry, MessageSource messages) {
		this.registry = registry;
		this.messages = messages;
	}

	@GetMapping("/registry/persons/new")
	String newPerson(CurrentUser user, Model model) {
		user.requireRegistrar();
		model.addAttribute("form", new RegisterInsuredPerson(null, null, null, null, null, null));
		return "registry/person-new";
	}

	@PostMapping("/registry/persons")
	String registerPerson(CurrentUser user, RegisterInsuredPerson form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			InsuredPersonView person = this.registry.register(user, form);
			redirect.addFlashAttribute("registered", true);
			return "redirect:/registry/persons/" + person.id();
		}
		catch (UserInputException refusal) {
			refused(refusal, model, response);
			model.addAttribute("form", form);
			return "registry/person-new";
		}
	}

	@GetMapping("/registry/employers/new")
	String newEmployer(CurrentUser user, Model model) {
		user.requireRegistrar();
		model.addAttribute("form", new RegisterEmployer(null, null));
		return "registry/employer-new";
	}

	@PostMapping("/registry/employers")
	String registerEmployer(CurrentUser user, RegisterEmployer form, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			EmployerView employer = this.registry.register(user, form);
			redirect.addFlashAttribute("registered", true);
			return "redirect:/registry/employers/" + employer.id();
		}
		catch (UserInputException refusal) {
			refused(refusal, model, response);
			model.addAttribute("form", form);
			return "registry/employer-new";
		}
	}

	@PostMapping("/registry/persons/{id}/online-account")
	String openOnlineAccount(CurrentUser user, @PathVariable long id, OpenOnlineAccount form,
			RedirectAttributes redirect) {
		return openAccount(() -> this.registry.openOnlineAccount(user, id, form), redirect,
				"redirect:/registry/persons/" + id);
	}

	@PostMapping("/registry/employers/{id}/handlers")
	String openHandlerAccount(CurrentUser user, @PathVariable long id, OpenOnlineAccount form,
			RedirectAttributes redirect) {
		return openAccount(() -> this.registry.openHandlerAccount(user, id, form), redirect,
				"redirect:/registry/employers/" + id);
	}

	/** Records a pension start and goes back to the person page, saying so or why it was refused. */
	@PostMapping("/registry/persons/{id}/pension-start")
	String recordPensionStart(CurrentUser user, @PathVariable long id, RecordPensionStart form,
			RedirectAttributes redirect) {
		try {
			this.registry.recordPensionStart(user, id, form);
			redirect.addFlashAttribute("pensionRecorded", form.fromMonth().strip());
		}
		catch (UserInputException refusal) {
			if (refusal.kind() == UserInputException.Kind.NOT_FOUND) {
				throw refusal;
			}
			redirect.addFlashAttribute("pensionErrors",
					refusal.messagesByField(this.messages, LocaleContextHolder.getLocale()));
		}
		return "redirect:/registry/persons/" + id;
	}

	/** Opens the account and goes back to the page, with the new username or every reason for refusing. */
	private String openAccount(Supplier<UserView> open, RedirectAttributes redirect, String page) {
		try {
			redirect.addFlashAttribute("accountOpened", open.get().username());
		}
		catch (UserInputException refusal) {
			redirect.addFlashAttribute("accountErrors",
					refusal.messagesByField(this.messages, LocaleContextHolder.getLocale()));
		}
		return page;
	}

	private void refused(UserInputException refusal, Model model, HttpServletResponse response) {
		response.setStatus(refusal.kind().httpStatus());
		Map<String, java.util.List<String>> byField = refusal.messagesByField(this.messages,
				LocaleContextHolder.getLocale());
		model.addAttribute("fieldErrors", byField);
	}

}
