package vn.gov.ward.assistant.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The redis module's own keys: the daily code counters, the rate limits' buckets and the register of dead-letter streams. The
 * dead-letter streams themselves are named by the modules whose streams they serve (in those streams' slots).
 */
final class RedisKeys {

    /** Set: every dead-letter stream a consumer has written to, for admins. */
    static final String DEAD_LETTER_STREAMS = "dead-letters:streams";
    /** How many dead letters a stream keeps (the oldest go first). */
    static final int DEAD_LETTERS_KEPT = 10_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private RedisKeys() {
    }

    /**
     * Counter: the codes of a prefix issued on a day. No lifetime: a key with one may be evicted under
     * memory pressure, and a lost counter would issue a code twice; a day's counter is a few bytes.
     */
    static String codeSequence(String prefix, LocalDate day) {
        return "code-seq:" + prefix + ":" + DAY.format(day);
    }

    /**
     * A client's token bucket for a limit (Bucket4j's state), expiring once it would be full again: it may be
     * evicted, which only gives the client a full bucket. The client (an IP address, a Zalo user) is hashed.
     */
    static String rateLimit(String limit, String client) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(client.getBytes(StandardCharsets.UTF_8));
            return "rate-limit:" + limit + ":{" + HexFormat.of().formatHex(digest, 0, 12) + "}";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hash: why each failed entry of a stream failed last (entry id → reason), in the dead-letter stream's slot. */
    static String deadLetterReasons(String deadLetters) {
        return deadLetters + ":reasons";
    }
}
