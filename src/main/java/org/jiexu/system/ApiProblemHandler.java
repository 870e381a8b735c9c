package org.jiexu.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jiexu.shared.UserInputException;
import org.jiexu.shared.UserInputException.Violation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns refusals into RFC 9457 problem details for the API, in the request's language: a title, a detail,
 * and {@code errors}, one entry per refused field ({@code field}, {@code code}, {@code message}).
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(UserInputException.class)
	ResponseEntity<ProblemDetail> refused(UserInputException refusal) {
		Locale locale = LocaleContextHolder.getLocale();
		HttpStatus status = HttpStatus.valueOf(refusal.kind().httpStatus());
		List<Map<String, Object>> errors = new ArrayList<>();
		for (Violation violation : refusal.violations()) {
			errors.add(error(violation.field(), violation.messageKey(),
					this.messages.getMessage(violation.messageKey(), violation.argumentArray(), locale)));
		}
		ProblemDetail problem = problem(status, "problem.title." + refusal.kind().name(),
				(String) errors.get(0).get("message"), locale);
		problem.setProperty("errors", errors);
		return ResponseEntity.status(status).body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		String message = this.messages.getMessage("problem.badParameter", new Object[] { ex.getName() }, locale);
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.title.INVALID", message, locale);
		problem.setProperty("errors", List.of(error(ex.getName(), "problem.badParameter", message)));
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, Object>> errors = new ArrayList<>();
		for (FieldError fieldError : ex.getBindingResult().getFieldErrors()) {
			errors.add(error(fieldError.getField(), fieldError.getCode(), this.messages.getMessage(fieldError, locale)));
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.title.INVALID",
				errors.isEmpty() ? null : (String) errors.get(0).get("message"), locale);
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.title.INVALID",
				this.messages.getMessage("problem.unreadableBody", null, locale), locale);
		return ResponseEntity.badRequest().body(problem);
	}

	private ProblemDetail problem(HttpStatus status, String titleKey, @Nullable String detail, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(this.messages.getMessage(titleKey, null, locale));
		problem.setDetail(detail);
		return problem;
	}

	private static Map<String, Object> error(@Nullable String field, @Nullable String code, String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("code", code);
		error.put("message", message);
		return error;
	}

}
