package org.jiexu.transfer;

/** An agency named on a case: its code and its name in the reader's language. */
public record AgencyOnCase(String code, String name) {
}
