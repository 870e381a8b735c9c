package org.jiexu.notification;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the {@link SmsGateway} by {@code jiexu.sms.provider}: {@code outbox} (default) or {@code http}. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

	@Bean
	SmsGateway smsGateway(@Value("${jiexu.sms.provider:outbox}") String provider,
			@Value("${jiexu.sms.http.url:}") String url, @Value("${jiexu.sms.http.token:}") String token,
			@Value("${jiexu.sms.http.sign:接续}") String sign) {
		return switch (provider) {
			case "outbox" -> new OutboxSmsGateway();
			case "http" -> {
				if (url.isBlank()) {
					throw new IllegalStateException("jiexu.sms.provider=http needs jiexu.sms.http.url");
				}
				yield new HttpSmsGateway(URI.create(url), token, sign);
			}
			default -> throw new IllegalStateException("jiexu.sms.provider is outbox or http, not " + provider);
		};
	}

}
