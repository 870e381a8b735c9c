package org.jiexu.reporting;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A first-, second- or third-attempt completion rate (一次/二次/三次办结率, {@code FirstAttemptCompletionRate}) of
 * the cases of one side opened in the period: the share completed with at most {@code attempt} contact letters. A case
 * still open or rejected counts as not completed, so the rates of recent months grow as their cases finish.
 *
 * @param attempt 1, 2 or 3
 * @param completed the numerator: cases opened in the period and completed at this attempt or an earlier one
 * @param opened the denominator: cases opened in the period
 * @param percent completed / opened in percent, half-up to 0.1; {@code null} when none was opened
 */
public record CompletionRate(int attempt, long completed, long opened, @Nullable BigDecimal percent) {
}
