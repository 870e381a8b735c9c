package org.jiexu.exchange;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The RabbitMQ transport's settings ({@code jiexu.exchange.rabbitmq.*}; the connection itself is Spring Boot's
 * {@code spring.rabbitmq.*}).
 *
 * @param confirmTimeout how long a delivery waits for the broker's confirm before it counts as failed (and is tried
 * again); shorter than the relay's lease ({@code jiexu.exchange.retry.lease}, 30 s)
 * @param prefetch how many unacknowledged messages the broker hands each consumer at a time
 * @param concurrency consumers per deployment on the local agencies' queues
 * @param pauseAfterFailure how long a consumer waits before it hands back a message it could not take into the inbox
 * (the database was unreachable, say), so that the broker does not redeliver it in a tight loop
 * @param recoveryInterval how often the consumers try to reconnect after the broker went away
 */
@ConfigurationProperties("jiexu.exchange.rabbitmq")
record RabbitTransportSettings(@DefaultValue("10s") Duration confirmTimeout, @DefaultValue("50") int prefetch,
		@DefaultValue("1") int concurrency, @DefaultValue("1s") Duration pauseAfterFailure,
		@DefaultValue("2s") Duration recoveryInterval) {
}
