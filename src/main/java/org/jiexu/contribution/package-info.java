/**
 * Contributions (缴费): yearly base declarations, monthly contribution records per person, month and agency,
 * employers' monthly payment declarations, back-payments with their late fees, gaps and what they mean for the
 * minimum contribution period, and imports of monthly declarations. Every record credits its account part to
 * the person's individual account ({@code account}).
 * <p>
 * Depends on: {@code policy} (rates, limits, late fee, minimum period), {@code registry} (persons, employers,
 * scope), {@code account} (credits), {@code job}, {@code identity}, {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contributions (缴费)",
		allowedDependencies = { "shared", "policy", "identity", "registry", "account", "job", "document" })
@org.jspecify.annotations.NullMarked
package org.jiexu.contribution;
