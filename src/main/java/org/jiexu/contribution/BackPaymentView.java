package org.jiexu.contribution;

import java.math.BigDecimal;
import java.util.List;

import org.jiexu.policy.ContributorType;
import org.jiexu.policy.Explanation;
import org.jspecify.annotations.Nullable;

/**
 * A back-payment quoted or made ({@code id} once made): the months, the contributions, the late fee and the
 * total to pay, with the rules and sources applied.
 */
public record BackPaymentView(@Nullable Long id, long personId, String agencyCode, @Nullable Long employerId,
		ContributorType contributorType, List<BackPaymentMonth> months, BigDecimal contributions, BigDecimal lateFee,
		BigDecimal total, Explanation explanation) {
}
