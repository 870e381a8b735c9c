/**
 * Reporting (监控统计): the supervisor's monitoring dashboards, answered from read models that other modules' events
 * keep up to date, never by scanning their tables per request. First: the transfer dashboard
 * ({@link org.jiexu.reporting.TransferMonitoring}) over the read models in schema {@code reporting} that
 * {@code TransferReadModels} keeps from the transfer module's {@link org.jiexu.transfer.TransferCaseChanged}
 * (decision 22).
 * <p>
 * Depends on: {@code transfer} (the event and its enums), {@code identity} (the reader and their agency),
 * {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting (监控统计)",
		allowedDependencies = { "shared", "identity", "transfer" })
@org.jspecify.annotations.NullMarked
package org.jiexu.reporting;
