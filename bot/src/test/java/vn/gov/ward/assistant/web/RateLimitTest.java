package vn.gov.ward.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.net.SocketFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.AssistantTest;
import vn.gov.ward.assistant.HttpJson;
import vn.gov.ward.assistant.support.MutableClock;
import vn.gov.ward.assistant.support.ResilienceTestBase;
import vn.gov.ward.assistant.support.ZaloEvents;

/**
 * Anonymous floods: each client (an address of its own on the loopback network, as clients on the Internet
 * have) gets its limit of the public endpoints and then 429 with Retry-After, the web chat with a polite
 * reply; a Zalo user writing too fast is told once and the rest is not kept; a long conversation keeps a
 * bounded amount in Redis.
 */
class RateLimitTest extends ResilienceTestBase {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final MediaType JSON_TYPE = MediaType.get("application/json");

    @LocalServerPort
    int port;
    @Autowired
    StringRedisTemplate redis;
    @Autowired
    MutableClock clock;

    record Answer(int status, String retryAfter, JsonNode body) {
    }

    /** An HTTP client whose connections come from {@code 127.0.0.<host>}. */
    static OkHttpClient from(int host) throws IOException {
        InetAddress local = InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) host});
        SocketFactory plain = SocketFactory.getDefault();
        return new OkHttpClient.Builder().socketFactory(new SocketFactory() {
            @Override
            public Socket createSocket() throws IOException {
                Socket socket = new Socket();
                socket.bind(new InetSocketAddress(local, 0));
                return socket;
            }

            @Override
            public Socket createSocket(String host, int port) throws IOException {
                return plain.createSocket(host, port, local, 0);
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
                return plain.createSocket(host, port, localHost, localPort);
            }

            @Override
            public Socket createSocket(InetAddress host, int port) throws IOException {
                return plain.createSocket(host, port, local, 0);
            }

            @Override
            public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
                return plain.createSocket(address, port, localAddress, localPort);
            }
        }).build();
    }

    Answer chat(OkHttpClient client, String session, String text) throws IOException {
        String body = JSON.writeValueAsString(Map.of("sessionId", session, "text", text));
        return call(client, new Request.Builder().url("http://127.0.0.1:" + port + "/api/v1/chat").post(RequestBody.create(body, JSON_TYPE)).build());
    }

    Answer call(OkHttpClient client, Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            String raw = Objects.requireNonNull(response.body()).string();
            return new Answer(response.code(), response.header("Retry-After"), raw.startsWith("{") ? JSON.readTree(raw) : null);
        }
    }

    @Test
    void aFloodOfNewChatSessionsFromOneAddressIsTurnedAwayPolitelyWhileOtherAddressesAreServed() throws IOException {
        OkHttpClient flooder = from(2);
        for (int i = 0; i < 20; i++) assertThat(chat(flooder, "flood-session-" + i, "xin chào").status()).isEqualTo(200);

        Answer refused = chat(flooder, "flood-session-20", "xin chào");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.retryAfter())).isBetween(1, 60);
        assertThat(refused.body().get("replies").get(0).get("text").asString()).contains("Ông/Bà", "nhanh quá");
        assertThat(redis.keys("conversation:transcript:{web:flood-session-*")).as("nothing kept of the refused one").hasSize(20);
        assertThat(chat(from(3), "another-address", "xin chào").status()).isEqualTo(200);
    }

    @Test
    void theProcedureSearchIsLimitedPerAddressToo() throws IOException {
        OkHttpClient client = from(5);
        // The search needs the one-stop system's key; the limit is per address all the same.
        Request search = new Request.Builder().url("http://127.0.0.1:" + port + "/api/v1/procedures/search?q=" + HttpJson.encode("khai sinh"))
                .header("X-Api-Key", AssistantTest.API_KEY).build();
        for (int i = 0; i < 10; i++) assertThat(call(client, search).status()).isEqualTo(200);
        Answer refused = call(client, search);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.retryAfter()).isNotNull();
        assertThat(refused.body().get("status").asInt()).isEqualTo(429);
    }

    @Test
    void aZaloUserWritingTooFastIsToldOnceAndWhatFollowsIsNotKept() {
        ZaloEvents events = new ZaloEvents(new HttpJson(port));
        for (int i = 0; i < 9; i++) assertThat(events.text("flood-user", "flood-m-" + i, "xin chào", clock.millis())).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> textsTo("flood-user").size() >= 6);
        settled.await();
        assertThat(textsTo("flood-user")).hasSize(6);
        assertThat(textsTo("flood-user").stream().filter(t -> t.contains("nhanh quá")).count()).as("told once").isEqualTo(1);
        assertThat(redis.opsForZSet().range("zalo:{zalo-inbox}:event-ids", 0, -1)).as("events kept").filteredOn(id -> id.startsWith("msg:flood-m-")).hasSize(5);
    }

    @Test
    void aLongConversationKeepsABoundedAmountInRedis() throws IOException {
        OkHttpClient client = from(4);
        for (int i = 0; i < 15; i++) {
            assertThat(chat(client, "long-conversation", i % 2 == 0 ? "thủ tục đăng ký khai sinh cần gì" : "đăng ký kết hôn").status()).isEqualTo(200);
        }
        String key = "conversation:transcript:{web:long-conversation}";
        List<String> transcript = redis.opsForList().range(key, 0, -1);
        assertThat(transcript).hasSize(12).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(500));
        Long bytes = redis.execute(RedisScript.of("return redis.call('MEMORY', 'USAGE', KEYS[1])", Long.class), List.of(key));
        assertThat(bytes).as("bytes one conversation's transcript holds").isLessThan(20_000L);
    }

    private List<String> textsTo(String user) {
        return zalo.sent("/v3.0/oa/message/cs").stream().filter(m -> m.get("recipient").get("user_id").asString().equals(user))
                .map(m -> m.get("message").get("text").asString()).toList();
    }
}
