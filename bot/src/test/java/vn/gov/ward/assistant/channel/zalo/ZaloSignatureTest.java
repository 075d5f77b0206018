package vn.gov.ward.assistant.channel.zalo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Known vectors, computed outside Java (Python's hashlib) from the documented formula. */
class ZaloSignatureTest {

    static final String BODY = "{\"app_id\":\"3608213\",\"event_name\":\"user_send_text\",\"timestamp\":\"1540363714987\","
            + "\"sender\":{\"id\":\"4572\"},\"message\":{\"msg_id\":\"96d3\",\"text\":\"thu tục khai sinh\"}}";
    static final String EXPECTED = "mac=dc63700256550ab58054710b1af4440aecc5fc53ad94225f007e8d0f53f3e7b9";

    @Test
    void matchesTheIndependentlyComputedVector() {
        byte[] raw = BODY.getBytes(StandardCharsets.UTF_8);
        assertThat(ZaloSignature.of("3608213", raw, "1540363714987", "s3cr3t-oa-key")).isEqualTo(EXPECTED);
        assertThat(ZaloSignature.matches(EXPECTED, "3608213", raw, "1540363714987", "s3cr3t-oa-key")).isTrue();
        assertThat(ZaloSignature.matches(EXPECTED.toUpperCase().replace("MAC=", "mac="), "3608213", raw, "1540363714987", "s3cr3t-oa-key")).isTrue();
    }

    @Test
    void anyChangeBreaksIt() {
        byte[] raw = BODY.getBytes(StandardCharsets.UTF_8);
        assertThat(ZaloSignature.matches(EXPECTED, "3608213", BODY.replace("khai", "khại").getBytes(StandardCharsets.UTF_8),
                "1540363714987", "s3cr3t-oa-key")).isFalse();
        assertThat(ZaloSignature.matches(EXPECTED, "3608213", raw, "1540363714988", "s3cr3t-oa-key")).isFalse();
        assertThat(ZaloSignature.matches(EXPECTED, "3608213", raw, "1540363714987", "other-key")).isFalse();
        assertThat(ZaloSignature.matches(null, "3608213", raw, "1540363714987", "s3cr3t-oa-key")).isFalse();
        assertThat(ZaloSignature.matches("mac=", "3608213", raw, "1540363714987", "s3cr3t-oa-key")).isFalse();
    }
}
