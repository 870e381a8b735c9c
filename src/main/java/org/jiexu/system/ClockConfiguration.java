package org.jiexu.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the application, in Asia/Shanghai. Domain code takes "today" from it, never from
 * {@code LocalDate.now()}; tests replace it with a fixed clock.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(SHANGHAI);
	}

}
