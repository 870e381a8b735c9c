package org.jiexu.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jiexu.contribution.ContributionRecordView;
import org.jiexu.contribution.ContributionRecords;
import org.jiexu.policy.BenefitPlace;
import org.jiexu.policy.BenefitPlaceDecision;
import org.jiexu.policy.BenefitSegment;
import org.jiexu.policy.Regions;
import org.jiexu.registry.AgencyView;
import org.jiexu.registry.InsuranceRelationState;
import org.jiexu.registry.InsuranceRelationView;
import org.jiexu.registry.PersonRelations;
import org.jiexu.transfer.CaseCheck.Outcome;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Where the person would draw the pension once the relation is here (国办发〔2009〕66号 第六条, {@link BenefitPlace}),
 * from the months recorded at each agency (a temporary account's months apart): a check that informs and never
 * blocks — a transfer moves the relation whatever the benefit place, but the steward should tell a person who will
 * draw elsewhere. Left out while the receiving province has no months recorded yet outside the hukou province.
 */
@Component
class BenefitPlaceCheck {

	private final ContributionRecords records;

	BenefitPlaceCheck(ContributionRecords records) {
		this.records = records;
	}

	Optional<CaseCheck> check(PersonRelations person, AgencyView receiving) {
		List<BenefitSegment> segments = new ArrayList<>();
		for (InsuranceRelationView relation : person.relations()) {
			List<ContributionRecordView> held = this.records.recordsAt(person.person().id(), relation.agency().code());
			if (!held.isEmpty()) {
				segments.add(new BenefitSegment(relation.agency().province(), held.size(),
						relation.state() == InsuranceRelationState.TEMPORARY, held.get(held.size() - 1).month()));
			}
		}
		String here = receiving.province();
		boolean monthsHere = segments.stream().anyMatch(s -> s.province().equals(here) && !s.temporary());
		if (segments.isEmpty() || (!monthsHere && !here.equals(person.hukouProvince()))) {
			return Optional.empty();
		}
		BenefitPlaceDecision decision = BenefitPlace.decide(person.hukouProvince(), here, segments);
		DefaultMessageSourceResolvable clause = new DefaultMessageSourceResolvable(
				new String[] { "policy.benefitPlace.clause." + decision.clause() }, decision.clause().name());
		return Optional.of(decision.province().equals(here)
				? CaseCheck.of("BENEFIT_PLACE", Outcome.PASS, "transfer.check.benefitPlace.here", clause)
				: CaseCheck.of("BENEFIT_PLACE", Outcome.WARN, "transfer.check.benefitPlace.elsewhere",
						Regions.standard().labelOf(decision.province()), clause));
	}

}
