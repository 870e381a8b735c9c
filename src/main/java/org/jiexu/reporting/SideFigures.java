package org.jiexu.reporting;

import java.math.BigDecimal;

import org.jiexu.shared.Money;

/**
 * One side's figures of a month or a period.
 *
 * @param opened cases opened: transfer-ins accepted, transfer-outs whose first contact letter arrived
 * @param completed cases completed (办结)
 * @param fundsMoved yuan: received (transfer-in, on reaching INFO_RECEIVED) or remitted (transfer-out, pooled fund
 * and individual account, on issuing the info table)
 */
public record SideFigures(long opened, long completed, BigDecimal fundsMoved) {

	static final SideFigures NONE = new SideFigures(0, 0, Money.ZERO);

	SideFigures plus(SideFigures other) {
		return new SideFigures(this.opened + other.opened, this.completed + other.completed,
				this.fundsMoved.add(other.fundsMoved));
	}

}
