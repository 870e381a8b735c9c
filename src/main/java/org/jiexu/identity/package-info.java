/**
 * Identity (身份与权限): users of every kind (agency staff, employer handlers, insured persons), their roles,
 * the scope each one works in (an agency, an employer, oneself), password login for pages and HTTP Basic
 * for the API, and the current user as a {@link org.jiexu.identity.CurrentUser} for every other module.
 * <p>
 * Depends on: {@code shared} only. It knows agencies, employers and persons only by their codes and ids,
 * so that everything else may depend on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity (身份与权限)", allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package org.jiexu.identity;
