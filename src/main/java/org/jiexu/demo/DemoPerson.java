package org.jiexu.demo;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jiexu.policy.Gender;

/**
 * A synthetic insured person (参保人) and their work history.
 *
 * @param idNumber the 18-character resident identity number (公民身份号码); its birth date and gender are the
 * person's
 * @param name the Chinese name
 * @param gender the gender the identity number states
 * @param birthDate the birth date the identity number states
 * @param hukouRegionCode the 6-digit GB/T 2260 code of the county of the household registration (户籍地)
 * @param phone an 11-digit mobile number
 * @param spells the work spells, in time order, not overlapping; empty for someone who has not worked yet
 */
public record DemoPerson(String idNumber, String name, Gender gender, LocalDate birthDate, String hukouRegionCode,
		String phone, List<WorkSpell> spells) {

	public DemoPerson {
		spells = List.copyOf(spells);
	}

	/** The codes of the agencies the person has worked at, in the order first reached. */
	public Set<String> agencyCodes() {
		Set<String> codes = new LinkedHashSet<>();
		this.spells.forEach(spell -> codes.add(spell.agencyCode()));
		return codes;
	}

}
