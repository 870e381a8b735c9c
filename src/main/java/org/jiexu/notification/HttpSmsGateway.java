package org.jiexu.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * An SMS provider reached over HTTP: {@code POST} of {@code {"phone": …, "text": …, "sign": …}} as JSON to
 * {@code jiexu.sms.http.url}, with {@code Authorization: Bearer <jiexu.sms.http.token>}; a 2xx answer is SENT,
 * anything else (or no answer within 10 s) FAILED with the reason.
 */
class HttpSmsGateway implements SmsGateway {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI url;

	private final String token;

	private final String sign;

	HttpSmsGateway(URI url, String token, String sign) {
		this.url = url;
		this.token = token;
		this.sign = sign;
	}

	@Override
	public Delivery send(String phone, String text) {
		HttpRequest request = HttpRequest.newBuilder(this.url)
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json; charset=utf-8")
			.header("Authorization", "Bearer " + this.token)
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("phone", phone, "text", text, "sign", this.sign))))
			.build();
		try {
			HttpResponse<String> response = this.client.send(request, HttpResponse.BodyHandlers.ofString());
			boolean ok = response.statusCode() / 100 == 2;
			return new Delivery(ok ? "SENT" : "FAILED", "http",
					"HTTP " + response.statusCode() + (ok ? "" : " " + abbreviate(response.body())));
		}
		catch (IOException ex) {
			return new Delivery("FAILED", "http", abbreviate(ex.toString()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Delivery("FAILED", "http", "interrupted");
		}
	}

	private static String abbreviate(String text) {
		return text.length() <= 400 ? text : text.substring(0, 400);
	}

}
