package vn.gov.ward.assistant.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import vn.gov.ward.assistant.support.RedisForTests;

/** Applicant phones in key names are keyed digests: no list of numbers hashed in turn finds them. */
class PhoneDigestsTest {

    @Test
    void theDigestDependsOnTheSecretAndIsNoPlainHash() throws Exception {
        String phone = "0912345678";
        String plain = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(phone.getBytes(StandardCharsets.UTF_8)), 0, 12);
        PhoneDigests one = new PhoneDigests("secret-one", null);
        assertThat(one.of(phone)).hasSize(24).isNotEqualTo(plain).isEqualTo(new PhoneDigests("secret-one", null).of(phone));
        assertThat(new PhoneDigests("secret-two", null).of(phone)).isNotEqualTo(one.of(phone));
        assertThat(DossierKeys.ofApplicant(one.of(phone))).doesNotContain(phone).startsWith("applicant:{");
    }

    @Test
    void withoutASecretOneIsGeneratedAndSharedThroughRedis() throws Exception {
        try (RedisForTests redis = new RedisForTests()) {
            PhoneDigests first = new PhoneDigests("", redis.template());
            PhoneDigests second = new PhoneDigests(null, redis.template());
            assertThat(second.of("0912345678")).isEqualTo(first.of("0912345678"));
            assertThat(redis.template().opsForValue().get(DossierKeys.PHONE_DIGEST_SECRET)).hasSize(64);
        }
    }
}
