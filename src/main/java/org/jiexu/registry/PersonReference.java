package org.jiexu.registry;

import java.time.LocalDate;

import org.jiexu.policy.Gender;

/**
 * The registry's facts about a person that other modules' rules need: who (id, ID number, name), when born, and
 * when registered. Not for display: the ID number is in full.
 */
public record PersonReference(long id, String idNumber, String name, Gender gender, LocalDate birthDate,
		LocalDate registeredOn) {
}
