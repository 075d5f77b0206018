package vn.gov.ward.assistant.conversation;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** Citizens who said "dừng thông báo": no status notifications reach them until they turn them back on. */
@Component
public class NotificationPreferences {

    private final StringRedisTemplate redis;

    NotificationPreferences(StringRedisTemplate redis) {
        this.redis = redis;
    }

    public boolean optedOut(String conversationId) {
        return Boolean.TRUE.equals(redis.hasKey(ConversationKeys.notificationsOff(conversationId)));
    }

    void optOut(String conversationId) {
        redis.opsForValue().set(ConversationKeys.notificationsOff(conversationId), "1");
    }

    void optIn(String conversationId) {
        redis.delete(ConversationKeys.notificationsOff(conversationId));
    }
}
