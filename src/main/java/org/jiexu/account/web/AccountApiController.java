package org.jiexu.account.web;

import java.math.BigDecimal;

import org.jiexu.account.AccountLedger;
import org.jiexu.account.InterestPosting;
import org.jiexu.account.InterestPostingView;
import org.jiexu.account.PersonAccountsView;
import org.jiexu.identity.CurrentUser;
import org.jiexu.shared.InputCheck;
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

/** Individual accounts and the yearly interest posting. */
@RestController
@Tag(name = "Individual accounts (个人账户)")
class AccountApiController {

	private final AccountLedger ledger;

	private final InterestPosting interestPosting;

	AccountApiController(AccountLedger ledger, InterestPosting interestPosting) {
		this.ledger = ledger;
		this.interestPosting = interestPosting;
	}

	@GetMapping("/api/v1/persons/{id}/account")
	@Operation(summary = "The person's individual accounts: postings and yearly balances derived from them (staff"
			+ " see their agency's account, the person all of theirs)")
	PersonAccountsView account(CurrentUser user, @PathVariable long id) {
		return this.ledger.ledger(user, id);
	}

	@PostMapping("/api/v1/jobs/interest-posting")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Start the yearly interest posting of the caller's agency (administrator or supervisor);"
			+ " returns the run with its job id; follow it at GET /api/v1/jobs/{id}")
	InterestPostingView start(CurrentUser user, @RequestBody InterestPostingRequest request) {
		InputCheck check = new InputCheck();
		Integer year = check.value(() -> InterestPostingRequest.year(request.year()));
		BigDecimal rate = check.value(() -> InterestPostingRequest.rate(request.rate()));
		check.throwIfRefused();
		return this.interestPosting.start(user, java.util.Objects.requireNonNull(year), rate);
	}

	@PostMapping("/api/v1/jobs/{id}/resume")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Resume an interrupted interest posting where it stopped")
	InterestPostingView resume(CurrentUser user, @PathVariable long id) {
		return this.interestPosting.resume(user, id);
	}

	@GetMapping("/api/v1/jobs/interest-posting/{id}")
	@Operation(summary = "An interest posting run: year, rate and its source, accounts posted, interest credited")
	InterestPostingView run(CurrentUser user, @PathVariable long id) {
		return this.interestPosting.find(user, id);
	}

	/**
	 * @param year the year to post, e.g. 2024
	 * @param rate only for a year without a published rate: the rate as a decimal, e.g. 0.0262
	 */
	record InterestPostingRequest(@Schema(example = "2024") @Nullable String year,
			@Schema(example = "0.0262", description = "only when the policy has no rate for the year")
			@Nullable String rate) {

		static Integer year(@Nullable String text) {
			return TextInput.integer("year", text, 1990, 2200);
		}

		static @Nullable BigDecimal rate(@Nullable String text) {
			return TextInput.present(text) ? TextInput.decimal("rate", text, BigDecimal.ZERO, new BigDecimal("0.5"))
					: null;
		}

	}

}
