package org.jiexu.registry;

import java.util.List;
import java.util.Optional;

/**
 * What a transfer needs to know of a person from the registry: who (in full: not for display), the hukou region
 * (GB/T 2260, six digits) and every insurance relation.
 */
public record PersonRelations(PersonReference person, String hukouRegionCode, List<InsuranceRelationView> relations) {

	public PersonRelations {
		relations = List.copyOf(relations);
	}

	/** The relation at the agency, if the person has one there. */
	public Optional<InsuranceRelationView> at(String agencyCode) {
		return this.relations.stream().filter(r -> r.agency().code().equals(agencyCode)).findFirst();
	}

	/**
	 * The relation at which the person draws the pension (state {@code DRAWING_PENSION}), if any: such a person no
	 * longer transfers (国办发〔2009〕66号 第二条).
	 */
	public Optional<InsuranceRelationView> drawingPension() {
		return this.relations.stream().filter(r -> r.state() == InsuranceRelationState.DRAWING_PENSION).findFirst();
	}

	/** The 2-digit code of the hukou province. */
	public String hukouProvince() {
		return this.hukouRegionCode.substring(0, 2);
	}

}
