package org.jiexu.transfer;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jiexu.policy.Gender;
import org.jiexu.policy.RetirementAge;
import org.jiexu.policy.RetirementCategory;
import org.jiexu.policy.TemporaryAccountDecision;
import org.jiexu.policy.TemporaryAccountExemption;
import org.jiexu.policy.TemporaryAccountRule;
import org.jiexu.registry.AgencyView;
import org.jiexu.registry.InsuranceRelationState;
import org.jiexu.registry.InsuranceRelationView;
import org.jiexu.registry.PersonReference;
import org.jiexu.registry.PersonRelations;
import org.jiexu.transfer.CaseCheck.Outcome;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The checks before a case's next step, worked out from the registry and the policy rules each time they are
 * shown or applied (so they follow the registry until the step is taken):
 * <ul>
 * <li>transfer-in, before the contact letter: the person has registered and contributes here (66号 第八条（一）),
 * the sending agency holds a live relation, the person draws no pension (66号 第二条: a pension the registry records
 * at any agency blocks; without one, reaching the statutory retirement month asks to confirm that none is drawn),
 * and the temporary-account rule (66号 第五条) lets the relation come here;</li>
 * <li>transfer-out, before the info table: the person holds a live relation here (a relation drawing a pension here
 * is not live, and says so); a pension drawn at another agency blocks too; months recorded at both agencies are
 * pointed out (the receiving agency refunds them after the transfer).</li>
 * </ul>
 */
final class CaseChecks {

	private CaseChecks() {
	}

	/**
	 * @param sendingServedHere whether this deployment serves the sending agency (its registry is here); if not, the
	 * relation there is the sending agency's to check when the letter arrives
	 */
	static List<CaseCheck> transferIn(PersonRelations person, AgencyView receiving, AgencyView sending,
			boolean sendingServedHere, TransferCategory category, LocalDate today) {
		List<CaseCheck> checks = new ArrayList<>();
		Optional<InsuranceRelationView> here = person.at(receiving.code());
		boolean activeHere = here.map(r -> r.state() == InsuranceRelationState.ACTIVE).orElse(false);
		checks.add(activeHere ? CaseCheck.of("RELATION_HERE", Outcome.PASS, "transfer.check.relationHere.pass")
				: CaseCheck.of("RELATION_HERE", Outcome.FAIL, "transfer.check.relationHere.fail"));
		checks.add(relationThere(person, sending, sendingServedHere));
		checks.add(person.drawingPension().map(CaseChecks::drawingPension)
			.orElseGet(() -> retirement(person.person(), today)));
		if (here.isPresent() && !receiving.province().equals(sending.province())) {
			checks.add(temporaryAccount(person, receiving, here.get().startedOn(), category));
		}
		return checks;
	}

	/**
	 * @param monthsRecordedTwice how many months are recorded both here and at the receiving agency: they are
	 * transferred all the same and cleaned by the receiving agency (先转后清, 人社部发〔2010〕70号 十), so a warning
	 */
	static List<CaseCheck> transferOut(PersonRelations person, AgencyView sending, int monthsRecordedTwice) {
		Optional<InsuranceRelationView> here = person.at(sending.code());
		boolean live = here.map(r -> r.state().isLive()).orElse(false);
		List<CaseCheck> checks = new ArrayList<>();
		if (live) {
			checks.add(CaseCheck.of("RELATION_HERE", Outcome.PASS, "transfer.check.relationKept.pass"));
		}
		else if (here.isPresent() && here.get().state() == InsuranceRelationState.DRAWING_PENSION) {
			checks.add(CaseCheck.of("RELATION_HERE", Outcome.FAIL, "transfer.check.relationKept.drawing",
					month(here.get())));
		}
		else {
			checks.add(CaseCheck.of("RELATION_HERE", Outcome.FAIL, "transfer.check.relationKept.fail"));
		}
		person.drawingPension()
			.filter(r -> !r.agency().code().equals(sending.code()))
			.ifPresent(elsewhere -> checks.add(drawingPension(elsewhere)));
		checks.add(monthsRecordedTwice == 0 ? CaseCheck.of("OVERLAP", Outcome.PASS, "transfer.check.overlap.pass")
				: CaseCheck.of("OVERLAP", Outcome.WARN, "transfer.check.overlap.warn", monthsRecordedTwice));
		return List.copyOf(checks);
	}

