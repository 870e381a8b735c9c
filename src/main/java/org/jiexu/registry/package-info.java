/**
 * Registry (登记): agencies and their GB/T 2260 regions, employers ({@link org.jiexu.policy.CreditCode}),
 * insured persons ({@link org.jiexu.policy.IdNumber}), their insurance relations (which agency holds a
 * person, in what state) and employments (who worked where, for which employer).
 * <p>
 * Every read and write goes through {@link org.jiexu.registry.RegistryManagement} with the
 * {@link org.jiexu.identity.CurrentUser}, and is scoped: staff see the persons with a relation at their
 * agency and the employers registered there, an employer handler sees its employer and current staff, an
 * insured person sees themselves. Anything outside the scope is "not found".
 * <p>
 * Depends on: {@code policy} (identifiers, regions), {@code identity} (the current user), {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry (登记)",
		allowedDependencies = { "shared", "policy", "identity" })
@org.jspecify.annotations.NullMarked
package org.jiexu.registry;
