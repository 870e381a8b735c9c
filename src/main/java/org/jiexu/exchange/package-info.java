/**
 * Exchange (业务协同): the messages agencies send each other about a transfer — contact letter, info table, fund
 * remittance, receipt, rejection — as typed envelopes with ids. A message is kept in the sender's outbox in the
 * sender's transaction and taken once into the receiver's inbox (unique on its id); the receiving module hears of
 * it through a {@link org.jiexu.exchange.MessageReceived} event. The in-process transport delivers between agencies
 * of one deployment right after the sender commits (decision 20); the broker between deployments comes later.
 * <p>
 * Depends on: {@code shared} only: it knows agencies by their codes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange (业务协同)", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.jiexu.exchange;
