/**
 * Notifications (通知): SMS through an {@link org.jiexu.notification.SmsGateway} — by default an outbox that keeps
 * every message for the administrators to see, or an HTTP provider configured by properties — and the weekly
 * digest that tells each person about their transfers completed the week before (seed 000).
 * <p>
 * Depends on: {@code transfer} (completed cases), {@code registry} (phones, agencies), {@code identity}
 * (administrators), {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications (通知)",
		allowedDependencies = { "shared", "identity", "registry", "transfer" })
@org.jspecify.annotations.NullMarked
package org.jiexu.notification;
