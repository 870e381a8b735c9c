package org.jiexu.reporting;

import org.jspecify.annotations.Nullable;

/** The open cases of one steward (管家), and how many of them are overdue; {@code steward} null: not assigned. */
public record StewardLoad(@Nullable String steward, long open, long overdue) {
}
