package vn.gov.ward.assistant.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Signed rating links: {@code <base64url(code.expiry)>.<base64url(HMAC-SHA256)>}. Nothing is stored per
 * link; the signature proves the assistant issued it for that dossier, the expiry (14 days) is inside
 * what is signed, and "single use" is the one rating a dossier can have.
 */
@Component
class RatingLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SurveyProperties properties;
    private final Clock clock;
    private final String pageUrl;
    private final byte[] secret;

    RatingLinks(SurveyProperties properties, Clock clock, StringRedisTemplate redis) {
        this.properties = properties;
        this.clock = clock;
        String configured = properties.linkSecret();
        if (configured == null || configured.isBlank()) {
            // One secret for every instance, kept with the data: links survive restarts.
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            redis.opsForValue().setIfAbsent(SurveyKeys.LINK_SECRET, HexFormat.of().formatHex(random));
            configured = redis.opsForValue().get(SurveyKeys.LINK_SECRET);
        }
        this.secret = configured.getBytes(StandardCharsets.UTF_8);
        this.pageUrl = properties.publicUrl().replaceAll("/+$", "") + "/danh-gia/";
    }

    String token(String dossierCode) {
        String payload = dossierCode + "." + clock.instant().plus(properties.linkValidFor()).getEpochSecond();
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + ENCODER.encodeToString(mac(payload));
    }

    String url(String dossierCode) {
        return pageUrl + token(dossierCode);
    }

    sealed interface Check {
        record Valid(String dossierCode) implements Check {
        }

        record Expired(String dossierCode) implements Check {
        }

        record Forged() implements Check {
        }
    }

    Check check(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot <= 0 || token.length() > 400) return new Check.Forged();
        try {
            String payload = new String(DECODER.decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), signature)) return new Check.Forged();
            int split = payload.lastIndexOf('.');
            String code = payload.substring(0, split);
            Instant expiry = Instant.ofEpochSecond(Long.parseLong(payload.substring(split + 1)));
            return clock.instant().isAfter(expiry) ? new Check.Expired(code) : new Check.Valid(code);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return new Check.Forged();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
