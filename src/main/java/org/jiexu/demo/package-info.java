/**
 * Demo data (演示数据): a deterministic synthetic generator of demo agencies (the five seed places), employers
 * with valid unified social credit codes, and insured people with valid identity numbers, realistic Chinese
 * names, hukou regions and multi-region work histories with monthly contribution bases. Everything follows
 * from one seed: any person can be regenerated alone from (seed, index), so millions can be streamed without
 * being held in memory. With {@code jiexu.demo.enabled} (the demo profile, the default of
 * {@code ./mvnw spring-boot:run}), {@code DemoDataLoader} fills an empty database with them and the demo accounts,
 * and {@code DemoTransfers} opens and works transfers between the agencies through the transfer module's services.
 * <p>
 * Depends on: {@code policy} (identifiers, regions), {@code registry} (bulk import), {@code identity} (demo
 * accounts), {@code contribution} (history, bases in force), {@code account} (interest), {@code transfer} (the
 * demo's transfers), {@code exchange} (which agencies this deployment serves: a deployment of a few agencies loads
 * only their records and transfers; an agency marked not connected), {@code shared}. Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data (演示数据)",
		allowedDependencies = { "shared", "policy", "registry", "identity", "contribution", "account", "transfer",
				"exchange" })
@org.jspecify.annotations.NullMarked
package org.jiexu.demo;
