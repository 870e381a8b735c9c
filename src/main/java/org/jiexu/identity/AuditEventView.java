package org.jiexu.identity;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** One entry of the audit trail; the time is local time of the application clock (Asia/Shanghai). */
public record AuditEventView(LocalDateTime occurredAt, String username, @Nullable String agencyCode,
		AuditAction action, @Nullable String subject) {
}
