package org.jiexu.contribution.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jiexu.contribution.BaseDeclarationRequest;
import org.jiexu.contribution.BaseDeclarationReviews;
import org.jiexu.contribution.BaseDeclarationState;
import org.jiexu.contribution.BaseDeclarationView;
import org.jiexu.contribution.BaseDeclarations;
import org.jiexu.contribution.BaseLimitsView;
import org.jiexu.contribution.EmployerBaseDeclarationsView;
import org.jiexu.contribution.OwnBaseDeclarationRequest;
import org.jiexu.contribution.PersonBaseDeclarationsView;
import org.jiexu.contribution.StaffBaseView;
import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.UserKind;
import org.jiexu.shared.UserInputException;
import org.jiexu.shared.UserInputException.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of base declarations: the employer's (all current staff in one table form), the flexible worker's own,
 * and the reviewers' queue. A refused form comes back with every refusal beside its row and, where a base is
 * outside the limits, a button that declares at the floor or ceiling instead. Nothing is saved then.
 */
@Controller
class BaseDeclarationPages {

	private static final Pattern ITEM_FIELD = Pattern.compile("items\\[(\\d+)]\\..*");

	private final BaseDeclarations declarations;

	private final BaseDeclarationReviews reviews;

	private final MessageSource messages;

	BaseDeclarationPages(BaseDeclarations declarations, BaseDeclarationReviews reviews, MessageSource messages) {
		this.declarations = declarations;
		this.reviews = reviews;
		this.messages = messages;
	}

	/** The declaration at the floor or ceiling a refused row can be sent again with. */
	record LimitOffer(String kind, BigDecimal limit) {
	}

	/** A staff row of the table form: the person, what was typed, its refusals and the limit offered. */
	record StaffRow(StaffBaseView staff, String base, boolean applyLimit, List<String> errors,
			@Nullable LimitOffer offer) {
	}

	// ---- the employer's page

	@GetMapping("/contribution/employers/{id}/base-declarations")
	String employerPage(CurrentUser user, @PathVariable long id, @RequestParam(required = false) @Nullable String year,
			Model model) {
		EmployerBaseDeclarationsView view = this.declarations.forEmployer(user, id,
				this.declarations.yearToRead(year));
		List<StaffRow> rows = view.staff()
			.stream()
			.map(staff -> new StaffRow(staff, "", false, List.of(), null))
			.toList();
		return employerPage(user, view, rows, "", model);
	}

