package org.jiexu.transfer.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.UserKind;
import org.jiexu.registry.AgencyView;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.shared.UserInputException;
import org.jiexu.transfer.CaseActionRequest;
import org.jiexu.transfer.CaseChecklist;
import org.jiexu.transfer.CaseFilter;
import org.jiexu.transfer.CaseLedger;
import org.jiexu.transfer.CaseProblemRequest;
import org.jiexu.transfer.CaseProblems;
import org.jiexu.transfer.CaseSort;
import org.jiexu.transfer.CaseUrgency;
import org.jiexu.transfer.CaseState;
import org.jiexu.transfer.InsuranceType;
import org.jiexu.transfer.NewSavedView;
import org.jiexu.transfer.OpenTransferIn;
import org.jiexu.transfer.PaperReplies;
import org.jiexu.transfer.ProblemReason;
import org.jiexu.transfer.SavedView;
import org.jiexu.transfer.SavedViews;
import org.jiexu.transfer.TransferCaseSummary;
import org.jiexu.transfer.TransferCaseView;
import org.jiexu.transfer.TransferCases;
import org.jiexu.transfer.TransferCategory;
import org.jiexu.transfer.TransferSide;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steward's pages of transfers (转移接续): the agency's cases with filters, "my queue" and the urgent queue
 * (near retirement, and the "4050" watch list), a new transfer-in, one
 * case with its checks, checklist, actions, problems, history and messages; for an insured person, their own cases
 * as a timeline. A refused step shows why and changes nothing.
 */
@Controller
class TransferPages {

	private final TransferCases cases;

	private final CaseProblems problems;

	private final RegistryManagement registry;

	private final MessageSource messages;

	private final SavedViews savedViews;

	private final CaseChecklist checklist;

	private final PaperReplies paper;

	private final CaseLedger ledger;

	TransferPages(TransferCases cases, CaseProblems problems, RegistryManagement registry, MessageSource messages,
			SavedViews savedViews, CaseChecklist checklist, PaperReplies paper, CaseLedger ledger) {
		this.paper = paper;
		this.ledger = ledger;
		this.checklist = checklist;
		this.savedViews = savedViews;
		this.cases = cases;
		this.problems = problems;
		this.registry = registry;
		this.messages = messages;
	}

	@GetMapping("/transfers")
	String list(CurrentUser user, @RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String side,
			@RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(required = false, defaultValue = "false") boolean mine,
			@RequestParam(required = false, defaultValue = "false") boolean urgent,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String steward, Locale locale, Model model) {
		CaseState stateFilter = constant(CaseState.class, state);
		TransferSide sideFilter = constant(TransferSide.class, side);
		CaseSort order = constant(CaseSort.class, sort);
		List<TransferCaseSummary> found = this.cases.list(user,
				new CaseFilter(stateFilter, sideFilter, overdue,
						mine ? user.username() : (steward == null || steward.isBlank() ? null : steward.strip()), null),
				order == null ? CaseSort.DUE : order, locale);
		model.addAttribute("cases", urgent ? found.stream().filter(c -> c.urgency() != CaseUrgency.NORMAL).toList()
				: found);
		model.addAttribute("sorts", CaseSort.values());
		model.addAttribute("sort", order == null ? CaseSort.DUE : order);
		model.addAttribute("urgent", urgent);
		model.addAttribute("steward", mine ? user.username() : steward);
		model.addAttribute("views", user.isStaff() ? this.savedViews.list(user) : List.of());
		model.addAttribute("states", CaseState.values());
		model.addAttribute("state", stateFilter);
		model.addAttribute("side", sideFilter);
		model.addAttribute("overdue", overdue);
		model.addAttribute("mine", mine);
		model.addAttribute("staff", user.isStaff());
		model.addAttribute("mailing", user.isStaff()
				? this.ledger.mailingProgress(user, found.stream().map(TransferCaseSummary::transferId).toList(), locale)
				: java.util.Map.of());
		return "transfer/list";
	}

	@PostMapping("/transfers/views")
	String saveView(CurrentUser user, @RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String state, @RequestParam(required = false) @Nullable String side,
			@RequestParam(required = false) @Nullable Boolean overdue,
			@RequestParam(required = false) @Nullable String steward,
			@RequestParam(required = false) @Nullable String sort, Locale locale, RedirectAttributes redirect) {
		try {
			SavedView view = this.savedViews.save(user, new NewSavedView(name, blankToNull(state), blankToNull(side),
					overdue, blankToNull(steward), blankToNull(sort)));
			return "redirect:" + viewLink(view);
		}
		catch (UserInputException refusal) {
			redirect.addFlashAttribute("refusal",
					refusal.messagesByField(this.messages, locale).values().stream().flatMap(List::stream).toList());
			return "redirect:/transfers";
		}
	}

