package org.jiexu.notification;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP provider adapter against a provider stub on a local port. */
class HttpSmsGatewayTests {

	private HttpServer provider;

	private final AtomicReference<String> body = new AtomicReference<>();

	private final AtomicReference<String> authorization = new AtomicReference<>();

	private int status = 200;

	@BeforeEach
	void startProvider() throws IOException {
		this.provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.provider.createContext("/sms", exchange -> {
			this.body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			this.authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
			byte[] answer = (this.status == 200 ? "{\"ok\":true}" : "quota exceeded").getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(this.status, answer.length);
			exchange.getResponseBody().write(answer);
			exchange.close();
		});
		this.provider.start();
	}

	@AfterEach
	void stopProvider() {
		this.provider.stop(0);
	}

	private HttpSmsGateway gateway() {
		return new HttpSmsGateway(URI.create("http://127.0.0.1:" + this.provider.getAddress().getPort() + "/sms"),
				"secret-token", "接续");
	}

	@Test
	void aMessageIsPostedAsJsonWithTheTokenAndCountsAsSentOnA2xx() {
		SmsGateway.Delivery delivery = gateway().send("13912345678", "您的转移已办结");
		assertThat(delivery.state()).isEqualTo("SENT");
		assertThat(delivery.provider()).isEqualTo("http");
		assertThat(this.body.get()).contains("\"phone\":\"13912345678\"", "\"text\":\"您的转移已办结\"", "\"sign\":\"接续\"");
		assertThat(this.authorization.get()).isEqualTo("Bearer secret-token");
	}

	@Test
	void aRefusalByTheProviderIsAFailureWithItsAnswer() {
		this.status = 429;
		SmsGateway.Delivery delivery = gateway().send("13912345678", "x");
		assertThat(delivery.state()).isEqualTo("FAILED");
		assertThat(delivery.detail()).contains("429", "quota exceeded");
	}

	@Test
	void anUnreachableProviderIsAFailureNotAnException() {
		int port = this.provider.getAddress().getPort();
		this.provider.stop(0);
		SmsGateway.Delivery delivery = new HttpSmsGateway(URI.create("http://127.0.0.1:" + port + "/sms"), "t", "s")
			.send("13912345678", "x");
		assertThat(delivery.state()).isEqualTo("FAILED");
	}

}
