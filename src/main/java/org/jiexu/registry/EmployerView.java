package org.jiexu.registry;

/** An employer as its readers see it, with the number of its current staff. */
public record EmployerView(long id, String creditCode, String name, AgencyView agency, long staffCount) {
}
