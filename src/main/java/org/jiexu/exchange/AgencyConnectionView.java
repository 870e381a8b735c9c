package org.jiexu.exchange;

import java.time.Instant;

/** Whether the exchange reaches an agency electronically, as last set, by whom and when. */
public record AgencyConnectionView(String agencyCode, boolean connected, String changedBy, Instant changedAt) {
}
