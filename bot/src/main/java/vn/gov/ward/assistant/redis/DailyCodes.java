package vn.gov.ward.assistant.redis;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Codes a citizen or an officer can read out: {@code <PREFIX>-yyMMdd-NNNN}, numbered per day across
 * all instances by a Redis counter ({@code code-seq:<PREFIX>:yyMMdd}, kept two days).
 */
@Component
public class DailyCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final Duration KEEP = Duration.ofDays(2);

    private final StringRedisTemplate redis;

    public DailyCodes(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public String next(String prefix, LocalDate day) {
        String key = "code-seq:" + prefix + ":" + DAY.format(day);
        Long n = redis.opsForValue().increment(key);
        if (n != null && n == 1) redis.expire(key, KEEP);
        return String.format("%s-%s-%04d", prefix, DAY.format(day), n);
    }
}
