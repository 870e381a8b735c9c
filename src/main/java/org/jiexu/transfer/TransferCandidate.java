package org.jiexu.transfer;

import java.util.List;

/**
 * A person a registrar may open a transfer-in for: contributing here, the relation still held at another agency,
 * no transfer-in from there under way. The ID number is in full (registrars fill the application with it).
 * {@code failingChecks}: the codes of the checks that would stop the contact letter (e.g. the temporary-account
 * rule), empty when none would.
 */
public record TransferCandidate(long personId, String idNumber, String name, AgencyOnCase heldAt,
		String relationState, List<String> failingChecks) {

	public TransferCandidate {
		failingChecks = List.copyOf(failingChecks);
	}

}
