/**
 * Exchange (业务协同): the messages agencies send each other about a transfer — contact letter, info table, fund
 * remittance, receipt, rejection — as typed envelopes with ids. A message is kept in the sender's outbox in the
 * sender's transaction, signed by the sending agency, and taken once into the receiver's inbox (unique on its id)
 * if its signature verifies; the receiving module handles it through its {@link org.jiexu.exchange.ExchangeHandler}.
 * Delivery and handling each run on a worker of their own with retries and dead letters (decision 26). The
 * in-process transport delivers between agencies of one deployment (decision 20); with
 * {@code jiexu.exchange.transport=rabbitmq} deployments exchange messages through a RabbitMQ broker, a quorum queue
 * per agency (decision 27). A message to an agency marked not connected ({@link org.jiexu.exchange.AgencyConnections})
 * never reaches a transport: it becomes a postal letter ({@link org.jiexu.exchange.PostalLetters}) that a clerk
 * prints, posts with an EMS tracking number and follows until delivered; that agency's replies are entered by hand
 * into the inbox ({@link org.jiexu.exchange.Exchange#enterByHand}) (decision 30).
 * <p>
 * Depends on: {@code shared}, and {@code identity} for the administrators' view: it knows agencies by their codes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange (业务协同)",
		allowedDependencies = { "shared", "identity" })
@org.jspecify.annotations.NullMarked
package org.jiexu.exchange;
