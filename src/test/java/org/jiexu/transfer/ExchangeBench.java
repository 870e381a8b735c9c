package org.jiexu.transfer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiexu.exchange.LocalBroker;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The exchange benchmark (issue 6, {@code bench/exchange.sh}; no test runs it): transfers from Yingcheng to Xicheng
 * across two deployments through the local RabbitMQ broker ({@link TwoDeployments}, the product's exchange settings
 * unless given), in two phases on fresh deployments per run:
 * <ol>
 * <li>throughput: {@code n} transfers walked end to end by {@code threads} threads per agency; transfers per second,
 * and the latency of every message from sender commit (its outbox row) to receiver commit (processed in the inbox),
 * p50/p99 per kind and overall;</li>
 * <li>paced: {@code paced} transfers applied for at {@code rate} per second, well below the throughput: the latency
 * without a queue;</li>
 * <li>outage: {@code outageN} more transfers started, the broker stopped ({@code rabbitmqctl stop_app}) for
 * {@code outage} seconds while the threads keep taking the steps they can, then started again; the catch-up time is
 * from {@code start_app} until every message committed before it has been processed by its receiver, and the
 * transfers' end is waited for too. Dead letters and the invariants are reported.</li>
 * </ol>
 * Arguments {@code key=value}: n (1000), threads (2), outageN (500), outage (60, seconds), paced (200), rate (5), runs (1), out (a Markdown
 * file the results are appended to), and any {@code --jiexu...} setting passed to both deployments.
 */
public final class ExchangeBench {

