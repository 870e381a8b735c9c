package org.jiexu.exchange;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.DirectExchange;
import org.springframework.amqp.core.Queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RabbitTopologyTests {

	@Test
	void declaresTheDurableDirectExchangeAndAQuorumQueuePerLocalAgencyBoundByItsCode() {
		RabbitTopology topology = new RabbitTopology(" 11010201, 42098101 ,");

		assertThat(topology.localAgencies()).containsExactly("11010201", "42098101");
		assertThat(topology.queueNames()).containsExactly("jiexu.agency.11010201", "jiexu.agency.42098101");
		assertThat(topology.isLocal("42098101")).isTrue();
		assertThat(topology.isLocal("53250201")).isFalse();
		assertThat(topology.declarables().getDeclarablesByType(DirectExchange.class)).singleElement()
			.satisfies(exchange -> {
				assertThat(exchange.getName()).isEqualTo("jiexu.exchange");
				assertThat(exchange.isDurable()).isTrue();
				assertThat(exchange.isAutoDelete()).isFalse();
			});
		assertThat(topology.declarables().getDeclarablesByType(Queue.class)).hasSize(2).allSatisfy(queue -> {
			assertThat(queue.isDurable()).isTrue();
			assertThat(queue.isExclusive()).isFalse();
			assertThat(queue.getArguments()).containsEntry("x-queue-type", "quorum");
		});
		assertThat(topology.declarables().getDeclarablesByType(Binding.class))
			.extracting(Binding::getDestination, Binding::getRoutingKey, Binding::getExchange)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("jiexu.agency.11010201", "11010201", "jiexu.exchange"),
					org.assertj.core.groups.Tuple.tuple("jiexu.agency.42098101", "42098101", "jiexu.exchange"));
	}

	@Test
	void refusesToStartWithoutLocalAgenciesOrWithSomethingElseThanAgencyCodes() {
		assertThatThrownBy(() -> new RabbitTopology(" , ")).hasMessageContaining("jiexu.exchange.local-agencies");
		assertThatThrownBy(() -> new RabbitTopology("11010201,beijing"))
			.hasMessageContaining("'beijing' is not an agency code");
	}

}
