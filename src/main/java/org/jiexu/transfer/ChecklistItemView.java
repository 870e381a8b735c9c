package org.jiexu.transfer;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One item of a case's checklist (numbered from 1), in the reader's language, and who ticked it when. */
public record ChecklistItemView(int item, String text, boolean done, @Nullable String doneBy, @Nullable Instant doneAt) {
}
