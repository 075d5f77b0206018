package vn.gov.ward.assistant.channel.zalo.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.gov.ward.assistant.channel.zalo.api.ZaloClientTest.json;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

class ZaloTokensTest {

    private static final String NEW_PAIR =
            "{\"access_token\":\"new-access\",\"refresh_token\":\"new-refresh\",\"expires_in\":\"90000\"}";
    /** Far enough that a just-issued 25 h token is within its last hour. */
    private static final Duration DUE = Duration.ofHours(24).plusMinutes(1);
    @RegisterExtension
    static final ZaloFixture fixture = new ZaloFixture();

    private MockWebServer server;

    @BeforeEach
    void setUp() throws IOException {
        fixture.flush();
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
    }

    @Test
    void tokenErrorRefreshesOnceAndRetriesWithTheNewToken() throws Exception {
        ZaloClient client = fixture.instance(server).client();
        server.enqueue(json("{\"error\":-216,\"message\":\"Access token is invalid\"}"));
        server.enqueue(json(NEW_PAIR));
        server.enqueue(json("{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"m-after-refresh\"}}"));

        SendOutcome outcome = client.sendText("4572", "hi", List.of());

        assertThat(outcome).isEqualTo(new SendOutcome.Sent("m-after-refresh"));
        assertThat(server.getRequestCount()).isEqualTo(3);
        RecordedRequest refused = server.takeRequest();
        assertThat(refused.getHeader("access_token")).isEqualTo("old-access");
        RecordedRequest refresh = server.takeRequest();
        assertThat(refresh.getMethod()).isEqualTo("POST");
        assertThat(refresh.getPath()).isEqualTo("/v4/oa/access_token");
        assertThat(refresh.getHeader("secret_key")).isEqualTo("app-secret");
        assertThat(refresh.getHeader("access_token")).isNull();
        assertThat(refresh.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(form(refresh.getBody().readUtf8())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "refresh_token", "old-refresh", "app_id", "app-1", "grant_type", "refresh_token"));
        RecordedRequest retried = server.takeRequest();
        assertThat(retried.getPath()).isEqualTo("/v3.0/oa/message/cs");
        assertThat(retried.getHeader("access_token")).isEqualTo("new-access");

        Map<Object, Object> stored = fixture.storedPair();
        assertThat(stored).containsEntry("access_token", "new-access").containsEntry("refresh_token", "new-refresh")
                .containsEntry("expires_at",
                        Long.toString(ZaloFixture.NOW.plusSeconds(90000).toEpochMilli()));
        assertThat(fixture.events).isEmpty();
    }

