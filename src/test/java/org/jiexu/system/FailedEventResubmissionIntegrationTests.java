package org.jiexu.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An asynchronous listener that fails gets the event again within seconds, without a restart, and only once it has
 * taken it is the publication complete.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:jiexu-event-resubmission;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.datasource.password=", "jiexu.demo.enabled=false",
		"jiexu.events.resubmit-every=300ms", "jiexu.events.resubmit-after=0s" })
@Import(FailedEventResubmissionIntegrationTests.FailingListener.class)
class FailedEventResubmissionIntegrationTests {

	/** An event only this test publishes. */
	record Ping(String text) {
	}

	/** Fails the first two times it gets a ping, then takes it (read through methods: the bean is a proxy). */
	static class FailingListener {

		private final AtomicInteger calls = new AtomicInteger();

		private final AtomicInteger taken = new AtomicInteger();

		int calls() {
			return this.calls.get();
		}

		int taken() {
			return this.taken.get();
		}

		@ApplicationModuleListener
		void on(Ping ping) {
			if (this.calls.incrementAndGet() <= 2) {
				throw new IllegalStateException("the listener's database is away");
			}
			this.taken.incrementAndGet();
		}

	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	FailingListener listener;

	@Test
	void anEventWhoseListenerFailedIsHandedToItAgainUntilItTakesItWithoutARestart() throws InterruptedException {
		this.transaction.executeWithoutResult(status -> this.events.publishEvent(new Ping("resubmit me")));

		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (this.listener.taken() == 0 && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}

		assertThat(this.listener.taken()).as("taken at the third delivery").isEqualTo(1);
		assertThat(this.listener.calls()).isEqualTo(3);
		Thread.sleep(1000);
		assertThat(this.listener.calls()).as("not handed again once taken").isEqualTo(3);
	}

}
