package org.jiexu.fund.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jiexu.fund.FundBalances;
import org.jiexu.fund.FundReports;
import org.jiexu.fund.NetworkCheck;
import org.jiexu.fund.PairReconciliation;
import org.jiexu.fund.PairSummary;
import org.jiexu.identity.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The fund ledger (基金账簿): balances, reconciliation per agency pair, and the network check (decision 25). */
@RestController
@Tag(name = "Fund ledger (基金账簿)")
class FundApiController {

	private final FundReports reports;

	FundApiController(FundReports reports) {
		this.reports = reports;
	}

	@GetMapping("/api/v1/funds/balances")
	@Operation(summary = "The caller's agency's fund ledger: each account (POOLED_FUND, INDIVIDUAL_ACCOUNT_FUND,"
			+ " IN_TRANSIT, REFUNDS_PAYABLE) with its debits, credits and balance (debits minus credits: what the"
			+ " account holds because of transfers since the ledger opened at zero), their sum (always zero) and the"
			+ " number of entries. Supervisors and administrators only (403)")
	FundBalances balances(CurrentUser user) {
		return this.reports.balances(user);
	}

	@GetMapping("/api/v1/funds/reconciliation")
	@Operation(summary = "The reconciliation (对账) of the caller's agency with one counterpart: per direction what"
			+ " the sending agency booked as sent, what the receiving agency booked as received, what is still in"
			+ " transit and any difference, and the same per transfer (at most 200 listed, those in transit or with a"
			+ " difference first). scope BOTH_SIDES: both agencies' ledgers are kept in this deployment; THIS_SIDE_ONLY:"
			+ " the counterpart's ledger is kept in another deployment, so only the caller's side is given (the other"
			+ " side's figures, in transit and difference are null). Supervisors and administrators only (403); a"
			+ " missing, own or unknown counterpart is refused (400)")
	PairReconciliation reconciliation(CurrentUser user,
			@Parameter(example = "42098101") @RequestParam(required = false) @Nullable String counterpart) {
		return this.reports.reconciliation(user, counterpart);
	}

	@GetMapping("/api/v1/funds/pairs")
	@Operation(summary = "Every counterpart the caller's agency moved money with, and the money each way (as in the"
			+ " reconciliation, without the transfers). Supervisors and administrators only (403)")
	List<PairSummary> pairs(CurrentUser user) {
		return this.reports.pairs(user);
	}

	@GetMapping("/api/v1/funds/network-check")
	@Operation(summary = "The network check: every account of every agency whose ledger this deployment keeps, per"
			+ " agency and summed; whether the sum is zero (the ledger opens at zero and every entry balances, so money"
			+ " is neither lost nor doubled by transfers); the money in transit (the in-transit accounts summed), split"
			+ " into what travels between agencies kept here and the net with agencies kept in other deployments; and"
			+ " any unbalanced entry (at most 100). Administrators only (403)")
	NetworkCheck networkCheck(CurrentUser user) {
		return this.reports.networkCheck(user);
	}

}
