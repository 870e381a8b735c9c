package org.jiexu.registry;

import java.time.LocalDate;
import java.util.List;

import org.jiexu.policy.Gender;
import org.jspecify.annotations.Nullable;

/**
 * A person's page: basic data, relations and employments. {@code idNumber} and {@code phone} are in full
 * only for readers whose role needs them ({@code identifiersMasked} says which); {@code onlineAccount} says
 * whether the person has opened their online account.
 */
public record InsuredPersonView(long id, String idNumber, String name, Gender gender, LocalDate birthDate,
		String hukouRegionCode, String hukouRegionName, @Nullable String phone, boolean identifiersMasked,
		boolean onlineAccount, List<InsuranceRelationView> relations, List<EmploymentView> employments) {
}
