package org.jiexu.contribution.web;

import java.time.YearMonth;

import org.jiexu.contribution.BackPaymentRequest;
import org.jiexu.contribution.BackPaymentView;
import org.jiexu.contribution.BackPayments;
import org.jiexu.contribution.ContributionRecords;
import org.jiexu.contribution.PaymentDeclarationView;
import org.jiexu.contribution.PaymentDeclarations;
import org.jiexu.contribution.PersonContributionsView;
import org.jiexu.identity.CurrentUser;
import org.jiexu.shared.TextInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Contribution records, monthly payment declarations and back-payments. */
@RestController
@Tag(name = "Contributions (缴费)")
class ContributionApiController {

	private final ContributionRecords records;

	private final PaymentDeclarations payments;

	private final BackPayments backPayments;

	ContributionApiController(ContributionRecords records, PaymentDeclarations payments, BackPayments backPayments) {
		this.records = records;
		this.payments = payments;
		this.backPayments = backPayments;
	}

	@GetMapping("/api/v1/persons/{id}/contributions")
	@Operation(summary = "The person's contribution records (staff: at their agency; handler: with their employer;"
			+ " the person: all), months by agency and year, gaps and the minimum contribution status")
	PersonContributionsView contributions(CurrentUser user, @PathVariable long id) {
		return this.records.contributions(user, id);
	}

	@PostMapping("/api/v1/employers/{id}/payment-declarations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Declare and pay the current month for every person employed, on the bases in force")
	PaymentDeclarationView declare(CurrentUser user, @PathVariable long id, @RequestBody MonthRequest request) {
		return this.payments.declare(user, id, request.parsedMonth());
	}

	@PostMapping("/api/v1/persons/{id}/back-payments/quote")
	@Operation(summary = "What a back-payment of past months would cost: contributions per month, late fee"
			+ " (Social Insurance Law Art. 86, employers only), total, with the sources; nothing is saved")
	BackPaymentView quote(CurrentUser user, @PathVariable long id, @RequestBody BackPaymentRequest request) {
		return this.backPayments.quote(user, id, request);
	}

	@PostMapping("/api/v1/persons/{id}/back-payments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Back-pay past months (also months before the registration date): records, account"
			+ " credits and the late fee")
	BackPaymentView pay(CurrentUser user, @PathVariable long id, @RequestBody BackPaymentRequest request) {
		return this.backPayments.pay(user, id, request);
	}

	/** @param month the month to pay, e.g. 2026-11 */
	record MonthRequest(@Schema(example = "2026-11") @Nullable String month) {

		YearMonth parsedMonth() {
			return TextInput.yearMonth("month", this.month);
		}

	}

}
