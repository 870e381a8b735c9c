/**
 * Transfer and continuation (转移接续): the two cases of a transfer — the receiving agency's transfer-in case and
 * the sending agency's transfer-out case — linked by the messages they exchange ({@code exchange}); their states
 * and guarded transitions, each recorded with who, when and why; the checks before a letter goes out or an info
 * table is issued; working-day deadlines from the policy calendar; the steward (管家) who owns each case; and the
 * case ledger (台账) of an agency's cases with the views its staff save of it.
 * <p>
 * Every read and action goes through {@link org.jiexu.transfer.TransferCases} (the documents through
 * {@link org.jiexu.transfer.TransferDocuments}, the ledger through {@link org.jiexu.transfer.CaseLedger}, saved
 * views through {@link org.jiexu.transfer.SavedViews}) with the
 * {@link org.jiexu.identity.CurrentUser}: staff see their own agency's side only, a person their own cases.
 * <p>
 * Depends on: {@code policy} (working days, the temporary-account rule, retirement ages, transfer amounts),
 * {@code registry} (agencies, persons, relations), {@code contribution} (the records a transfer moves),
 * {@code account} (the individual-account postings of a transfer), {@code identity} (users, stewards),
 * {@code exchange} (messages), {@code document} (the contact letter, info table and contribution certificate as
 * PDFs, the ledger's workbook), {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transfer (转移接续)",
		allowedDependencies = { "shared", "policy", "identity", "registry", "contribution", "account",
				"exchange", "document" })
@org.jspecify.annotations.NullMarked
package org.jiexu.transfer;
