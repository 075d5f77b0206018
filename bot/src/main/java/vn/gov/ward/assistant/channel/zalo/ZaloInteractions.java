package vn.gov.ward.assistant.channel.zalo;

import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * When each Zalo user last interacted with the OA: a customer-service message only reaches users
 * who interacted in the last 7 days, so the key simply expires with the window.
 */
class ZaloInteractions {

    private final StringRedisTemplate redis;

    ZaloInteractions(StringRedisTemplate redis) {
        this.redis = redis;
    }

    void interacted(String userId, long epochMillis) {
        redis.opsForValue().set(ZaloKeys.interaction(userId), Long.toString(epochMillis), ZaloKeys.INTERACTION_WINDOW);
    }

    void forget(String userId) {
        redis.delete(ZaloKeys.interaction(userId));
    }

    boolean withinWindow(String userId) {
        return Boolean.TRUE.equals(redis.hasKey(ZaloKeys.interaction(userId)));
    }
}
