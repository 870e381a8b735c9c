package org.jiexu.policy.web;

import java.util.List;

import org.jiexu.policy.Explanation;

import io.swagger.v3.oas.annotations.media.Schema;

/** A figure a rule used or produced, in an API answer; pages label it by {@code policy.figure.<name>}. */
@Schema(description = "A figure the rule used or produced: a stable name and its value as text")
record FigureView(@Schema(example = "divisor") String name, @Schema(example = "139") String value) {

	static List<FigureView> of(Explanation explanation) {
		return explanation.figures().stream().map(figure -> new FigureView(figure.name(), figure.value())).toList();
	}

}
