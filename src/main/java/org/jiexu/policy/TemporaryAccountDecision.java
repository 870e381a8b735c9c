package org.jiexu.policy;

/**
 * Whether a move opens a temporary contribution account (临时基本养老保险缴费账户), from
 * {@link TemporaryAccountRule}.
 *
 * @param temporary whether the new place opens a temporary account (the relation stays at the old place)
 * @param reason what decided it
 * @param ageAtMove the age in full years on the move date
 * @param ageThreshold 50 for a man, 40 for a woman
 */
public record TemporaryAccountDecision(boolean temporary, TemporaryAccountReason reason, int ageAtMove,
		int ageThreshold, Explanation explanation) {

}
