package org.jiexu.demo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.jiexu.identity.CurrentUser;
import org.jiexu.identity.Role;
import org.jiexu.identity.UserKind;
import org.jiexu.reporting.TransferMonitoring;
import org.jiexu.reporting.TransferReportView;
import org.jiexu.shared.UserInputException;
import org.jiexu.transfer.CaseAction;
import org.jiexu.transfer.CaseActionRequest;
import org.jiexu.transfer.CaseDeadline;
import org.jiexu.transfer.CaseFilter;
import org.jiexu.transfer.CaseProblemView;
import org.jiexu.transfer.CaseSort;
import org.jiexu.transfer.CaseState;
import org.jiexu.transfer.CaseEventView;
import org.jiexu.transfer.OpenTransferIn;
import org.jiexu.transfer.ProblemReason;
import org.jiexu.transfer.TransferCandidate;
import org.jiexu.transfer.TransferCaseSummary;
import org.jiexu.transfer.TransferCaseView;
import org.jiexu.transfer.TransferCases;
import org.jiexu.transfer.TransferSide;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The transfers the demo starts with ({@code jiexu.demo.transfers}, on in the demo profile): every state is there,
 * reached through the transfer services, and the dashboard counts them. On a database of its own, since the rest of
 * the suite runs without them (on both profiles); read through the services as the demo's staff would. The
 * walkthrough's test comes last: it opens a transfer of its own.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:jiexu-demo-transfers;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "jiexu.demo.transfers=true" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoTransfersIntegrationTests {

	static final String XICHENG = DemoAgencies.XICHENG.code();

	static final String YINGCHENG = DemoAgencies.YINGCHENG.code();

	static final String JINTAI = DemoAgencies.JINTAI.code();

	/** How many candidates the form "申请转入" offers (TransferPages). */
	static final int FORM_CANDIDATES = 20;

	static final CurrentUser XC_SUPERVISOR = staff("xc-supervisor", XICHENG);

	static final CurrentUser YC_SUPERVISOR = staff("yc-supervisor", YINGCHENG);

	static final CurrentUser JT_STEWARD = new CurrentUser("jt-steward", "金台管家", UserKind.STAFF, Set.of(Role.STEWARD),
			JINTAI, null, null);

	@Autowired
	TransferCases cases;

	@Autowired
	TransferMonitoring monitoring;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void theReadModelsHaveTakenEveryStep() throws InterruptedException {
		for (int i = 0; i < 400 && pendingPublications() > 0; i++) {
			Thread.sleep(25);
		}
		assertThat(pendingPublications()).as("events still waiting for their listeners").isZero();
	}

	@Test
	void theDemoStartsWithTransfersCompletedBothWaysWithTheirAmounts() {
		List<TransferCaseSummary> intoXicheng = cases(XC_SUPERVISOR, CaseState.COMPLETED, TransferSide.IN);
		assertThat(intoXicheng).hasSize(3);
		assertThat(intoXicheng).extracting(c -> c.counterpart().code())
			.containsExactlyInAnyOrder(YINGCHENG, YINGCHENG, JINTAI);
		List<TransferCaseSummary> intoYingcheng = cases(YC_SUPERVISOR, CaseState.COMPLETED, TransferSide.IN);
		assertThat(intoYingcheng).singleElement().satisfies(c -> assertThat(c.counterpart().code()).isEqualTo(XICHENG));
		List<TransferCaseView> views = concat(
				intoXicheng.stream().map(c -> this.cases.view(XC_SUPERVISOR, c.id(), Locale.ROOT)).toList(),
				intoYingcheng.stream().map(c -> this.cases.view(YC_SUPERVISOR, c.id(), Locale.ROOT)).toList());
		for (TransferCaseView view : views) {
			assertThat(view.pooledFund()).as("pooled fund of case %s", view.id()).isPositive();
			assertThat(view.individualAccount()).as("individual account of case %s", view.id()).isPositive();
			assertThat(view.remittedTotal()).isEqualByComparingTo(view.infoTotal());
			assertThat(view.completedOn()).isNotNull();
		}
		assertThat(cases(YC_SUPERVISOR, CaseState.COMPLETED, TransferSide.OUT)).hasSize(2);
		assertThat(cases(XC_SUPERVISOR, CaseState.COMPLETED, TransferSide.OUT)).hasSize(1);
		assertThat(cases(JT_STEWARD, CaseState.COMPLETED, TransferSide.OUT)).hasSize(1);
	}

	@Test
	void theDemoStartsWithCasesWaitingAtEveryStageOnBothSides() {
		assertThat(states(XC_SUPERVISOR, TransferSide.IN)).contains(CaseState.APPLIED, CaseState.CONTACT_LETTER_SENT,
				CaseState.RECONCILED);
		assertThat(states(YC_SUPERVISOR, TransferSide.OUT)).contains(CaseState.LETTER_RECEIVED,
				CaseState.RELATION_TERMINATED);
		assertThat(states(YC_SUPERVISOR, TransferSide.IN)).contains(CaseState.CONTACT_LETTER_SENT,
				CaseState.INFO_RECEIVED);
		assertThat(states(XC_SUPERVISOR, TransferSide.OUT)).contains(CaseState.LETTER_RECEIVED, CaseState.INFO_ISSUED);
		assertThat(concat(cases(XC_SUPERVISOR, null, null), cases(YC_SUPERVISOR, null, null)))
			.as("dated by the clock: nothing is due yet on the first day")
			.allSatisfy(c -> assertThat(c.deadline()).isIn(CaseDeadline.Status.ON_TIME, CaseDeadline.Status.NONE));
	}

	@Test
	void oneTransferWasRejectedByYingchengAndCompletedAtTheSecondAttempt() {
		List<TransferCaseSummary> second = cases(XC_SUPERVISOR, CaseState.COMPLETED, TransferSide.IN).stream()
			.filter(c -> c.attempt() == 2)
			.toList();
		assertThat(second).singleElement();
		TransferCaseView view = this.cases.view(XC_SUPERVISOR, second.get(0).id(), Locale.ROOT);
		assertThat(view.history()).extracting(CaseEventView::action)
			.containsSubsequence(CaseAction.SEND_CONTACT_LETTER, CaseAction.RECEIVE_REJECTION,
					CaseAction.RESEND_CONTACT_LETTER, CaseAction.COMPLETE);
		assertThat(view.history()).filteredOn(e -> e.action() == CaseAction.RECEIVE_REJECTION)
			.singleElement()
			.satisfies(e -> assertThat(e.reason()).contains("身份证号码"));
	}

	@Test
	void oneAcceptedTransferInHasAnOpenProblemForItsSteward() {
		List<TransferCaseSummary> applied = cases(XC_SUPERVISOR, CaseState.APPLIED, TransferSide.IN);
		assertThat(applied).singleElement();
		List<CaseProblemView> problems = this.cases.view(XC_SUPERVISOR, applied.get(0).id(), Locale.ROOT).problems();
		assertThat(problems).singleElement().satisfies(problem -> {
			assertThat(problem.open()).isTrue();
			assertThat(problem.reason()).isEqualTo(ProblemReason.MISSING_DATA);
			assertThat(problem.assignee()).isEqualTo("xc-steward");
		});
	}

	@Test
	void aSupervisorReassignedOneWaitingCase() {
		assertThat(this.cases.list(XC_SUPERVISOR, new CaseFilter(null, null, null, "xc-supervisor", null),
				CaseSort.DUE, Locale.ROOT))
			.singleElement()
			.satisfies(c -> assertThat(c.state()).isEqualTo(CaseState.CONTACT_LETTER_SENT))
			.satisfies(c -> assertThat(this.cases.view(XC_SUPERVISOR, c.id(), Locale.ROOT).history())
				.extracting(CaseEventView::action)
				.contains(CaseAction.REASSIGN));
	}

	@Test
	void theDashboardCountsTheCompletedTransfersAndTheMoneyMoved() {
		TransferReportView xicheng = this.monitoring.report(XC_SUPERVISOR, null, null);
		assertThat(xicheng.transferInTotal().completed()).isEqualTo(3);
		assertThat(xicheng.transferInTotal().opened()).isEqualTo(cases(XC_SUPERVISOR, null, TransferSide.IN).size());
		assertThat(xicheng.transferInTotal().fundsMoved()).isPositive();
		assertThat(xicheng.transferOutTotal().completed()).isEqualTo(1);
		assertThat(xicheng.transferInRates().get(0).completed()).as("at the first attempt").isEqualTo(2);
		assertThat(xicheng.transferInRates().get(1).completed()).as("by the second attempt").isEqualTo(3);
		assertThat(xicheng.backlog().open()).isEqualTo(cases(XC_SUPERVISOR, null, null).stream()
			.filter(c -> !c.state().isFinal())
			.count());
		TransferReportView yingcheng = this.monitoring.report(YC_SUPERVISOR, null, null);
		assertThat(yingcheng.transferInTotal().completed()).isEqualTo(1);
		assertThat(yingcheng.transferOutTotal().completed()).isEqualTo(2);
		assertThat(yingcheng.transferOutTotal().fundsMoved()).isPositive();
	}

	@Test
	void theFormOffersThoseWhoCanTransferFirstThenThoseACheckWouldStopEachUpToItsLimit() {
		List<TransferCandidate> all = this.cases.candidates(XC_SUPERVISOR, 500, Locale.ROOT);
		List<TransferCandidate> passing = all.stream().filter(c -> c.failingChecks().isEmpty()).toList();
		List<TransferCandidate> stopped = all.stream().filter(c -> !c.failingChecks().isEmpty()).toList();
		assertThat(passing).as("the demo has candidates who can transfer and some who cannot").isNotEmpty();
		assertThat(stopped).isNotEmpty();
		assertThat(all.subList(0, passing.size())).as("those who can transfer come first").isEqualTo(passing);

		for (int shown = 1; shown <= all.size(); shown++) {
			List<TransferCandidate> expected = new java.util.ArrayList<>(
					passing.subList(0, Math.min(shown, passing.size())));
			expected.addAll(stopped.subList(0, Math.min(shown, stopped.size())));
			assertThat(this.cases.candidates(XC_SUPERVISOR, shown, Locale.ROOT)).as("at most %d of each", shown)
				.isEqualTo(expected);
		}
	}

	/** Last: it opens a transfer of its own. */
	@Test
	@Order(Integer.MAX_VALUE)
	void theWalkthroughStillFindsAYingchengCandidateOnXichengsFormWhoseTransferGoesThrough()
			throws InterruptedException {
		long person = this.jdbc.sql("select person_id from identity.app_user where username = 'person-demo'")
			.query(Long.class)
			.single();
		CurrentUser personDemo = new CurrentUser("person-demo", "person", UserKind.INSURED_PERSON,
				Set.of(Role.INSURED_PERSON), XICHENG, null, person);
		assertThat(this.cases.list(personDemo, new CaseFilter(null, null, null, null, null), CaseSort.OPENED,
				Locale.ROOT)).as("person-demo applies online in the walkthrough").isEmpty();
		List<TransferCandidate> offered = this.cases.candidates(XC_SUPERVISOR, FORM_CANDIDATES, Locale.ROOT)
			.stream()
			.filter(candidate -> candidate.heldAt().code().equals(YINGCHENG) && candidate.failingChecks().isEmpty())
			.toList();
		assertThat(offered).isNotEmpty();
		boolean issued = false;
		for (TransferCandidate candidate : offered) {
			long in = this.cases.open(XC_SUPERVISOR, new OpenTransferIn(candidate.idNumber(), YINGCHENG,
					"EMPLOYEE_PENSION", null), Locale.ROOT).id();
			this.cases.act(XC_SUPERVISOR, in, "send-contact-letter", CaseActionRequest.none(), Locale.ROOT);
			long out = await(YC_SUPERVISOR, candidate.personId(), TransferSide.OUT,
					c -> c.state() == CaseState.LETTER_RECEIVED).id();
			try {
				this.cases.act(YC_SUPERVISOR, out, "issue-info", CaseActionRequest.none(), Locale.ROOT);
			}
			catch (UserInputException refused) {
				continue; // e.g. no interest rate yet for a year of the records there: the next one
			}
			await(XC_SUPERVISOR, candidate.personId(), TransferSide.IN,
					c -> c.id() == in && c.state() == CaseState.INFO_RECEIVED);
			issued = true;
			break;
		}
		assertThat(issued).as("a Yingcheng candidate on the form whose info table Yingcheng issues").isTrue();
	}

	/** The person's case of the side at the user's agency, once it matches. */
	private TransferCaseSummary await(CurrentUser user, long personId, TransferSide side,
			Predicate<TransferCaseSummary> ready) throws InterruptedException {
		CaseFilter filter = new CaseFilter(null, side, null, null, personId);
		for (int i = 0; i < 400; i++) {
			Optional<TransferCaseSummary> found = this.cases.list(user, filter, CaseSort.OPENED, Locale.ROOT)
				.stream()
				.filter(ready)
				.findFirst();
			if (found.isPresent()) {
				return found.get();
			}
			Thread.sleep(25);
		}
		throw new AssertionError("No " + side + " case of person " + personId + " as expected at " + user.agencyCode());
	}

	private List<TransferCaseSummary> cases(CurrentUser user, @Nullable CaseState state, @Nullable TransferSide side) {
		return this.cases.list(user, new CaseFilter(state, side, null, null, null), CaseSort.OPENED, Locale.ROOT);
	}

	private Set<CaseState> states(CurrentUser user, TransferSide side) {
		return Set.copyOf(cases(user, null, side).stream().map(TransferCaseSummary::state).toList());
	}

	private long pendingPublications() {
		return this.jdbc.sql("select count(*) from event_publication where completion_date is null"
				+ " and (status is null or status <> 'FAILED')").query(Long.class).single();
	}

	private static CurrentUser staff(String username, String agency) {
		return new CurrentUser(username, username, UserKind.STAFF, Set.of(Role.SUPERVISOR), agency, null, null);
	}

	private static <T> List<T> concat(List<T> first, List<T> second) {
		return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
	}

}
