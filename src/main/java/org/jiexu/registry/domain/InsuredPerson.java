package org.jiexu.registry.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

import org.jiexu.policy.Gender;
import org.jiexu.policy.IdNumber;
import org.jiexu.registry.InsuranceRelationState;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An insured person (参保人): identity, hukou region and phone, with their insurance relations and
 * employments as parts of the aggregate.
 */
@Table(schema = "registry", name = "insured_person")
public class InsuredPerson {

	private @Id @Nullable Long id;

	private final String idNumber;

	private final String name;

	private final Gender gender;

	private final LocalDate birthDate;

	private final String hukouRegionCode;

	private final @Nullable String phone;

	private final Instant registeredAt;

	private final String registeredBy;

	@MappedCollection(idColumn = "insured_person")
	private final Set<InsuranceRelation> relations;

	@MappedCollection(idColumn = "insured_person")
	private final Set<Employment> employments;

	@PersistenceCreator
	InsuredPerson(@Nullable Long id, String idNumber, String name, Gender gender, LocalDate birthDate,
			String hukouRegionCode, @Nullable String phone, Instant registeredAt, String registeredBy,
			Set<InsuranceRelation> relations, Set<Employment> employments) {
		this.id = id;
		this.idNumber = idNumber;
		this.name = name;
		this.gender = gender;
		this.birthDate = birthDate;
		this.hukouRegionCode = hukouRegionCode;
		this.phone = phone;
		this.registeredAt = registeredAt;
		this.registeredBy = registeredBy;
		this.relations = new HashSet<>(relations);
		this.employments = new HashSet<>(employments);
	}

	/**
	 * A newly registered person whose relation opens today at the agency, employed from this month by the
	 * employer if one is given.
	 */
	public static InsuredPerson register(PersonRegistration registration) {
		IdNumber idNumber = registration.idNumber();
		Set<InsuranceRelation> relations = Set.of(new InsuranceRelation(null, registration.agencyCode(),
				InsuranceRelationState.ACTIVE, registration.today(), null, null, null));
		Set<Employment> employments = registration.employerId() == null ? Set.of()
				: Set.of(new Employment(null, registration.employerId(), registration.agencyCode(),
						YearMonth.from(registration.today()).atDay(1), null));
		return new InsuredPerson(null, idNumber.value(), registration.name(), idNumber.gender(),
				idNumber.birthDate(), registration.hukouRegionCode(), registration.phone(), registration.now(),
				registration.registeredBy(), relations, employments);
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getIdNumber() {
		return this.idNumber;
	}

	public String getName() {
		return this.name;
	}

	public Gender getGender() {
		return this.gender;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public String getHukouRegionCode() {
		return this.hukouRegionCode;
	}

	public @Nullable String getPhone() {
		return this.phone;
	}

	public Set<InsuranceRelation> getRelations() {
		return Set.copyOf(this.relations);
	}

	public Set<Employment> getEmployments() {
		return Set.copyOf(this.employments);
	}

}
