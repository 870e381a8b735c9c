package org.jiexu.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

/** The employers of each seed agency, in the order given, to pick a spell's employer from. */
final class EmployerDirectory {

	private final Map<String, List<DemoEmployer>> byAgency = new LinkedHashMap<>();

	EmployerDirectory(List<DemoEmployer> employers) {
		employers.forEach(employer -> this.byAgency.computeIfAbsent(employer.agencyCode(), code -> new ArrayList<>())
			.add(employer));
		for (DemoAgency agency : DemoAgencies.SEED) {
			if (!this.byAgency.containsKey(agency.code())) {
				throw new IllegalArgumentException(
						"No employer at agency " + agency.code() + " (" + agency.nameEn() + ")");
			}
		}
	}

	/** The credit code of one of the agency's employers, other than {@code avoid} when there is a choice. */
	String pick(SplittableRandom random, String agencyCode, @Nullable String avoid) {
		List<DemoEmployer> candidates = this.byAgency.get(agencyCode);
		String picked = candidates.get(random.nextInt(candidates.size())).creditCode();
		if (picked.equals(avoid) && candidates.size() > 1) {
			int other = random.nextInt(candidates.size() - 1);
			String skipped = candidates.get(other).creditCode();
			picked = skipped.equals(avoid) ? candidates.get(candidates.size() - 1).creditCode() : skipped;
		}
		return picked;
	}

}
