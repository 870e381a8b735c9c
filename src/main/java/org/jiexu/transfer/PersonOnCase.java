package org.jiexu.transfer;

import java.time.LocalDate;

import org.jiexu.policy.Gender;

/** The person of a case; the ID number is masked unless the reader's role needs it in full. */
public record PersonOnCase(long id, String idNumber, String name, Gender gender, LocalDate birthDate) {
}
