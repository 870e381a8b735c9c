package org.jiexu.registry;

/** An employer was registered at the agency. */
public record EmployerRegistered(long employerId, String agencyCode) {
}
