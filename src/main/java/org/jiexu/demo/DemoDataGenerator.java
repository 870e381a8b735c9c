package org.jiexu.demo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.jiexu.policy.IdNumber;

/**
 * A deterministic generator of synthetic demo data: employers of the {@linkplain DemoAgencies#SEED seed
 * agencies} and insured people with multi-region work histories. The same seed always gives the same data.
 * <p>
 * Person number {@code index} depends only on the seed and the index: its random choices come from a
 * {@link SplittableRandom} seeded by mixing the two, so persons can be streamed by the million without being
 * held in memory, and any one of them can be regenerated alone.
 * <p>
 * <b>Distinct identity numbers.</b> The birth date and 3-digit sequence number of person {@code index} are
 * not drawn at random: a keyed permutation (seeded by the generator's seed) maps the index to one of the
 * 14,960,025 (birth date, sequence) pairs of 1962-01-01 to 2002-12-31 × 001–999. Distinct
 * indexes get distinct pairs, so their identity numbers differ whatever their region codes, with no
 * collision checking. Hence the limit of {@link #MAX_PERSONS} persons per seed. Phone numbers are made
 * distinct the same way.
 */
public final class DemoDataGenerator {

	/** How many persons one seed can generate with distinct identity numbers (14,975 days × 999). */
	public static final long MAX_PERSONS = IdentitySlots.CAPACITY;

	private final long seed;

	private final IdentitySlots identities;

	private final PhoneNumbers phones;

	public DemoDataGenerator(long seed) {
		this.seed = seed;
		this.identities = new IdentitySlots(Seeds.forPurpose(seed, "identity numbers"));
		this.phones = new PhoneNumbers(Seeds.forPurpose(seed, "phone numbers"));
	}

	public long seed() {
		return this.seed;
	}

	/**
	 * {@code perAgency} employers for each seed agency, agency by agency in {@link DemoAgencies#SEED} order,
	 * with distinct credit codes. Each agency has its own random stream, so the employers of
	 * {@code employers(n)} are the first {@code n} of each agency's employers in {@code employers(m)}, m > n.
	 */
	public List<DemoEmployer> employers(int perAgency) {
		if (perAgency < 1) {
			throw new IllegalArgumentException("Need at least one employer per agency, got " + perAgency);
		}
		List<DemoEmployer> employers = new ArrayList<>(perAgency * DemoAgencies.SEED.size());
		Set<String> creditCodes = new HashSet<>();
		for (DemoAgency agency : DemoAgencies.SEED) {
			SplittableRandom random = new SplittableRandom(Seeds.forPurpose(this.seed, "employers " + agency.code()));
			Set<String> names = new HashSet<>();
			for (int i = 0; i < perAgency; i++) {
				String creditCode;
				do {
					creditCode = CreditCodes.companyCode(random, agency.regionCode());
				}
				while (!creditCodes.add(creditCode));
				employers.add(new DemoEmployer(creditCode, distinctName(random, agency, names), agency.code()));
			}
		}
		return List.copyOf(employers);
	}

	/**
	 * Person number {@code index} (0 ≤ index < {@link #MAX_PERSONS}) as of the month {@code asOf}: the same
	 * as element {@code index} of {@link #persons persons(…)} with the same arguments.
	 * @param employers the employers to place people at; every seed agency needs at least one
	 */
	public DemoPerson person(long index, YearMonth asOf, List<DemoEmployer> employers) {
		return person(index, asOf, new WorkHistories(new EmployerDirectory(employers)));
	}

	/** Persons {@code 0} to {@code count − 1}, generated lazily as the stream is consumed. */
	public Stream<DemoPerson> persons(long count, YearMonth asOf, List<DemoEmployer> employers) {
		if (count < 0 || count > MAX_PERSONS) {
			throw new IllegalArgumentException("Count must be within 0 to " + MAX_PERSONS + ", got " + count);
		}
		WorkHistories histories = new WorkHistories(new EmployerDirectory(employers));
		return LongStream.range(0, count).mapToObj(index -> person(index, asOf, histories));
	}

	private DemoPerson person(long index, YearMonth asOf, WorkHistories histories) {
		if (index < 0 || index >= MAX_PERSONS) {
			throw new IllegalArgumentException("Index must be within 0 to " + (MAX_PERSONS - 1) + ", got " + index);
		}
		IdentitySlots.Slot slot = this.identities.slotOf(index);
		SplittableRandom random = new SplittableRandom(Seeds.forPerson(this.seed, index));
		String hukouRegionCode = HukouRegions.hukouRegion(random);
		String idNumber = IdNumber
			.compose(HukouRegions.idNumberRegion(random, hukouRegionCode), slot.birthDate(), slot.sequence())
			.value();
		return new DemoPerson(idNumber, PersonNames.name(random, slot.gender()), slot.gender(), slot.birthDate(),
				hukouRegionCode, this.phones.phone(random, index),
				histories.plan(random, slot.birthDate(), hukouRegionCode, asOf));
	}

	private static String distinctName(SplittableRandom random, DemoAgency agency, Set<String> taken) {
		String name = CompanyNames.name(random, agency);
		for (int attempt = 0; attempt < 20 && !taken.add(name); attempt++) {
			name = CompanyNames.name(random, agency);
		}
		return name;
	}

}