	@PostMapping("/transfers/views/{id}/delete")
	String deleteView(CurrentUser user, @PathVariable long id) {
		this.savedViews.delete(user, id);
		return "redirect:/transfers";
	}

	/** The list page showing a saved view. */
	static String viewLink(SavedView view) {
		return org.springframework.web.util.UriComponentsBuilder.fromPath("/transfers")
			.queryParamIfPresent("state", java.util.Optional.ofNullable(view.state()))
			.queryParamIfPresent("side", java.util.Optional.ofNullable(view.side()))
			.queryParamIfPresent("overdue", java.util.Optional.ofNullable(view.overdue()))
			.queryParamIfPresent("steward", java.util.Optional.ofNullable(view.steward()))
			.queryParam("sort", view.sort())
			.encode()
			.build()
			.toUriString();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	@GetMapping("/transfers/new")
	String openForm(CurrentUser user, Locale locale, Model model) {
		String ownIdNumber = user.kind() == UserKind.INSURED_PERSON && user.personId() != null
				? this.registry.personReference(user, user.personId()).idNumber() : null;
		return form(user, new OpenTransferIn(ownIdNumber, null, InsuranceType.EMPLOYEE_PENSION.name(), null), Map.of(),
				locale, model);
	}

	@PostMapping("/transfers")
	String open(CurrentUser user, @RequestParam(required = false) @Nullable String idNumber,
			@RequestParam(required = false) @Nullable String sendingAgencyCode,
			@RequestParam(required = false) @Nullable String insuranceType,
			@RequestParam(required = false) @Nullable String category, Locale locale, Model model,
			HttpServletResponse response) {
		OpenTransferIn request = new OpenTransferIn(idNumber, sendingAgencyCode, insuranceType, category);
		try {
			return "redirect:/transfers/" + this.cases.open(user, request, locale).id();
		}
		catch (UserInputException refusal) {
			response.setStatus(refusal.kind().httpStatus());
			return form(user, request, refusal.messagesByField(this.messages, locale), locale, model);
		}
	}

	@GetMapping("/transfers/{id}")
	String view(CurrentUser user, @PathVariable long id, Locale locale, Model model) {
		TransferCaseView view = this.cases.view(user, id, locale);
		model.addAttribute("c", view);
		model.addAttribute("reasons", ProblemReason.values());
		model.addAttribute("staff", user.isStaff());
		model.addAttribute("letters", user.isStaff() ? this.cases.postalLetters(user, id) : List.of());
		model.addAttribute("failures", org.jiexu.exchange.PostalFailure.values());
		model.addAttribute("paper", user.isStaff() && this.paper.onPaper(view.counterpart().code()));
		return "transfer/case";
	}

	@PostMapping("/transfers/{id}/paper/info-table")
	String paperInfoTable(CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String pooledFund,
			@RequestParam(required = false) @Nullable String individualAccount,
			@RequestParam(required = false) @Nullable String months,
			@RequestParam(required = false) @Nullable String firstMonth,
			@RequestParam(required = false) @Nullable String lastMonth, Locale locale, RedirectAttributes redirect) {
		return entered(() -> this.paper.infoTable(user, id, new PaperReplies.InfoTable(pooledFund, individualAccount,
				months, firstMonth, lastMonth, null, null)), id, locale, redirect);
	}

	@PostMapping("/transfers/{id}/paper/funds")
	String paperFunds(CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String pooledFund,
			@RequestParam(required = false) @Nullable String individualAccount,
			@RequestParam(required = false) @Nullable String remittedOn, Locale locale, RedirectAttributes redirect) {
		return entered(() -> this.paper.funds(user, id, new PaperReplies.Funds(pooledFund, individualAccount,
				remittedOn)), id, locale, redirect);
	}

	@PostMapping("/transfers/{id}/paper/rejection")
	String paperRejection(CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String reason, Locale locale, RedirectAttributes redirect) {
		return entered(() -> this.paper.rejection(user, id, reason), id, locale, redirect);
	}

	@PostMapping("/transfers/{id}/paper/receipt")
	String paperReceipt(CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String completedOn, Locale locale, RedirectAttributes redirect) {
		return entered(() -> this.paper.receipt(user, id, completedOn), id, locale, redirect);
	}

	@PostMapping("/transfers/paper/contact-letter")
	String paperContactLetter(CurrentUser user, @RequestParam(required = false) @Nullable String senderAgencyCode,
			@RequestParam(required = false) @Nullable String idNumber,
			@RequestParam(required = false) @Nullable String personName,
			@RequestParam(required = false) @Nullable String acceptedOn,
			@RequestParam(required = false) @Nullable String attempt, Locale locale, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("paperLetter", this.paper.contactLetter(user, new PaperReplies.Letter(
					senderAgencyCode, idNumber, personName, null, null, acceptedOn, attempt), locale));
		}
		catch (UserInputException refusal) {
			redirect.addFlashAttribute("refusal",
					refusal.messagesByField(this.messages, locale).values().stream().flatMap(List::stream).toList());
		}
		return "redirect:/postal-letters";
	}

