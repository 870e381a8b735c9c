/**
 * Jobs (作业): long-running work started by a user (yearly interest posting, contribution imports), with its
 * state and progress for a page and the API. A job belongs to the agency of the user who started it, and only
 * that agency's staff see it.
 * <p>
 * Depends on: {@code identity} (the current user), {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jobs (作业)",
		allowedDependencies = { "shared", "identity" })
@org.jspecify.annotations.NullMarked
package org.jiexu.job;