	private ExchangeBench() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>(Map.of("n", "1000", "threads", "2", "outageN", "500",
				"outage", "60", "runs", "1", "out", "", "paced", "200", "rate", "5"));
		List<String> settings = new ArrayList<>();
		for (String arg : args) {
			if (arg.startsWith("--")) {
				settings.add(arg);
			}
			else {
				options.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
		}
		int n = Integer.parseInt(options.get("n"));
		int threads = Integer.parseInt(options.get("threads"));
		int outageN = Integer.parseInt(options.get("outageN"));
		int outage = Integer.parseInt(options.get("outage"));
		int runs = Integer.parseInt(options.get("runs"));
		int paced = Integer.parseInt(options.get("paced"));
		double rate = Double.parseDouble(options.get("rate"));
		StringBuilder report = new StringBuilder();
		report.append("Settings: n=").append(n).append(", threads=").append(threads).append(" per agency, outageN=")
			.append(outageN).append(", outage=").append(outage).append(" s, exchange settings ")
			.append(settings.stream().anyMatch(a -> a.startsWith("--jiexu")) ? String.join(" ",
					settings.stream().filter(a -> a.startsWith("--jiexu")).toList()) : "the product's defaults")
			.append("\n\n");
		List<String> rows = new ArrayList<>();
		for (int run = 1; run <= runs; run++) {
			rows.addAll(run(run, n, threads, paced, rate, outageN, outage, settings, report));
		}
		report.append("\n| run | phase | transfers | s | transfers/s | kind | messages | p50 ms | p99 ms | max ms |\n")
			.append("|---|---|---|---|---|---|---|---|---|---|\n");
		rows.forEach(row -> report.append(row).append('\n'));
		System.out.println();
		System.out.println(report);
		if (!options.get("out").isEmpty()) {
			Files.writeString(Path.of(options.get("out")), report + "\n", StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		System.exit(0);
	}

	private static List<String> run(int run, int n, int threads, int paced, double rate, int outageN, int outage,
			List<String> settings,
			StringBuilder report) throws Exception {
		List<String> rows = new ArrayList<>();
		try (TwoDeployments deployments = TwoDeployments.start(settings)) {
			// 1. throughput and latency
			List<TwoDeployments.Mover> movers = deployments.movers(n + paced + outageN);
			List<TwoDeployments.Mover> first = movers.subList(0, n);
			List<TwoDeployments.Mover> light = movers.subList(n, n + paced);
			List<TwoDeployments.Mover> second = movers.subList(n + paced, n + paced + outageN);
			Map<String, BigDecimal> sendingBefore = deployments.accounts(deployments.hubei(), TwoDeployments.HUBEI);
			Map<String, BigDecimal> receivingBefore = deployments.accounts(deployments.beijing(),
					TwoDeployments.BEIJING);
			TwoDeployments.Drive drive = deployments.drive(first, threads);
			double seconds = drive.await(Duration.ofMinutes(30));
			List<TwoDeployments.Latency> latencies = deployments.latencies();
			line(report, "run %d: %d transfers in %.1f s, %.1f transfers/s, %d messages, step errors %d", run, n,
					seconds, n / seconds, latencies.size(), drive.errors().size());
			TwoDeployments.percentiles(latencies).forEach((kind, p) -> rows.add("| %d | steady | %d | %.1f | %.1f | %s | %d | %.0f | %.0f | %.0f |"
				.formatted(run, n, seconds, n / seconds, kind, (long) p[0], p[1], p[2], p[3])));
			Set<String> before = new HashSet<>(ids(deployments.beijing()));
			before.addAll(ids(deployments.hubei()));

			// 1b. latency under a light load: applications paced well below the throughput
			if (paced > 0) {
				TwoDeployments.Drive lightly = deployments.drive(light, threads, rate);
				double lightSeconds = lightly.await(Duration.ofMinutes(30));
				List<TwoDeployments.Latency> lightLatencies = deployments.latencies()
					.stream()
					.filter(l -> !before.contains(l.id()))
					.toList();
				line(report, "run %d: %d transfers applied for at %.1f/s completed in %.1f s, step errors %d", run,
						paced, rate, lightSeconds, lightly.errors().size());
				TwoDeployments.percentiles(lightLatencies).forEach((kind, p) -> rows.add("| %d | paced %.0f/s | %d | %.1f | %.1f | %s | %d | %.0f | %.0f | %.0f |"
					.formatted(run, rate, paced, lightSeconds, paced / lightSeconds, kind, (long) p[0], p[1], p[2], p[3])));
				before.addAll(ids(deployments.beijing()));
				before.addAll(ids(deployments.hubei()));
			}

			// 2. a broker outage with transfers under way: applications paced over it, from 5 s before
			double pace = outageN / (outage + 5.0);
			TwoDeployments.Drive during = deployments.drive(second, threads, pace);
			Thread.sleep(5000);
			long stopped = System.nanoTime();
			LocalBroker.stopApp();
			line(report, "run %d: broker stopped; transfers applied for at %.1f/s from 5 s before (%d applied by"
					+ " then)", run, pace, during.applied());
			Thread.sleep(Math.max(0, outage * 1000L - (System.nanoTime() - stopped) / 1_000_000));
			int appliedDuringOutage = during.applied();
			long pendingBeijing = pending(deployments.beijing(), deployments.hubei());
			long pendingHubei = pending(deployments.hubei(), deployments.beijing());
			LocalBroker.startApp();
			long restarted = System.nanoTime();
			OffsetDateTime restartedAt = OffsetDateTime.now();
			line(report, "run %d: broker down %.1f s, %d transfers applied for by its end; committed and not yet"
					+ " processed then: %d messages from Beijing, %d from Hubei", run, (restarted - stopped) / 1e9,
					appliedDuringOutage, pendingBeijing, pendingHubei);
			Set<String> backlog = new HashSet<>();
			backlog.addAll(unprocessed(deployments.beijing(), deployments.hubei(), restartedAt));
			backlog.addAll(unprocessed(deployments.hubei(), deployments.beijing(), restartedAt));
			int queued = backlog.size();
			while (!backlog.isEmpty() && System.nanoTime() - restarted < Duration.ofMinutes(20).toNanos()) {
				backlog.removeAll(processed(deployments.beijing()));
				backlog.removeAll(processed(deployments.hubei()));
				if (!backlog.isEmpty()) {
					Thread.sleep(100);
				}
			}
			double catchUp = (System.nanoTime() - restarted) / 1e9;
			line(report, "run %d: catch-up after the outage: %d messages committed before start_app processed"
					+ " %.1f s after it%s", run, queued, catchUp, backlog.isEmpty() ? "" : " (NOT all: " + backlog.size()
							+ " left)");
			double outageSeconds = during.await(Duration.ofMinutes(30));
			line(report, "run %d: the %d transfers of the outage phase all completed %.1f s after the first was applied"
					+ " for (%.1f s after start_app; the last ones were applied for then)", run, outageN, outageSeconds,
					(System.nanoTime() - restarted) / 1e9);
			List<TwoDeployments.Latency> afterOutage = deployments.latencies()
				.stream()
				.filter(l -> !before.contains(l.id()))
				.toList();
			TwoDeployments.percentiles(afterOutage).forEach((kind, p) -> rows.add("| %d | outage %d s | %d | %.1f | %.1f | %s | %d | %.0f | %.0f | %.0f |"
				.formatted(run, outage, outageN, outageSeconds, outageN / outageSeconds, kind, (long) p[0], p[1], p[2], p[3])));
			line(report, "run %d: dead letters: %d at Beijing, %d at Hubei; step errors during the outage: %d%s", run,
					dead(deployments.beijing()), dead(deployments.hubei()), during.errors().size(),
					during.errors().isEmpty() ? "" : " (first: " + during.errors().get(0) + ")");
			List<String> violations = deployments.violations(movers, sendingBefore, receivingBefore);
			line(report, "run %d: invariants: %s", run, violations.isEmpty() ? "all hold"
					: violations.size() + " broken, e.g. " + violations.subList(0, Math.min(5, violations.size())));
		}
		return rows;
	}

	private static void line(StringBuilder report, String format, Object... args) {
		String text = format.formatted(args);
		System.out.println("BENCH " + text);
		report.append("- ").append(text).append('\n');
	}

	private static List<String> ids(ConfigurableApplicationContext deployment) {
		return deployment.getBean(JdbcClient.class).sql("select message_id from exchange.outbox_message")
			.query(String.class)
			.list();
	}

	private static Set<String> processed(ConfigurableApplicationContext deployment) {
		return new HashSet<>(deployment.getBean(JdbcClient.class)
			.sql("select message_id from exchange.inbox_message where processed_at is not null")
			.query(String.class)
			.list());
	}

	/** The sender's messages committed before the moment and not processed by the receiver. */
	private static Set<String> unprocessed(ConfigurableApplicationContext sender, ConfigurableApplicationContext receiver,
			OffsetDateTime before) {
		Set<String> ids = new HashSet<>(sender.getBean(JdbcClient.class)
			.sql("select message_id from exchange.outbox_message where sent_at < ?")
			.param(before)
			.query(String.class)
			.list());
		ids.removeAll(processed(receiver));
		return ids;
	}

	private static long pending(ConfigurableApplicationContext sender, ConfigurableApplicationContext receiver) {
		return unprocessed(sender, receiver, OffsetDateTime.now()).size();
	}

	private static long dead(ConfigurableApplicationContext deployment) {
		JdbcClient jdbc = deployment.getBean(JdbcClient.class);
		return jdbc.sql("select count(*) from exchange.outbox_message where dead_at is not null").query(Long.class).single()
				+ jdbc.sql("select count(*) from exchange.inbox_message where dead_at is not null").query(Long.class).single();
	}

}