    @Test
    void tokenStillRefusedAfterRefreshIsPermanent() {
        ZaloClient client = fixture.instance(server).client();
        server.enqueue(json("{\"error\":-124,\"message\":\"Access token invalid\"}"));
        server.enqueue(json(NEW_PAIR));
        server.enqueue(json("{\"error\":-124,\"message\":\"Access token invalid\"}"));

        assertThat(client.sendTemplate("84900000000", "1", Map.of(), "t"))
                .isInstanceOfSatisfying(SendOutcome.Permanent.class, p -> assertThat(p.code()).isEqualTo(-124));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void twoInstancesHittingATokenErrorAtOnceRefreshOnce() throws Exception {
        AtomicInteger refreshes = new AtomicInteger();
        CyclicBarrier bothRefused = new CyclicBarrier(2);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (request.getPath().startsWith("/v4/oa/access_token")) {
                    refreshes.incrementAndGet();
                    Thread.sleep(200); // a slow refresh widens the window for a second one
                    return json(NEW_PAIR);
                }
                if ("old-access".equals(request.getHeader("access_token"))) {
                    try {
                        bothRefused.await(5, TimeUnit.SECONDS); // both sends carry the old token
                    } catch (BrokenBarrierException | TimeoutException e) {
                        return new MockResponse().setResponseCode(500);
                    }
                    return json("{\"error\":-216,\"message\":\"Access token is invalid\"}");
                }
                return json("{\"error\":0,\"data\":{\"message_id\":\"m-" + request.getSequenceNumber() + "\"}}");
            }
        });
        ZaloClient a = fixture.instance(server).client();
        ZaloClient b = fixture.instance(server).client();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<SendOutcome> fromA = pool.submit(() -> a.sendText("1", "from A", List.of()));
            Future<SendOutcome> fromB = pool.submit(() -> b.sendText("2", "from B", List.of()));

            assertThat(fromA.get(20, TimeUnit.SECONDS)).isInstanceOf(SendOutcome.Sent.class);
            assertThat(fromB.get(20, TimeUnit.SECONDS)).isInstanceOf(SendOutcome.Sent.class);
        } finally {
            pool.shutdownNow();
        }
        assertThat(refreshes).hasValue(1);
        assertThat(fixture.storedPair()).containsEntry("refresh_token", "new-refresh");
    }

    @Test
    void refusedRefreshBreaksTheChainAndTellsTheApp() {
        ZaloFixture.Instance instance = fixture.instance(server);
        server.enqueue(json("{\"error\":-216,\"message\":\"Access token is invalid\"}"));
        server.enqueue(json("{\"error\":-14014,\"error_name\":\"Invalid refresh token\","
                + "\"error_description\":\"Refresh token is invalid or expired\"}"));

        SendOutcome outcome = instance.client().sendText("1", "hi", List.of());

        assertThat(outcome).isInstanceOfSatisfying(SendOutcome.Permanent.class,
                p -> assertThat(p.code()).isEqualTo(-216));
        assertThat(instance.tokens().chainBroken()).isTrue();
        assertThat(fixture.events).singleElement().isInstanceOfSatisfying(ZaloTokenChainBroken.class,
                event -> assertThat(event.reason()).contains("Invalid refresh token").doesNotContain("old-refresh"));
        assertThat(server.getRequestCount()).isEqualTo(2);

        // Broken: no more refresh attempts with the spent token, from this or another instance.
        server.enqueue(json("{\"error\":-216,\"message\":\"Access token is invalid\"}"));
        assertThat(fixture.instance(server).client().sendText("1", "hi", List.of()))
                .isInstanceOf(SendOutcome.Permanent.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(fixture.events).hasSize(1);
    }

    @Test
    void newConfiguredTokensMendABrokenChain() throws Exception {
        fixture.instance(server); // seeds nothing until used
        server.enqueue(json("{\"error\":-14014,\"error_name\":\"Invalid refresh token\"}"));
        ZaloTokens first = fixture.instance(server).tokens();
        first.accessToken(); // seeds the configured pair
        fixture.clock.advance(DUE);
        first.refreshIfDue();
        assertThat(first.chainBroken()).isTrue();

        // The same stale configuration does not revive it ...
        ZaloTokens sameConfig = fixture.instance(server).tokens();
        sameConfig.seedFromConfiguration();
        assertThat(sameConfig.chainBroken()).isTrue();

        // ... re-authorized tokens in the configuration do.
        ZaloTokens reauthorized = fixture.instance(ZaloFixture.oa(server, "fresh-access", "fresh-refresh"), server)
                .tokens();
        reauthorized.seedFromConfiguration();
        assertThat(reauthorized.chainBroken()).isFalse();
        assertThat(reauthorized.accessToken()).isEqualTo("fresh-access");
    }

    @Test
    void installMendsABrokenChain() {
        ZaloTokens tokens = fixture.instance(server).tokens();
        server.enqueue(json("{\"error\":-14014,\"error_name\":\"Invalid refresh token\"}"));
        tokens.accessToken();
        fixture.clock.advance(DUE);
        tokens.refreshIfDue();
        assertThat(tokens.chainBroken()).isTrue();

        tokens.install("installed-access", "installed-refresh");

        assertThat(tokens.chainBroken()).isFalse();
        assertThat(tokens.accessToken()).isEqualTo("installed-access");
        tokens.refreshIfDue(); // fresh for 25 h: nothing to do
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void refreshesAheadOfExpiryOnlyWhenDue() throws Exception {
        ZaloTokens tokens = fixture.instance(server).tokens();
        server.enqueue(json(NEW_PAIR));

        tokens.refreshIfDue(); // the configured pair is taken as just issued: not due
        assertThat(server.getRequestCount()).isZero();
        fixture.clock.advance(DUE);
        tokens.refreshIfDue(); // within the last hour: due
        tokens.refreshIfDue(); // rotated, valid for 25 h again: not due

        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(form(server.takeRequest().getBody().readUtf8())).containsEntry("refresh_token", "old-refresh");
        assertThat(tokens.accessToken()).isEqualTo("new-access");
    }

    @Test
    void configurationDoesNotOverwriteALiveChain() {
        server.enqueue(json(NEW_PAIR));
        ZaloTokens first = fixture.instance(server).tokens();
        first.accessToken();
        fixture.clock.advance(DUE);
        first.refreshIfDue();

        // Another instance starts with the (now spent) configured pair.
        ZaloTokens other = fixture.instance(server).tokens();
        other.seedFromConfiguration();

        assertThat(other.accessToken()).isEqualTo("new-access");
        assertThat(fixture.storedPair()).containsEntry("refresh_token", "new-refresh");
    }

    @Test
    void aRefreshThatFailsInPassingIsTriedAgainWithBackoffAndRotates() throws Exception {
        ZaloTokens tokens = fixture.instance(server).tokens();
        tokens.accessToken();
        fixture.clock.advance(DUE);
        server.enqueue(new MockResponse().setResponseCode(502));
        server.enqueue(json("{\"error\":-100,\"error_name\":\"Unknown error\",\"error_description\":\"Please try again later\"}"));
        server.enqueue(json(NEW_PAIR));

        tokens.refreshIfDue();

        assertThat(server.getRequestCount()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(form(server.takeRequest().getBody().readUtf8())).as("the same, unspent token each time")
                    .containsEntry("refresh_token", "old-refresh");
        }
        assertThat(tokens.accessToken()).isEqualTo("new-access");
        assertThat(tokens.chainBroken()).isFalse();
        assertThat(fixture.events).isEmpty();
    }

    @Test
    void aSpentRefreshTokenBreaksTheChainAtOnce() {
        ZaloTokens tokens = fixture.instance(server).tokens();
        tokens.accessToken();
        fixture.clock.advance(DUE);
        server.enqueue(json("{\"error\":-14014,\"error_name\":\"Invalid refresh token\","
                + "\"error_description\":\"The refresh token is expired or already used\"}"));

        tokens.refreshIfDue();

        assertThat(server.getRequestCount()).as("no point asking again with a spent token").isEqualTo(1);
        assertThat(tokens.chainBroken()).isTrue();
        assertThat(fixture.events).singleElement().isInstanceOfSatisfying(ZaloTokenChainBroken.class,
                event -> assertThat(event.reason()).contains("Invalid refresh token"));
    }

    @Test
    void aRefreshThatKeepsFailingInPassingLeavesTheChainForTheNextCheck() {
        ZaloTokens tokens = fixture.instance(server).tokens();
        tokens.accessToken();
        fixture.clock.advance(DUE);
        for (int i = 0; i < ZaloTokens.REFRESH_ATTEMPTS; i++) server.enqueue(new MockResponse().setResponseCode(503));

        tokens.refreshIfDue();

        assertThat(server.getRequestCount()).isEqualTo(ZaloTokens.REFRESH_ATTEMPTS);
        assertThat(tokens.chainBroken()).isFalse();
        assertThat(fixture.events).isEmpty();
        assertThat(tokens.accessToken()).isEqualTo("old-access");

        server.enqueue(json(NEW_PAIR));
        tokens.refreshIfDue();
        assertThat(tokens.accessToken()).isEqualTo("new-access");
    }

    @Test
    void aRefusalThatNamesNoCauseIsAskedAgainBeforeTheChainCountsAsBroken() {
        ZaloTokens tokens = fixture.instance(server).tokens();
        tokens.accessToken();
        fixture.clock.advance(DUE);
        for (int i = 0; i < ZaloTokens.REFRESH_ATTEMPTS; i++) {
            server.enqueue(json("{\"error\":-14999,\"error_name\":\"Request failed\"}"));
        }

        tokens.refreshIfDue();

        assertThat(server.getRequestCount()).isEqualTo(ZaloTokens.REFRESH_ATTEMPTS);
        assertThat(tokens.chainBroken()).isTrue();
        assertThat(fixture.events).hasSize(1);
    }

    @Test
    void aWrongAddressSpendsNothingAndBreaksNothing() {
        ZaloTokens tokens = fixture.instance(server).tokens();
        server.enqueue(new MockResponse().setResponseCode(502));
        server.enqueue(new MockResponse().setResponseCode(404)); // a wrong oauth-url spends no token
        tokens.accessToken();
        fixture.clock.advance(DUE);

        tokens.refreshIfDue();

        assertThat(server.getRequestCount()).as("the 502 tried again, the 404 not").isEqualTo(2);
        assertThat(tokens.chainBroken()).isFalse();
        assertThat(fixture.events).isEmpty();
        assertThat(tokens.accessToken()).isEqualTo("old-access");
    }

    @Test
    void lockIsHeldBrieflyNotForever() {
        Duration waits = ZaloTokens.REFRESH_BACKOFF.multipliedBy((1L << (ZaloTokens.REFRESH_ATTEMPTS - 1)) - 1);
        assertThat(ZaloConfiguration.LOCK_EXPIRY).as("longer than every try of one refresh and the waits between them")
                .isGreaterThan(ZaloHttp.CALL_TIMEOUT.multipliedBy(ZaloTokens.REFRESH_ATTEMPTS).plus(waits));
        assertThat(ZaloConfiguration.LOCK_EXPIRY).isLessThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(ZaloTokens.LOCK_WAIT).isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    private static Map<String, String> form(String body) {
        return Arrays.stream(body.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                kv -> URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                kv -> URLDecoder.decode(kv[1], StandardCharsets.UTF_8)));
    }
}
