package vn.gov.ward.assistant.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.HttpJson;

/** Signed Zalo webhook events as Zalo sends them (signature computed here, independently of the assistant's code). */
public final class ZaloEvents {

    public static final String APP_ID = "3608213";
    public static final String SECRET = "s3cr3t-oa-key";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpJson http;

    public ZaloEvents(HttpJson http) {
        this.http = http;
    }

    public int text(String user, String msgId, String text, long timestamp) {
        return deliver(Map.of("app_id", APP_ID, "user_id_by_app", "55" + user, "event_name", "user_send_text",
                "timestamp", Long.toString(timestamp), "sender", Map.of("id", user), "recipient", Map.of("id", "oa-1"),
                "message", Map.of("msg_id", msgId, "text", text)));
    }

    public int deliver(Map<String, Object> event) {
        String body = JSON.writeValueAsString(event);
        String timestamp = (String) event.get("timestamp");
        return http.postBody("/webhooks/zalo", "application/json", body, "X-ZEvent-Signature", signature(body, timestamp)).status();
    }

    /** The {@code X-ZEvent-Signature} Zalo sends with this body. */
    public static String signature(String body, String timestamp) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((APP_ID + body + timestamp + SECRET).getBytes(StandardCharsets.UTF_8));
            return "mac=" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
