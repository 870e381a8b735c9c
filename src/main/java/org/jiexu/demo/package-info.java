/**
 * Demo data (演示数据): a deterministic synthetic generator of demo agencies (the five seed places), employers
 * with valid unified social credit codes, and insured people with valid identity numbers, realistic Chinese
 * names, hukou regions and multi-region work histories with monthly contribution bases. Everything follows
 * from one seed: any person can be regenerated alone from (seed, index), so millions can be streamed without
 * being held in memory. And, in the demo profile, the loader.
 * <p>
 * Depends on: policy (identifiers, regions), shared.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data (演示数据)", allowedDependencies = { "shared", "policy", "registry", "identity" })
@org.jspecify.annotations.NullMarked
package org.jiexu.demo;
