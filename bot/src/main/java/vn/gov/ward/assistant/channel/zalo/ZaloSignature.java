package vn.gov.ward.assistant.channel.zalo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Zalo's webhook signature: {@code X-ZEvent-Signature: mac=<hex>} where hex is the plain SHA-256
 * (not an HMAC) of app id + the raw body + the event's timestamp + the OA secret key.
 */
final class ZaloSignature {

    private static final String PREFIX = "mac=";
    private static final Pattern WELL_FORMED = Pattern.compile("(?i)mac=[0-9a-f]{64}");

    private ZaloSignature() {
    }

    static String of(String appId, byte[] rawBody, String timestamp, String secretKey) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(appId.getBytes(StandardCharsets.UTF_8));
            sha.update(rawBody);
            sha.update(timestamp.getBytes(StandardCharsets.UTF_8));
            sha.update(secretKey.getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the header has the signature's form ({@code mac=} and 64 hex digits): checked before the body is read. */
    static boolean wellFormed(String header) {
        return header != null && WELL_FORMED.matcher(header.strip()).matches();
    }

    /** Constant-time comparison of the header with the expected signature. */
    static boolean matches(String header, String appId, byte[] rawBody, String timestamp, String secretKey) {
        if (header == null) return false;
        byte[] expected = of(appId, rawBody, timestamp, secretKey).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, header.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
