package org.jiexu.transfer;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.jiexu.exchange.LocalBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A thousand transfers from Yingcheng to Xicheng across two deployments (Beijing and Hubei, {@link TwoDeployments})
 * through the real RabbitMQ broker on this machine, with Beijing's consumers killed and later started again, and the
 * broker restarted, while they are under way. After quiescence every transfer is complete and the invariants of the
 * simulation hold on the two databases. The test fails if there is no broker (CI starts one) or {@code rabbitmqctl}
 * cannot be run as root.
 */
class TransfersAcrossDeploymentsBrokerTests {

	private static final int TRANSFERS = 1000;

	private static final Duration PATIENCE = Duration.ofMinutes(4);

	private static TwoDeployments deployments;

	@BeforeAll
	static void startTwoDeployments() {
		long started = System.nanoTime();
		deployments = TwoDeployments.start(TwoDeployments.QUICK);
		System.out.printf("Two deployments started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
	}

	@AfterAll
	static void stopDeployments() {
		if (deployments != null) {
			deployments.close();
		}
	}

	@Test
	void aThousandTransfersCompleteThroughAKilledConsumerAndABrokerRestartWithTheInvariantsHolding() throws Exception {
		long seeding = System.nanoTime();
		List<TwoDeployments.Mover> movers = deployments.movers(TRANSFERS);
		Map<String, BigDecimal> sendingBefore = deployments.accounts(deployments.hubei(), TwoDeployments.HUBEI);
		Map<String, BigDecimal> receivingBefore = deployments.accounts(deployments.beijing(), TwoDeployments.BEIJING);
		System.out.printf("%d persons who moved from Yingcheng to Xicheng registered in both databases in %d ms%n",
				movers.size(), (System.nanoTime() - seeding) / 1_000_000);

		SimpleMessageListenerContainer beijingConsumers = TwoDeployments.consumers(deployments.beijing());
		TwoDeployments.Drive drive = deployments.drive(movers, 2);
		double seconds;
		try {
			// the consumer killed: Beijing takes nothing from its queue while info tables and funds arrive there
			await(() -> drive.pastContactLetter(deployments.beijing()) >= 50, "the first info tables in Beijing");
			beijingConsumers.stop();
			long waitingWhileStopped = waitFor(() -> deployments.broker().waiting(TwoDeployments.BEIJING) >= 100,
					Duration.ofSeconds(30));
			System.out.printf("Beijing's consumers stopped; %d messages waiting in its queue%n",
					deployments.broker().waiting(TwoDeployments.BEIJING));
			assertThat(waitingWhileStopped).as("messages queue up while Beijing's consumers are stopped").isPositive();
			beijingConsumers.start();

			// the broker restarted with transfers at every step
			await(() -> drive.completed(deployments.hubei()) >= TRANSFERS / 3, "a third of the transfers completed");
			LocalBroker.stopApp();
			try {
				Thread.sleep(3000);
			}
			finally {
				LocalBroker.startApp();
			}
			System.out.printf("Broker restarted with %d transfers completed%n", drive.completed(deployments.hubei()));
			seconds = drive.await(PATIENCE);
		}
		finally {
			drive.close();
			beijingConsumers.start();
		}
		System.out.printf("%d transfers across two deployments through RabbitMQ in %.1f s: %.1f transfers/s"
				+ " (with a consumer killed and a broker restart)%n", TRANSFERS, seconds, TRANSFERS / seconds);

		assertThat(drive.errors()).as("steps refused or failed").isEmpty();
		assertThat(deployments.violations(movers, sendingBefore, receivingBefore)).as("broken invariants").isEmpty();
	}

	/** Waits up to the time given; 1 if the condition held, 0 if not. */
	private static long waitFor(BooleanSupplier condition, Duration patience) throws InterruptedException {
		long deadline = System.nanoTime() + patience.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return 0;
			}
			Thread.sleep(50);
		}
		return 1;
	}

	private static void await(BooleanSupplier condition, String what) throws InterruptedException {
		if (waitFor(condition, PATIENCE) == 0) {
			fail("Waited " + PATIENCE.toSeconds() + " s in vain for: " + what);
		}
	}

}
