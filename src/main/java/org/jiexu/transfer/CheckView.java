package org.jiexu.transfer;

/** A check as the reader sees it: its code, outcome and the finding in the reader's language. */
public record CheckView(String code, CaseCheck.Outcome outcome, String message) {
}
