package org.jiexu.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.ExchangeBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;

/**
 * Where messages go on the broker: one durable direct exchange {@value #EXCHANGE}, and for each agency a durable
 * quorum queue {@code jiexu.agency.<code>} bound with the agency code as routing key. A deployment declares the
 * queues of its own agencies (the local ones) and consumes from them; it sends to any agency by its code, and a
 * message for an agency whose deployment has not declared its queue yet comes back unroutable.
 */
final class RabbitTopology {

	static final String EXCHANGE = "jiexu.exchange";

	static final String QUEUE_PREFIX = "jiexu.agency.";

	private static final Pattern AGENCY_CODE = Pattern.compile("[0-9]{8}");

	private final Set<String> localAgencies;

	private final List<String> ordered;

	/**
	 * @param localAgencies the codes of the agencies this deployment serves, comma-separated
	 */
	RabbitTopology(String localAgencies) {
		Set<String> codes = new LinkedHashSet<>();
		for (String code : localAgencies.split(",")) {
			if (!code.isBlank()) {
				codes.add(code.strip());
			}
		}
		if (codes.isEmpty()) {
			throw new IllegalStateException("jiexu.exchange.transport=rabbitmq needs jiexu.exchange.local-agencies:"
					+ " the codes of the agencies this deployment serves, comma-separated (e.g. 11010201)");
		}
		for (String code : codes) {
			if (!AGENCY_CODE.matcher(code).matches()) {
				throw new IllegalStateException("jiexu.exchange.local-agencies: '" + code
						+ "' is not an agency code (8 digits: the region code and a serial)");
			}
		}
		this.localAgencies = Set.copyOf(codes);
		this.ordered = List.copyOf(codes);
	}

	List<String> localAgencies() {
		return this.ordered;
	}

	boolean isLocal(String agencyCode) {
		return this.localAgencies.contains(agencyCode);
	}

	/** The queues this deployment consumes from. */
	String[] queueNames() {
		return this.ordered.stream().map(RabbitTopology::queueName).toArray(String[]::new);
	}

	/** The exchange, the local agencies' queues and their bindings, for the broker admin to declare. */
	Declarables declarables() {
		DirectExchange exchange = exchange();
		List<Declarable> all = new ArrayList<>();
		all.add(exchange);
		for (String code : this.ordered) {
			Queue queue = queue(code);
			all.add(queue);
			all.add(binding(queue, exchange, code));
		}
		return new Declarables(all);
	}

	static String queueName(String agencyCode) {
		return QUEUE_PREFIX + agencyCode;
	}

	static DirectExchange exchange() {
		return ExchangeBuilder.directExchange(EXCHANGE).durable(true).build();
	}

	static Queue queue(String agencyCode) {
		return QueueBuilder.durable(queueName(agencyCode)).quorum().build();
	}

	static Binding binding(Queue queue, DirectExchange exchange, String agencyCode) {
		return BindingBuilder.bind(queue).to(exchange).with(agencyCode);
	}

}
