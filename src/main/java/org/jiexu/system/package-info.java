/**
 * System (系统): web plumbing every module shares. The clock (Asia/Shanghai), the language of a request
 * (Chinese by default, English on request, sticking for the session), problem details (RFC 9457) for the
 * API with field-level messages in the request's language, error pages, the home page, the scheduled jobs, and
 * the resubmission of events whose asynchronous listener failed.
 * <p>
 * Depends on: {@code identity} (the home page greets the signed-in user), {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System (系统)",
		allowedDependencies = { "shared", "identity" })
@org.jspecify.annotations.NullMarked
package org.jiexu.system;
