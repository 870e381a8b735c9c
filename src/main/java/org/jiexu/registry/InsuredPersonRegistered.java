package org.jiexu.registry;

/** A person was registered and their relation opened at the agency. */
public record InsuredPersonRegistered(long insuredPersonId, String agencyCode) {
}
