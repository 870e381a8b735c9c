package org.jiexu.exchange;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The messages of an agency still on their way in one box: not delivered yet (outbox) or not processed yet (inbox),
 * dead letters apart. {@code oldestSince}: when the longest waiting of them was sent (outbox) or received (inbox);
 * {@code lastError}: why the latest failed attempt among them failed (e.g. the broker unreachable), if any did.
 */
public record Backlog(Box box, int waiting, @Nullable Instant oldestSince, @Nullable String lastError) {
}
