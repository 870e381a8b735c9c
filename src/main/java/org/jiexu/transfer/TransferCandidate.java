package org.jiexu.transfer;

/**
 * A person a registrar may open a transfer-in for: contributing here, the relation still held at another agency,
 * no transfer-in from there under way. The ID number is in full (registrars fill the application with it).
 */
public record TransferCandidate(long personId, String idNumber, String name, AgencyOnCase heldAt,
		String relationState) {
}
