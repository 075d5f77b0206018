package vn.gov.ward.assistant.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A fake Zalo server on one MockWebServer for the OA, OAuth and ZNS hosts (OA v3 CS messages, OAuth v4 token refresh, ZNS template send), answering in
 * Zalo's documented shapes and recording what the assistant sent; tests script CS refusals.
 */
public final class FakeZalo extends Dispatcher {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    public final MockWebServer server = new MockWebServer();
    public final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
    public final ConcurrentLinkedQueue<MockResponse> csReplies = new ConcurrentLinkedQueue<>();
    /** Scripted answers to the form asking for a user's phone ({@code request_user_info}), taken before {@link #csReplies}. */
    public final ConcurrentLinkedQueue<MockResponse> infoRequestReplies = new ConcurrentLinkedQueue<>();
    /** Scripted answers to token refreshes (a refusal); a new pair when empty. */
    public final ConcurrentLinkedQueue<MockResponse> refreshReplies = new ConcurrentLinkedQueue<>();
    public final AtomicInteger refreshes = new AtomicInteger();
    /** Access tokens Zalo no longer takes: a CS message sent with one is refused (-216, as Zalo refuses an expired token). */
    public final Set<String> refusedTokens = ConcurrentHashMap.newKeySet();
    public final AtomicInteger accepted = new AtomicInteger();

    public FakeZalo() {
        server.setDispatcher(this);
        try {
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return server.url("/").toString();
    }

    /** The Zalo channel on, its OA, OAuth and ZNS hosts this fake, with the test app's id, secrets and first tokens. */
    public void pointTheAssistantHere(DynamicPropertyRegistry registry) {
        registry.add("zalo.enabled", () -> "true");
        registry.add("zalo.oa.app-id", () -> ZaloEvents.APP_ID);
        registry.add("zalo.oa.app-secret", () -> "app-secret");
        registry.add("zalo.oa.secret-key", () -> ZaloEvents.SECRET);
        registry.add("zalo.oa.access-token", () -> "first-access");
        registry.add("zalo.oa.refresh-token", () -> "first-refresh");
        registry.add("zalo.oa.api-url", this::url);
        registry.add("zalo.oa.oauth-url", this::url);
        registry.add("zalo.zns.api-url", this::url);
    }

    public void reset() {
        requests.clear();
        csReplies.clear();
        infoRequestReplies.clear();
        refreshReplies.clear();
        accepted.set(0);
        refreshes.set(0);
        refusedTokens.clear();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        String path = request.getPath() == null ? "" : request.getPath();
        if (path.startsWith("/v4/oa/access_token")) {
            int n = refreshes.incrementAndGet();
            MockResponse scripted = refreshReplies.poll();
            if (scripted != null) return scripted;
            return json("{\"access_token\":\"rotated-access-" + n + "\",\"refresh_token\":\"rotated-refresh-" + n
                    + "\",\"expires_in\":\"90000\"}");
        }
        if (path.startsWith("/v3.0/oa/message/cs")) {
            if (refusedTokens.contains(request.getHeader("access_token"))) {
                return json("{\"error\":-216,\"message\":\"Access token is invalid\"}");
            }
            MockResponse scripted = request.getBody().clone().readUtf8().contains("\"request_user_info\"") ? infoRequestReplies.poll() : null;
            if (scripted == null) scripted = csReplies.poll();
            if (scripted != null) return scripted;
            int n = accepted.incrementAndGet();
            return json("{\"error\":0,\"message\":\"Success\",\"data\":{\"message_id\":\"cs-" + n + "\",\"user_id\":\"u\"}}");
        }
        if (path.startsWith("/message/template")) {
            return json("{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"zns-1\",\"sent_time\":\"1\"}}");
        }
        return new MockResponse().setResponseCode(404);
    }

    private static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(body);
    }

    public List<JsonNode> sent(String pathPrefix) {
        synchronized (requests) {
            return requests.stream().filter(r -> r.getPath() != null && r.getPath().startsWith(pathPrefix))
                    .map(r -> pathPrefix.startsWith("/v4") ? JSON.readTree("{}") : JSON.readTree(r.getBody().clone().readUtf8()))
                    .toList();
        }
    }

    public List<String> headers(String pathPrefix) {
        synchronized (requests) {
            return requests.stream().filter(r -> r.getPath() != null && r.getPath().startsWith(pathPrefix))
                    .map(r -> r.getHeader("access_token")).toList();
        }
    }
}
