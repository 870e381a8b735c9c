package org.jiexu.fund;

/** One counterpart an agency moved money with: the money each way, and how much of the pair is seen here. */
public record PairSummary(String counterpartCode, ReconciliationScope scope, PairFlow outgoing, PairFlow incoming) {
}
