package org.jiexu.exchange;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often a failed delivery or processing is tried again ({@code jiexu.exchange.retry.*}): after the first
 * failure wait {@code first}, then twice as long each time up to {@code longest}; after {@code maxAttempts}
 * attempts the message is a dead letter, which an administrator may replay.
 */
@ConfigurationProperties("jiexu.exchange.retry")
record Retry(@DefaultValue("1s") Duration first, @DefaultValue("5m") Duration longest,
		@DefaultValue("10") int maxAttempts, @DefaultValue("30s") Duration lease) {

	/** The wait after {@code attempts} failed attempts (1 or more). */
	Duration after(int attempts) {
		Duration wait = this.first;
		for (int i = 1; i < attempts && wait.compareTo(this.longest) < 0; i++) {
			wait = wait.multipliedBy(2);
		}
		return wait.compareTo(this.longest) > 0 ? this.longest : wait;
	}

}
