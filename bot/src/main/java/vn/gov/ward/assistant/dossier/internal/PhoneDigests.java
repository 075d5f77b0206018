package vn.gov.ward.assistant.dossier.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Applicant phones as they appear in key names: HMAC-SHA256 with a secret, so the 10^10 possible numbers
 * cannot be hashed in turn to read them back. The secret is {@code assistant.phone-digest-secret} (from the
 * environment in production); unset, one is generated and kept in Redis, as the rating links' secret is.
 * Changing it orphans the existing {@code applicant:} sets: they are derived, and a re-import rebuilds them.
 */
@Component
class PhoneDigests {

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    PhoneDigests(@Value("${assistant.phone-digest-secret:}") String configured, StringRedisTemplate redis) {
        String secret = configured;
        if (secret == null || secret.isBlank()) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            redis.opsForValue().setIfAbsent(DossierKeys.PHONE_DIGEST_SECRET, HexFormat.of().formatHex(random));
            secret = redis.opsForValue().get(DossierKeys.PHONE_DIGEST_SECRET);
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::mac);
    }

    /** The digest of a normalised phone number, 96 bits in hex. */
    String of(String phone) {
        byte[] digest = macs.get().doFinal(phone.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 12);
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
