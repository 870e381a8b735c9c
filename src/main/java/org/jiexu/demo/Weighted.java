package org.jiexu.demo;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** A fixed list of choices with integer weights, picked in proportion to their weights. */
final class Weighted<T> {

	private final List<T> choices;

	private final int[] cumulative;

	Weighted(List<T> choices, int[] weights) {
		if (choices.isEmpty() || choices.size() != weights.length) {
			throw new IllegalArgumentException("Need one positive weight per choice");
		}
		this.choices = List.copyOf(choices);
		this.cumulative = new int[weights.length];
		int total = 0;
		for (int i = 0; i < weights.length; i++) {
			if (weights[i] <= 0) {
				throw new IllegalArgumentException("Weights must be positive");
			}
			total += weights[i];
			this.cumulative[i] = total;
		}
	}

	T pick(SplittableRandom random) {
		int ticket = random.nextInt(this.cumulative[this.cumulative.length - 1]);
		int found = Arrays.binarySearch(this.cumulative, ticket + 1);
		return this.choices.get(found >= 0 ? found : -found - 1);
	}

}
