package org.jiexu.exchange;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryTests {

	@Test
	void theWaitDoublesAfterEachFailedAttemptUpToTheLongest() {
		Retry retry = new Retry(Duration.ofSeconds(1), Duration.ofSeconds(10), 10, Duration.ofSeconds(30));

		assertThat(retry.after(1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(retry.after(2)).isEqualTo(Duration.ofSeconds(2));
		assertThat(retry.after(4)).isEqualTo(Duration.ofSeconds(8));
		assertThat(retry.after(5)).isEqualTo(Duration.ofSeconds(10));
		assertThat(retry.after(60)).isEqualTo(Duration.ofSeconds(10));
	}

}
