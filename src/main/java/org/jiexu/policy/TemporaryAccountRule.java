package org.jiexu.policy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.jiexu.shared.UserInputException;

/**
 * Whether a move opens a temporary contribution account (66号 第五条; 人社部规〔2016〕5号 三; 后联〔2011〕3号 三), decided
 * in this order:
 * <ol>
 * <li>the new province is the hukou province: never ({@link TemporaryAccountReason#RETURN_TO_HUKOU});</li>
 * <li>a move before 2010-01-01, when the measures took effect: never;</li>
 * <li>a man under 50 or a woman under 40 on the move date: no;</li>
 * <li>an exempt move ({@link TemporaryAccountExemption}): no;</li>
 * <li>otherwise yes; for a first-ever enrolment in a non-hukou province the reason cites 5号规 三.</li>
 * </ol>
 * <b>Age ("年满50周岁")</b>: the age in full years on the move date, so a person is 50 <em>on</em> the 50th
 * birthday (the day before, 49). This is the reading of the brief and of pension practice; the criminal-law
 * convention (周岁 counted from the day after the birthday) would move the boundary by one day. A person born
 * on 29 February reaches a birthday in a common year on 1 March. "Hukou place" is the province (第五条（一）
 * defines it so). Provinces are 2-digit GB/T 2260 codes.
 */
public final class TemporaryAccountRule {

	public static final int MEN_AGE = 50;

	public static final int WOMEN_AGE = 40;

	private TemporaryAccountRule() {
	}

	public static TemporaryAccountDecision decide(Gender gender, LocalDate birthDate, LocalDate moveDate,
			String hukouProvince, String newProvince, TemporaryAccountExemption exemption, boolean firstEnrolment) {
		List<UserInputException> refusals = new ArrayList<>();
		province("hukouProvince", hukouProvince, refusals);
		province("newProvince", newProvince, refusals);
		if (moveDate.isBefore(birthDate)) {
			refusals.add(UserInputException.invalid("moveDate", "policy.temporaryAccount.moveBeforeBirth",
					moveDate.toString(), birthDate.toString()));
		}
		if (!refusals.isEmpty()) {
			throw UserInputException.combine(refusals);
		}
		int age = Period.between(birthDate, moveDate).getYears();
		int threshold = gender == Gender.MALE ? MEN_AGE : WOMEN_AGE;
		TemporaryAccountReason reason = reason(moveDate, hukouProvince.equals(newProvince), age >= threshold,
				exemption, firstEnrolment);
		Explanation explanation = Explanation.citing(reason.source())
			.figure("gender", gender.name())
			.figure("birthDate", birthDate)
			.figure("moveDate", moveDate)
			.figure("ageAtMove", age)
			.figure("ageThreshold", threshold)
			.figure("hukouProvince", Regions.standard().labelOf(hukouProvince))
			.figure("newProvince", Regions.standard().labelOf(newProvince))
			.figure("exemption", exemption.name())
			.figure("firstEnrolment", firstEnrolment)
			.build();
		return new TemporaryAccountDecision(reason.temporary(), reason, age, threshold, explanation);
	}

	private static TemporaryAccountReason reason(LocalDate moveDate, boolean toHukou, boolean ageReached,
			TemporaryAccountExemption exemption, boolean firstEnrolment) {
		if (toHukou) {
			return TemporaryAccountReason.RETURN_TO_HUKOU;
		}
		if (moveDate.isBefore(TransferSegmentChecks.MEASURES_IN_FORCE.atDay(1))) {
			return TemporaryAccountReason.BEFORE_MEASURES;
		}
		if (!ageReached) {
			return TemporaryAccountReason.BELOW_AGE;
		}
		return switch (exemption) {
			case MILITARY_SPOUSE -> TemporaryAccountReason.MILITARY_SPOUSE;
			case APPROVED_JOB_TRANSFER -> TemporaryAccountReason.APPROVED_JOB_TRANSFER;
			case NONE -> firstEnrolment ? TemporaryAccountReason.AGE_REACHED_FIRST_ENROLMENT
					: TemporaryAccountReason.AGE_REACHED;
		};
	}

	static void province(String field, String code, List<UserInputException> refusals) {
		if (!Regions.standard().isProvince(code)) {
			refusals.add(UserInputException.invalid(field, "policy.transfer.province", code));
		}
	}

}
