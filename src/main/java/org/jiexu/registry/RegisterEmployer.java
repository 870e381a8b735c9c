package org.jiexu.registry;

import org.jspecify.annotations.Nullable;

/** Register an employer at the clerk's agency. */
public record RegisterEmployer(@Nullable String creditCode, @Nullable String name) {
}