	@PostMapping("/contribution/employers/{id}/base-declarations")
	String declareForStaff(CurrentUser user, @PathVariable long id, HttpServletRequest request,
			@RequestParam(name = "evidence", required = false) @Nullable List<MultipartFile> evidence,
			RedirectAttributes redirect, HttpServletResponse response, Model model) {
		String year = request.getParameter("year");
		String[] personIds = values(request, "personId");
		String[] bases = values(request, "base");
		String[] applyLimits = values(request, "applyLimit");
		int applyRow = applyRow(request.getParameter("applyRow"));
		String reason = request.getParameter("reason");
		List<BaseDeclarationRequest.Item> items = new ArrayList<>();
		List<Integer> rowOfItem = new ArrayList<>();
		boolean[] applied = new boolean[personIds.length];
		for (int row = 0; row < personIds.length; row++) {
			applied[row] = row == applyRow || (row < applyLimits.length && "true".equals(applyLimits[row]));
			String base = row < bases.length ? bases[row] : "";
			if (!base.isBlank()) {
				items.add(new BaseDeclarationRequest.Item(null, personIds[row], base, String.valueOf(applied[row])));
				rowOfItem.add(row);
			}
		}
		try {
			List<BaseDeclarationView> declared = this.declarations.declareForStaff(user, id,
					new BaseDeclarationRequest(year, items, reason), Uploads.evidence(evidence));
			flashDeclared(declared, redirect);
			return "redirect:/contribution/employers/" + id + "/base-declarations?year=" + year;
		}
		catch (UserInputException refusal) {
			response.setStatus(refusal.kind().httpStatus());
			EmployerBaseDeclarationsView view = this.declarations.forEmployer(user, id, yearAfterRefusal(year));
			Map<Integer, List<String>> rowErrors = new LinkedHashMap<>();
			Map<String, List<String>> fieldErrors = new LinkedHashMap<>();
			Locale locale = LocaleContextHolder.getLocale();
			for (Violation violation : refusal.violations()) {
				String message = this.messages.getMessage(violation.messageKey(), violation.argumentArray(), locale);
				Matcher item = ITEM_FIELD.matcher(violation.field() == null ? "" : violation.field());
				if (item.matches() && Integer.parseInt(item.group(1)) < rowOfItem.size()) {
					rowErrors.computeIfAbsent(rowOfItem.get(Integer.parseInt(item.group(1))), r -> new ArrayList<>())
						.add(message);
				}
				// all of them at the top too, where a phone shows them first
				fieldErrors.computeIfAbsent(violation.field() == null ? "" : violation.field(), f -> new ArrayList<>())
					.add(message);
			}
			List<StaffRow> rows = new ArrayList<>();
			for (int row = 0; row < view.staff().size(); row++) {
				StaffBaseView staff = view.staff().get(row);
				int typed = indexOf(personIds, String.valueOf(staff.personId()));
				String base = typed >= 0 && typed < bases.length ? bases[typed] : "";
				boolean apply = typed >= 0 && applied[typed];
				List<String> errors = typed >= 0 ? rowErrors.getOrDefault(typed, List.of()) : List.of();
				rows.add(new StaffRow(staff, base, apply, errors,
						errors.isEmpty() || apply ? null : offer(view.limits(), base)));
			}
			model.addAttribute("fieldErrors", fieldErrors);
			return employerPage(user, view, rows, reason == null ? "" : reason, model);
		}
	}

	private String employerPage(CurrentUser user, EmployerBaseDeclarationsView view, List<StaffRow> rows,
			String reason, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("canDeclare", user.kind() == UserKind.EMPLOYER_HANDLER || user.isRegistrar());
		model.addAttribute("rows", rows);
		model.addAttribute("reason", reason);
		years(view.year(), model);
		return "contribution/employer-base-declarations";
	}

	// ---- a flexible worker's own page

	@GetMapping("/contribution/persons/{id}/base-declarations")
	String personPage(CurrentUser user, @PathVariable long id, @RequestParam(required = false) @Nullable String year,
			Model model) {
		PersonBaseDeclarationsView view = this.declarations.forPerson(user, id, this.declarations.yearToRead(year));
		return personPage(user, view, "", false, "", null, model);
	}

	@PostMapping("/contribution/persons/{id}/base-declarations")
	String declareOwnBase(CurrentUser user, @PathVariable long id, @RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String base,
			@RequestParam(required = false) @Nullable String applyLimit,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(name = "evidence", required = false) @Nullable List<MultipartFile> evidence,
			RedirectAttributes redirect, HttpServletResponse response, Model model) {
		try {
			List<BaseDeclarationView> declared = this.declarations.declareOwnBase(user, id,
					new OwnBaseDeclarationRequest(year, base, applyLimit, reason), Uploads.evidence(evidence));
			flashDeclared(declared, redirect);
			return "redirect:/contribution/persons/" + id + "/base-declarations?year=" + year;
		}
		catch (UserInputException refusal) {
			response.setStatus(refusal.kind().httpStatus());
			PersonBaseDeclarationsView view = this.declarations.forPerson(user, id, yearAfterRefusal(year));
			model.addAttribute("fieldErrors",
					refusal.messagesByField(this.messages, LocaleContextHolder.getLocale()));
			boolean applied = "true".equals(applyLimit);
			String typed = base == null ? "" : base;
			return personPage(user, view, typed, applied, reason == null ? "" : reason,
					applied ? null : offer(view.limits(), typed), model);
		}
	}

	private String personPage(CurrentUser user, PersonBaseDeclarationsView view, String base, boolean applyLimit,
			String reason, @Nullable LimitOffer offer, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("canDeclare", user.isRegistrar()
				|| (user.kind() == UserKind.INSURED_PERSON && Long.valueOf(view.personId()).equals(user.personId())));
		model.addAttribute("base", base);
		model.addAttribute("applyLimit", applyLimit);
		model.addAttribute("reason", reason);
		model.addAttribute("offer", offer);
		years(view.year(), model);
		return "contribution/person-base-declarations";
	}

