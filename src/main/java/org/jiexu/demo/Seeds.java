package org.jiexu.demo;

/**
 * Derives independent random seeds from the generator's seed: one per person index, one per purpose. Uses
 * the 64-bit finaliser of SplitMix64 (Stafford's variant 13), so neighbouring indexes give unrelated streams.
 */
final class Seeds {

	private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

	private Seeds() {
	}

	/** The seed of the random stream of person {@code index}. */
	static long forPerson(long seed, long index) {
		return mix64(mix64(seed) + GOLDEN_GAMMA * (index + 1));
	}

	/** The seed of a named purpose (employers, permutation keys), unrelated to every person's. */
	static long forPurpose(long seed, String purpose) {
		return mix64(mix64(seed ^ 0x5DEECE66DL) ^ mix64(purpose.hashCode()));
	}

	static long mix64(long value) {
		long z = value;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

}
