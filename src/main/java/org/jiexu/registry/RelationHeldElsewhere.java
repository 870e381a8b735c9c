package org.jiexu.registry;

/**
 * A person contributing at one agency whose pension relation is still held at another (suspended there, or a
 * temporary account): the raw material of a transfer-in. The ID number is in full: for registrars only.
 */
public record RelationHeldElsewhere(PersonReference person, AgencyView heldAt, InsuranceRelationState state) {
}
