package vn.gov.ward.assistant.channel.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.conversation.Reply;
import vn.gov.ward.assistant.outbox.ChannelSender;
import vn.gov.ward.assistant.outbox.Delivery;
import vn.gov.ward.assistant.outbox.OutboxMessage;
import vn.gov.ward.assistant.redis.Expiring;

/**
 * The web page's side of messages the assistant starts (an officer's answer): the outbox "sends" them
 * into the session's list in Redis ({@code web:inbox:{SESSION}}, kept a day), and the page collects
 * them when it next asks.
 */
@Component
class WebInbox implements ChannelSender {

    static final String CHANNEL = "web";
    private static final Duration KEEP = Duration.ofDays(1);

    private final StringRedisTemplate redis;
    private final JsonMapper json;

    WebInbox(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public Delivery send(OutboxMessage message) {
        Reply reply = new Reply(message.text(), message.buttons().stream().map(b -> new Reply.Button(b.title(), b.payload())).toList());
        Expiring.listPush(redis, key(message.recipient()), json.writeValueAsString(reply), KEEP);
        return new Delivery.Sent(null);
    }

    @Override
    public double ratePerSecond() {
        return 200;
    }

    /** What arrived for the session since it last asked, oldest first; taken out of the inbox. */
    List<Reply> collect(String sessionId) {
        // One LPOP with a count (Redis 6.2+) takes everything waiting, however much arrived.
        List<String> items = redis.opsForList().leftPop(key(sessionId), Long.MAX_VALUE);
        List<Reply> replies = new ArrayList<>();
        if (items != null) items.forEach(item -> replies.add(json.readValue(item, Reply.class)));
        return replies;
    }

    private static String key(String sessionId) {
        return "web:inbox:{" + sessionId + "}";
    }
}
