package org.jiexu.registry;

import org.jspecify.annotations.Nullable;

/**
 * Record that a person starts drawing the pension at the clerk's agency from a month ({@code fromMonth},
 * {@code yyyy-MM}, not after the current month), taken as text so that a bad month gets its own message.
 */
public record RecordPensionStart(@Nullable String fromMonth) {
}
