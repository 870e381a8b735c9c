package org.jiexu.registry;

/**
 * An employer as other modules' rules need it: who it is and where it is insured, without the staff count of
 * {@link EmployerView} (a count over all its employments, which a large employer makes costly on every request).
 */
public record EmployerReference(long id, String creditCode, String name, AgencyView agency) {
}
