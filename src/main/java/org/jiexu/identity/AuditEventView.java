package org.jiexu.identity;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/** One entry of the audit trail; the time is Beijing time (Asia/Shanghai). */
public record AuditEventView(LocalDateTime occurredAt, String username, @Nullable String agencyCode,
		AuditAction action, @Nullable String subject) {
}
