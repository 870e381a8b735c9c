package org.jiexu.exchange;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

import static org.assertj.core.api.Assertions.fail;

/**
 * The RabbitMQ broker on this machine for the tests that run deployments against it (127.0.0.1:5672, guest/guest, or
 * Spring Boot's {@code SPRING_RABBITMQ_*} environment): a connection that fails the test if there is no broker (CI
 * starts one), the agencies' queues deleted so that earlier runs leave nothing behind, and {@code rabbitmqctl} for
 * stopping and starting the broker, as root or through {@code sudo -n}.
 */
public final class LocalBroker implements AutoCloseable {

	private final CachingConnectionFactory connections;

	private final RabbitAdmin admin;

	private LocalBroker(CachingConnectionFactory connections) {
		this.connections = connections;
		this.admin = new RabbitAdmin(connections);
	}

	/** Connects to the broker; fails the test if it is not reachable. */
	public static LocalBroker connect() {
		String host = env("SPRING_RABBITMQ_HOST", "localhost");
		int port = Integer.parseInt(env("SPRING_RABBITMQ_PORT", "5672"));
		CachingConnectionFactory connections = new CachingConnectionFactory(host, port);
		connections.setUsername(env("SPRING_RABBITMQ_USERNAME", "guest"));
		connections.setPassword(env("SPRING_RABBITMQ_PASSWORD", "guest"));
		try {
			connections.createConnection().close();
		}
		catch (AmqpException ex) {
			connections.destroy();
			fail("This test needs the RabbitMQ broker at " + host + ":" + port + " (guest/guest), which is not"
					+ " reachable: start it (as root: rabbitmq-server -detached; .ci/run does)", ex);
		}
		return new LocalBroker(connections);
	}

	public CachingConnectionFactory connections() {
		return this.connections;
	}

	public RabbitAdmin admin() {
		return this.admin;
	}

	/** Deletes the queues of the agencies (with whatever earlier runs left in them). */
	public void deleteQueues(String... agencies) {
		for (String agency : agencies) {
			this.admin.deleteQueue(RabbitTopology.queueName(agency));
		}
	}

	/** How many messages wait in the agency's queue (not yet taken by a consumer). */
	public long waiting(String agency) {
		var info = this.admin.getQueueInfo(RabbitTopology.queueName(agency));
		return info == null ? 0 : info.getMessageCount();
	}

	/** {@code rabbitmqctl stop_app}: the broker is down, its node keeps running. */
	public static void stopApp() {
		rabbitmqctl("stop_app");
	}

	/** {@code rabbitmqctl start_app}: the broker is back. */
	public static void startApp() {
		rabbitmqctl("start_app");
	}

	/** Runs rabbitmqctl as root (directly, or through sudo -n); fails the test if that is not possible. */
	public static void rabbitmqctl(String command) {
		List<String> line = new ArrayList<>();
		if (!"root".equals(System.getProperty("user.name"))) {
			line.addAll(List.of("sudo", "-n"));
		}
		line.addAll(List.of("rabbitmqctl", "-q", command));
		try {
			Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
			boolean finished = process.waitFor(60, TimeUnit.SECONDS);
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!finished || process.exitValue() != 0) {
				fail("The broker restart needs `" + String.join(" ", line) + "` (as root or with sudo -n; CI has it),"
						+ " which " + (finished ? "exited " + process.exitValue() : "did not finish") + ": " + output);
			}
		}
		catch (java.io.IOException ex) {
			fail("Could not run `" + String.join(" ", line) + "`", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			fail("Interrupted while running `" + String.join(" ", line) + "`", ex);
		}
	}

	@Override
	public void close() {
		this.connections.destroy();
	}

	private static String env(String name, String otherwise) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? otherwise : value;
	}

}
