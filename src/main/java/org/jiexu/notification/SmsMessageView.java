package org.jiexu.notification;

import java.time.Instant;

/** One SMS as the administrators see it (the phone masked), with what the gateway did with it. */
public record SmsMessageView(long id, String phone, String text, String purpose, String state, String provider,
		String detail, Instant createdAt) {
}
