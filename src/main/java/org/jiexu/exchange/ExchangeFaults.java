package org.jiexu.exchange;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

/**
 * Faults injected into the exchange on purpose, to prove that it recovers: a delivery or a handling that matches a
 * rule fails as if the network or the handler had. None unless a test adds them.
 */
@Component
class ExchangeFaults {

	private final List<Predicate<SignedMessage>> deliveries = new CopyOnWriteArrayList<>();

	private final List<Predicate<ExchangeMessage>> handlings = new CopyOnWriteArrayList<>();

	private volatile boolean transportDown;

	/** Deliveries of messages the rule matches fail while it is in place. */
	void failDeliveries(Predicate<SignedMessage> rule) {
		this.deliveries.add(rule);
	}

	/** Handlings of messages the rule matches fail while it is in place. */
	void failHandlings(Predicate<ExchangeMessage> rule) {
		this.handlings.add(rule);
	}

	/** Every delivery fails as if the broker were down, until {@link #clear()}. */
	void takeTransportDown() {
		this.transportDown = true;
	}

	void clear() {
		this.deliveries.clear();
		this.handlings.clear();
		this.transportDown = false;
	}

	void beforeDelivery(SignedMessage message) {
		if (this.transportDown) {
			throw new TransportUnavailable("Injected transport outage");
		}
		if (this.deliveries.stream().anyMatch(rule -> rule.test(message))) {
			throw new IllegalStateException("Injected delivery failure");
		}
	}

	void beforeHandling(ExchangeMessage message) {
		if (this.handlings.stream().anyMatch(rule -> rule.test(message))) {
			throw new IllegalStateException("Injected handling failure");
		}
	}

}
