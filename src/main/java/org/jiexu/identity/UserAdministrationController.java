package org.jiexu.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.jiexu.shared.UserInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: an administrator's list of accounts with enable/disable, a new staff account, and one's password. */
@Controller
class UserAdministrationController {

	private static final List<Role> STAFF_ROLES = EnumSet.allOf(Role.class).stream().filter(Role::isStaffRole).toList();

	private final UserManagement users;

	private final MessageSource messages;

	UserAdministrationController(UserManagement users, MessageSource messages) {
		this.users = users;
		this.messages = messages;
	}

	@GetMapping("/admin/users")
	String list(CurrentUser admin, Model model) {
		model.addAttribute("users", this.users.users(admin));
		model.addAttribute("self", admin.username());
		return "identity/users";
	}

	@GetMapping("/admin/users/new")
	String newStaff(CurrentUser admin, Model model) {
		this.users.users(admin); // refuses non-administrators before showing the form
		model.addAttribute("form", new CreateStaffUser(null, null, null, Set.of()));
		model.addAttribute("staffRoles", STAFF_ROLES);
		return "identity/user-new";
	}

	@PostMapping("/admin/users")
	String createStaff(CurrentUser admin, @RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String password,
			@RequestParam(required = false) @Nullable String displayName,
			@RequestParam(required = false) @Nullable Set<Role> roles, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		CreateStaffUser form = new CreateStaffUser(username, password, displayName, roles);
		try {
			UserView created = this.users.createStaff(admin, form);
			redirect.addFlashAttribute("created", created.username());
			return "redirect:/admin/users";
		}
		catch (UserInputException refusal) {
			refused(refusal, model, response);
			model.addAttribute("form", new CreateStaffUser(username, null, displayName, roles == null ? Set.of() : roles));
			model.addAttribute("staffRoles", STAFF_ROLES);
			return "identity/user-new";
		}
	}

	@PostMapping("/admin/users/{username}/disable")
	String disable(CurrentUser admin, @PathVariable String username) {
		this.users.disable(admin, username);
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{username}/enable")
	String enable(CurrentUser admin, @PathVariable String username) {
		this.users.enable(admin, username);
		return "redirect:/admin/users";
	}

	@GetMapping("/account/password")
	String passwordForm() {
		return "identity/password";
	}

	@PostMapping("/account/password")
	String changePassword(CurrentUser user, @RequestParam(required = false) @Nullable String currentPassword,
			@RequestParam(required = false) @Nullable String newPassword, Model model, HttpServletResponse response) {
		try {
			this.users.changePassword(user, currentPassword, newPassword);
			model.addAttribute("changed", true);
		}
		catch (UserInputException refusal) {
			refused(refusal, model, response);
		}
		return "identity/password";
	}

	private void refused(UserInputException refusal, Model model, HttpServletResponse response) {
		response.setStatus(refusal.kind().httpStatus());
		model.addAttribute("fieldErrors", refusal.messagesByField(this.messages, LocaleContextHolder.getLocale()));
	}

}