	// ---- the reviewers' queue

	@GetMapping("/contribution/base-declarations/reviews")
	String reviews(CurrentUser user, Model model) {
		model.addAttribute("reviews", this.reviews.queue(user));
		return "contribution/base-declaration-reviews";
	}

	@PostMapping("/contribution/base-declarations/{id}/approve")
	String approve(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return decided(() -> this.reviews.approve(user, id), "approved", id, redirect);
	}

	@PostMapping("/contribution/base-declarations/{id}/reject")
	String reject(CurrentUser user, @PathVariable long id, @RequestParam(required = false) @Nullable String reason,
			RedirectAttributes redirect) {
		return decided(() -> this.reviews.reject(user, id, reason), "rejected", id, redirect);
	}

	private String decided(java.util.function.Supplier<BaseDeclarationView> decision, String outcome, long id,
			RedirectAttributes redirect) {
		try {
			BaseDeclarationView decided = decision.get();
			redirect.addFlashAttribute("decided", outcome);
			redirect.addFlashAttribute("decidedName", decided.personName());
		}
		catch (UserInputException refusal) {
			if (refusal.kind() == UserInputException.Kind.NOT_FOUND) {
				throw refusal;
			}
			redirect.addFlashAttribute("reviewErrors", Map.of(id,
					refusal.messagesByField(this.messages, LocaleContextHolder.getLocale())
						.values()
						.stream()
						.flatMap(List::stream)
						.toList()));
		}
		return "redirect:/contribution/base-declarations/reviews";
	}

	@GetMapping("/contribution/base-declarations/{id}/evidence/{evidenceId}")
	@ResponseBody
	ResponseEntity<byte[]> evidence(CurrentUser user, @PathVariable long id, @PathVariable long evidenceId) {
		return BaseDeclarationApiController.download(this.declarations.evidence(user, id, evidenceId));
	}

	// ---- helpers

	private static void flashDeclared(List<BaseDeclarationView> declared, RedirectAttributes redirect) {
		redirect.addFlashAttribute("declaredInForce", count(declared, BaseDeclarationState.IN_FORCE));
		redirect.addFlashAttribute("declaredPending", count(declared, BaseDeclarationState.PENDING_REVIEW));
	}

	/** The year a refused form shows again: the one sent if it may be declared, else this year. */
	private int yearAfterRefusal(@Nullable String year) {
		return this.declarations
			.yearToRead(this.declarations.declarableYears().contains(parse(year)) ? year : null);
	}

	/** The year tabs, and whether the shown year may be declared. */
	private void years(int shown, Model model) {
		model.addAttribute("years", this.declarations.declarableYears());
		model.addAttribute("declarable", this.declarations.declarableYears().contains(shown));
	}

	/** The floor or ceiling a typed base falls outside of, if it does. */
	static @Nullable LimitOffer offer(@Nullable BaseLimitsView limits, String typed) {
		BigDecimal base = decimal(typed);
		if (limits == null || base == null) {
			return null;
		}
		if (base.compareTo(limits.floor()) < 0) {
			return new LimitOffer("floor", limits.floor());
		}
		if (base.compareTo(limits.ceiling()) > 0) {
			return new LimitOffer("ceiling", limits.ceiling());
		}
		return null;
	}

	private static @Nullable BigDecimal decimal(String text) {
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A whole number as typed, or null. */
	private static @Nullable Integer parse(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static int applyRow(@Nullable String text) {
		Integer row = parse(text);
		return row == null ? -1 : row;
	}

	private static String[] values(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return values == null ? new String[0] : values;
	}

	private static int indexOf(String[] values, String value) {
		for (int i = 0; i < values.length; i++) {
			if (value.equals(values[i])) {
				return i;
			}
		}
		return -1;
	}

	private static long count(List<BaseDeclarationView> declared, BaseDeclarationState state) {
		return declared.stream().filter(d -> d.state() == state).count();
	}

}
