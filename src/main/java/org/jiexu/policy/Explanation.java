package org.jiexu.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a rule gave its answer: the figures it used and produced, and the sources it applied. Every rule result
 * has one.
 */
public record Explanation(List<Figure> figures, List<Source> sources) {

	public Explanation {
		figures = List.copyOf(figures);
		sources = List.copyOf(sources);
	}

	public static Builder citing(Source... sources) {
		return new Builder(List.of(sources));
	}

	/** Collects figures in the order a person would read them. */
	public static final class Builder {

		private final List<Figure> figures = new ArrayList<>();

		private final List<Source> sources = new ArrayList<>();

		private Builder(List<Source> sources) {
			this.sources.addAll(sources);
		}

		public Builder figure(String name, Object value) {
			this.figures.add(Figure.of(name, value));
			return this;
		}

		public Builder source(Source source) {
			if (!this.sources.contains(source)) {
				this.sources.add(source);
			}
			return this;
		}

		public Explanation build() {
			return new Explanation(this.figures, this.sources);
		}

	}

}
