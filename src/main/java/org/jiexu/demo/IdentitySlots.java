package org.jiexu.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jiexu.policy.Gender;

/**
 * Gives each person index its own (birth date, sequence number) pair, the part of the identity number after
 * the region code. The pairs are numbered {@code day × 999 + (sequence − 1)} over every day from 1962-01-01
 * to 2002-12-31 and every sequence 001–999, and a {@link KeyedPermutation} keyed by the generator's seed maps
 * index to pair number. Distinct indexes therefore get distinct pairs, so their identity numbers differ
 * whatever region codes they are given: uniqueness holds for up to {@link #CAPACITY} persons per seed
 * (about 15 million), with nothing remembered.
 */
final class IdentitySlots {

	static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1962, 1, 1);

	static final LocalDate LAST_BIRTH_DATE = LocalDate.of(2002, 12, 31);

	static final int SEQUENCES_PER_DAY = 999;

	static final long DAYS = ChronoUnit.DAYS.between(FIRST_BIRTH_DATE, LAST_BIRTH_DATE) + 1;

	/** How many persons one seed can give distinct identity numbers: 14,975 days × 999 sequences. */
	static final long CAPACITY = DAYS * SEQUENCES_PER_DAY;

	private final KeyedPermutation permutation;

	IdentitySlots(long key) {
		this.permutation = new KeyedPermutation(CAPACITY, key);
	}

	Slot slotOf(long index) {
		long pair = this.permutation.apply(index);
		return new Slot(FIRST_BIRTH_DATE.plusDays(pair / SEQUENCES_PER_DAY), (int) (pair % SEQUENCES_PER_DAY) + 1);
	}

	/** A birth date and a sequence number (001–999; odd for men). */
	record Slot(LocalDate birthDate, int sequence) {

		Gender gender() {
			return this.sequence % 2 == 1 ? Gender.MALE : Gender.FEMALE;
		}

	}

}
