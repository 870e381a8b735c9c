package org.jiexu.demo;

import java.util.SplittableRandom;

/**
 * A keyed pseudo-random bijection of {@code [0, size)} onto itself: a six-round balanced Feistel network on
 * the smallest even number of bits that covers {@code size}, with cycle walking (re-encrypting until the
 * value falls inside the range). Being a bijection, distinct inputs always give distinct outputs, which is
 * what makes identity numbers and phone numbers unique without remembering the ones already issued.
 */
final class KeyedPermutation {

	private static final int ROUNDS = 6;

	private final long size;

	private final int halfBits;

	private final long halfMask;

	private final long[] roundKeys = new long[ROUNDS];

	KeyedPermutation(long size, long key) {
		if (size < 1) {
			throw new IllegalArgumentException("Size must be positive: " + size);
		}
		int bits = 64 - Long.numberOfLeadingZeros(size - 1);
		this.size = size;
		this.halfBits = (bits + 1) / 2;
		this.halfMask = (1L << this.halfBits) - 1;
		SplittableRandom random = new SplittableRandom(key);
		for (int i = 0; i < ROUNDS; i++) {
			this.roundKeys[i] = random.nextLong();
		}
	}

	long size() {
		return this.size;
	}

	long apply(long value) {
		if (value < 0 || value >= this.size) {
			throw new IllegalArgumentException("Value " + value + " outside [0, " + this.size + ")");
		}
		long result = value;
		do {
			result = encrypt(result);
		}
		while (result >= this.size);
		return result;
	}

	private long encrypt(long value) {
		long left = value >>> this.halfBits;
		long right = value & this.halfMask;
		for (long roundKey : this.roundKeys) {
			long next = left ^ (Seeds.mix64(right ^ roundKey) & this.halfMask);
			left = right;
			right = next;
		}
		return (left << this.halfBits) | right;
	}

}
