package org.jiexu.policy;

/** Gender as the identity number states it (the 17th digit: odd is male). */
public enum Gender {

	MALE, FEMALE

}
