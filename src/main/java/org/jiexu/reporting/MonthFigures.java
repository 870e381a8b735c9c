package org.jiexu.reporting;

import java.time.YearMonth;

/** One month of an agency's transfers: transfer-ins and transfer-outs opened, completed and money moved. */
public record MonthFigures(YearMonth month, SideFigures transferIn, SideFigures transferOut) {
}
