package org.jiexu.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.jiexu.shared.UserInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Shows a refusal on a page as the error page with the reason, in the page's language. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorHandler {

	private final MessageSource messages;

	PageErrorHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(UserInputException.class)
	String refused(UserInputException refusal, Model model, HttpServletResponse response) {
		Locale locale = LocaleContextHolder.getLocale();
		int status = refusal.kind().httpStatus();
		response.setStatus(status);
		List<String> reasons = refusal.violations()
			.stream()
			.map(v -> this.messages.getMessage(v.messageKey(), v.argumentArray(), locale))
			.toList();
		model.addAttribute("status", status);
		model.addAttribute("reasons", reasons);
		return "error";
	}

}