	static boolean blocking(List<CaseCheck> checks) {
		return checks.stream().anyMatch(c -> c.outcome() == Outcome.FAIL);
	}

	private static CaseCheck relationThere(PersonRelations person, AgencyView sending, boolean servedHere) {
		Optional<InsuranceRelationView> there = person.at(sending.code());
		if (there.isEmpty() && !servedHere) {
			return CaseCheck.of("RELATION_THERE", Outcome.WARN, "transfer.check.relationThere.remote",
					sending.nameZh(), sending.nameEn());
		}
		if (there.isEmpty()) {
			return CaseCheck.of("RELATION_THERE", Outcome.FAIL, "transfer.check.relationThere.none",
					sending.nameZh());
		}
		InsuranceRelationState state = there.get().state();
		return state.isLive() ? CaseCheck.of("RELATION_THERE", Outcome.PASS, "transfer.check.relationThere.pass")
				: CaseCheck.of("RELATION_THERE", Outcome.FAIL, "transfer.check.relationThere.ended",
						new DefaultMessageSourceResolvable(new String[] { "registry.relation.state." + state },
								state.name()));
	}

	/**
	 * The person draws a pension at an agency (the registry records it): no transfer any more (66号 第二条). The
	 * agency is named in Chinese ({0}) and English ({1}), each message file using its own; {2} is the month.
	 */
	private static CaseCheck drawingPension(InsuranceRelationView drawing) {
		return CaseCheck.of("NOT_DRAWING_PENSION", Outcome.FAIL, "transfer.check.pension.drawing",
				drawing.agency().nameZh(), drawing.agency().nameEn(), month(drawing));
	}

	private static String month(InsuranceRelationView relation) {
		return relation.pensionFrom() == null ? "—" : relation.pensionFrom().toString();
	}

	private static CaseCheck retirement(PersonReference person, LocalDate today) {
		RetirementCategory category = person.gender() == Gender.MALE ? RetirementCategory.MALE
				: RetirementCategory.FEMALE_50;
		YearMonth month = RetirementAge.of(YearMonth.from(person.birthDate()), category).retirementMonth();
		return YearMonth.from(today).isBefore(month)
				? CaseCheck.of("NOT_DRAWING_PENSION", Outcome.PASS, "transfer.check.retirement.pass", month.toString())
				: CaseCheck.of("NOT_DRAWING_PENSION", Outcome.WARN, "transfer.check.retirement.warn",
						month.toString());
	}

	private static CaseCheck temporaryAccount(PersonRelations person, AgencyView receiving, LocalDate movedOn,
			TransferCategory category) {
		PersonReference who = person.person();
		TemporaryAccountDecision decision = TemporaryAccountRule.decide(who.gender(), who.birthDate(), movedOn,
				person.hukouProvince(), receiving.province(),
				category == TransferCategory.MILITARY_SPOUSE ? TemporaryAccountExemption.MILITARY_SPOUSE
						: TemporaryAccountExemption.NONE,
				false);
		String key = "policy.temporaryAccount.reason." + decision.reason();
		if (!decision.temporary() || category == TransferCategory.TEMPORARY_ACCOUNT) {
			return CaseCheck.of("TEMPORARY_ACCOUNT", Outcome.PASS, key, decision.ageAtMove(), decision.ageThreshold());
		}
		return CaseCheck.of("TEMPORARY_ACCOUNT", Outcome.FAIL, key, decision.ageAtMove(), decision.ageThreshold());
	}

}
