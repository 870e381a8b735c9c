package org.jiexu.transfer;

import org.jspecify.annotations.Nullable;

/**
 * An application for a transfer-in (转入申请) at the receiving agency: whose relation (ID number), from which agency
 * (its code), which scheme ({@link InsuranceType}) and, if it is one of the difficult ones, the
 * {@link TransferCategory} (ORDINARY when left out). Text as typed; every field is checked.
 */
public record OpenTransferIn(@Nullable String idNumber, @Nullable String sendingAgencyCode,
		@Nullable String insuranceType, @Nullable String category) {
}
