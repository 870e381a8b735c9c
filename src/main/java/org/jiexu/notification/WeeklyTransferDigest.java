package org.jiexu.notification;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jiexu.identity.UserManagement;
import org.jiexu.registry.RegistryManagement;
import org.jiexu.transfer.CompletedTransfer;
import org.jiexu.transfer.TransferCases;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every Monday morning, one SMS to each person whose transfer-in was completed the week before (Monday to Sunday),
 * from the receiving agency, naming each transfer (seed 000: "每周一发送上周办结短信"), and one to each handler of an
 * employer that applied for some of them, with their number. Persons and handlers without a mobile get none; a week's
 * digest goes once, however often it runs. The texts are the message file's (Chinese).
 */
@Component
class WeeklyTransferDigest {

	static final String PURPOSE = "weekly-transfers";

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private final TransferCases transfers;

	private final RegistryManagement registry;

	private final SmsOutbox outbox;

	private final MessageSource messages;

	private final UserManagement users;

	private final Clock clock;

	WeeklyTransferDigest(TransferCases transfers, RegistryManagement registry, SmsOutbox outbox,
			MessageSource messages, UserManagement users, Clock clock) {
		this.users = users;
		this.transfers = transfers;
		this.registry = registry;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
	}

	@Scheduled(cron = "0 0 9 * * MON", zone = "Asia/Shanghai")
	void sendLastWeek() {
		LocalDate lastMonday = LocalDate.now(this.clock)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.minusWeeks(1);
		send(lastMonday);
	}

	/** Sends the digest of the week starting on the Monday given; returns how many messages went. */
	int send(LocalDate monday) {
		List<CompletedTransfer> completed = this.transfers.completedTransferIns(monday, monday.plusDays(6));
		Map<Long, List<CompletedTransfer>> byPerson = completed.stream()
			.collect(Collectors.groupingBy(CompletedTransfer::personId, LinkedHashMap::new, Collectors.toList()));
		Map<Long, String> phones = this.registry.phonesOf(byPerson.keySet());
		String week = monday.get(IsoFields.WEEK_BASED_YEAR) + "-W" + monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		int sent = 0;
		for (Map.Entry<Long, List<CompletedTransfer>> person : byPerson.entrySet()) {
			String phone = phones.get(person.getKey());
			if (phone == null) {
				continue;
			}
			List<CompletedTransfer> cases = person.getValue();
			CompletedTransfer first = cases.get(0);
			String text = cases.size() == 1
					? this.messages.getMessage("notification.sms.weeklyTransfers.one",
							new Object[] { agencyName(first.sendingAgencyCode()), agencyName(first.agencyCode()),
									first.completedOn().toString() }, CHINESE)
					: this.messages.getMessage("notification.sms.weeklyTransfers.many",
							new Object[] { cases.size(), agencyName(first.agencyCode()) }, CHINESE);
			if (this.outbox.send(first.agencyCode(), phone, text, PURPOSE, week + ":" + person.getKey())) {
				sent++;
			}
		}
		return sent + toEmployers(completed, week);
	}

	/** One message to each handler (with a mobile) of each employer that applied for some of the week's transfers. */
	private int toEmployers(List<CompletedTransfer> completed, String week) {
		Map<Long, List<CompletedTransfer>> byEmployer = completed.stream()
			.filter(c -> c.employerId() != null)
			.collect(Collectors.groupingBy(CompletedTransfer::employerId, LinkedHashMap::new, Collectors.toList()));
		int sent = 0;
		for (Map.Entry<Long, List<CompletedTransfer>> employer : byEmployer.entrySet()) {
			CompletedTransfer first = employer.getValue().get(0);
			String text = this.messages.getMessage("notification.sms.weeklyTransfers.employer",
					new Object[] { employer.getValue().size(), agencyName(first.agencyCode()) }, CHINESE);
			for (String phone : this.users.handlerPhones(employer.getKey())) {
				if (this.outbox.send(first.agencyCode(), phone, text, PURPOSE,
						week + ":employer:" + employer.getKey() + ":" + phone)) {
					sent++;
				}
			}
		}
		return sent;
	}

	private String agencyName(String code) {
		return this.registry.agency(code).nameZh();
	}

}