	private String entered(Runnable step, long id, Locale locale, RedirectAttributes redirect) {
		try {
			step.run();
			redirect.addFlashAttribute("entered", Boolean.TRUE);
		}
		catch (UserInputException refusal) {
			if (refusal.kind() == UserInputException.Kind.NOT_FOUND) {
				throw refusal;
			}
			redirect.addFlashAttribute("refusal",
					refusal.messagesByField(this.messages, locale).values().stream().flatMap(List::stream).toList());
		}
		return "redirect:/transfers/" + id;
	}

	@PostMapping("/transfers/{id}/actions/{action}")
	String act(CurrentUser user, @PathVariable long id, @PathVariable String action,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String steward, Locale locale, RedirectAttributes redirect) {
		return refusable(() -> this.cases.act(user, id, action, new CaseActionRequest(reason, steward), locale), id,
				locale, redirect);
	}

	@PostMapping("/transfers/{id}/checklist/{item}")
	String tick(CurrentUser user, @PathVariable long id, @PathVariable int item,
			@RequestParam(required = false, defaultValue = "false") boolean done, Locale locale,
			RedirectAttributes redirect) {
		return refusable(() -> this.checklist.tick(user, id, item, done, locale), id, locale, redirect);
	}

	@PostMapping("/transfers/{id}/problems")
	String openProblem(CurrentUser user, @PathVariable long id, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String note, Locale locale, RedirectAttributes redirect) {
		return refusable(() -> this.problems.open(user, id, new CaseProblemRequest(reason, note, null, null), locale),
				id, locale, redirect);
	}

	@PostMapping("/transfers/{id}/problems/{problemId}/resolve")
	String resolveProblem(CurrentUser user, @PathVariable long id, @PathVariable long problemId,
			@RequestParam(required = false) @Nullable String resolution, Locale locale, RedirectAttributes redirect) {
		return refusable(() -> this.problems.resolve(user, id, problemId,
				new CaseProblemRequest(null, null, null, resolution), locale), id, locale, redirect);
	}

	private String refusable(java.util.function.Supplier<TransferCaseView> step, long id, Locale locale,
			RedirectAttributes redirect) {
		try {
			step.get();
		}
		catch (UserInputException refusal) {
			if (refusal.kind() == UserInputException.Kind.NOT_FOUND) {
				throw refusal;
			}
			redirect.addFlashAttribute("refusal",
					refusal.messagesByField(this.messages, locale).values().stream().flatMap(List::stream).toList());
		}
		return "redirect:/transfers/" + id;
	}

	private String form(CurrentUser user, OpenTransferIn request, Map<String, List<String>> errors, Locale locale,
			Model model) {
		String own = user.isStaff() ? user.agencyCode() : null;
		model.addAttribute("request", request);
		model.addAttribute("errors", errors);
		model.addAttribute("agencies", this.registry.agencies()
			.stream()
			.filter(a -> !a.code().equals(own))
			.sorted(Comparator.comparing(AgencyView::code))
			.toList());
		model.addAttribute("candidates", user.isRegistrar() ? this.cases.candidates(user, 20, locale) : List.of());
		model.addAttribute("types", InsuranceType.values());
		model.addAttribute("categories", TransferCategory.values());
		return "transfer/new";
	}

	private static <E extends Enum<E>> @Nullable E constant(Class<E> type, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value.strip())) {
				return constant;
			}
		}
		return null;
	}

}
