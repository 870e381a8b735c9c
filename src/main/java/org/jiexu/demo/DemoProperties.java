package org.jiexu.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data settings ({@code jiexu.demo.*}): whether to load, the generator's seed (same seed, same
 * data), how many persons and how many employers per agency, and whether the demo starts with transfers
 * between the agencies ({@link DemoTransfers}).
 */
@ConfigurationProperties("jiexu.demo")
record DemoProperties(boolean enabled, long seed, int persons, int employersPerAgency, boolean transfers) {
}
