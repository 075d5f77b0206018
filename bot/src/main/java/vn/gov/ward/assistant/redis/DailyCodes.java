package vn.gov.ward.assistant.redis;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Codes a citizen or an officer can read out: {@code <PREFIX>-yyMMdd-NNNN}, numbered per day across
 * all instances by one Redis counter per prefix and day ({@link RedisKeys#codeSequence}).
 */
@Component
public class DailyCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final StringRedisTemplate redis;

    public DailyCodes(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public String next(String prefix, LocalDate day) {
        Long n = redis.opsForValue().increment(RedisKeys.codeSequence(prefix, day));
        return String.format("%s-%s-%04d", prefix, DAY.format(day), n);
    }
}
