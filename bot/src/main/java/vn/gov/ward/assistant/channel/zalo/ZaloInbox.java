package vn.gov.ward.assistant.channel.zalo;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.conversation.CitizenMessages;
import vn.gov.ward.assistant.conversation.ConversationEngine;
import vn.gov.ward.assistant.conversation.Reply;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.survey.SurveyService;
import vn.gov.ward.assistant.dossier.PhoneNumbers;
import vn.gov.ward.assistant.outbox.Outbox;
import vn.gov.ward.assistant.redis.RateLimits;
import vn.gov.ward.assistant.redis.StreamConsumer;
import vn.gov.ward.assistant.redis.StreamWorker;
import vn.gov.ward.assistant.redis.StreamProperties;

/**
 * Zalo events between the webhook's acknowledgement and their handling: each event is kept once
 * (Zalo retries: deduplicated on {@code message.msg_id}, or event, user and timestamp, zalo-oa.md §2;
 * the id held at least as long as the webhook accepts the event) in a Redis stream, and handled by
 * one instance: text and button taps (either shape, once: {@link ZaloTaps}) into the conversation
 * engine with the replies through the outbox, a follow gets a welcome, shared name and phone tie the
 * user to their dossiers, receipts mark outbox messages delivered. Echoes of the OA's own sends are
 * ignored. What Zalo counts as an interaction opens the 7-day window ({@link ZaloInteractions#counts}).
 */
class ZaloInbox extends StreamWorker {

    static final String CHANNEL = "zalo";
    private static final Logger log = LoggerFactory.getLogger(ZaloInbox.class);
    // The event id remembered and the event kept in one round trip, atomically: no id without its event; the ids held
    // long enough (ARGV[1], ms) are let go on the way.
    private static final RedisScript<Long> KEEP_ONCE = RedisScript.of("""
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[1]))
            if redis.call('ZADD', KEYS[1], 'NX', now, ARGV[3]) == 1 then
              redis.call('XADD', KEYS[2], '*', 'event', ARGV[2])
              return 1
            end
            return 0""", Long.class);
    static final String TOO_MANY = "Ông/Bà gửi tin nhắn nhanh quá, hệ thống chưa kịp xử lý. Ông/Bà vui lòng đợi một phút rồi gửi lại. Cảm ơn Ông/Bà!";
    private static final Set<String> KNOWN_QUIET = Set.of("user_seen_message", "add_user_to_tag");

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final ConversationEngine conversations;
    private final Outbox outbox;
    private final ZaloInteractions interactions;
    private final DossierService dossiers;
    private final SurveyService surveys;
    private final CitizenMessages citizens;
    private final ZaloTaps taps;
    private final ZaloInfoRequests infoRequests;
    private final Duration heldFor;
    private final RateLimits limits;
    private final StreamConsumer consumer;

    /** @param heldFor how long an event's id is held ({@link ZaloKeys#heldFor} of the webhook's window) */
    ZaloInbox(StringRedisTemplate redis, JsonMapper json, ConversationEngine conversations, Outbox outbox,
              ZaloInteractions interactions, DossierService dossiers, SurveyService surveys, CitizenMessages citizens,
              ZaloInfoRequests infoRequests, Duration heldFor, StreamProperties streams, RateLimits limits) {
        super("zalo-inbox");
        this.taps = new ZaloTaps(redis, heldFor);
        this.infoRequests = infoRequests;
        this.heldFor = heldFor;
        this.citizens = citizens;
        this.surveys = surveys;
        this.redis = redis;
        this.json = json;
        this.conversations = conversations;
        this.outbox = outbox;
        this.interactions = interactions;
        this.dossiers = dossiers;
        this.limits = limits;
        this.consumer = new StreamConsumer(redis, ZaloKeys.EVENTS, ZaloKeys.DEAD_LETTERS, "handlers", streams.claimIdle(),
                streams.maxDeliveries(), entry -> handle((String) entry.get("event"))).backingOffUpTo(streams.longestBackOff());
    }

    /** What became of a verified event the webhook acknowledged. */
    enum Acceptance { KEPT, DUPLICATE, RATE_LIMITED, ECHO }

    /**
     * Keeps a verified event for handling, once; a retried delivery of the same event is dropped here. A user
     * writing faster than {@code rate-limits.limits.zalo-user} allows is told so (once a minute) and the message
     * is not kept: acknowledged all the same, so Zalo does not deliver it again.
     */
    Acceptance accept(JsonNode event, String rawJson) {
        String name = ZaloWebhookController.text(event, "event_name");
        if (name.startsWith("oa_send_")) return Acceptance.ECHO;
        String user = userId(event);
        // Zalo's deliveries again of an event already kept are dropped by the script below: they do not count.
        if (redis.opsForZSet().score(ZaloKeys.EVENT_IDS, eventId(event)) != null) return Acceptance.DUPLICATE;
        if (name.startsWith("user_send_") && !user.isEmpty() && limits.tryTake("zalo-user", user).isPresent()) {
            String minute = Long.toString(Long.parseLong(ZaloWebhookController.text(event, "timestamp")) / 60_000);
            outbox.enqueue(CHANNEL, user, "zalo-too-many:" + user + ":" + minute, TOO_MANY, List.of(), null, null);
            return Acceptance.RATE_LIMITED;
        }
        Long kept = redis.execute(KEEP_ONCE, List.of(ZaloKeys.EVENT_IDS, ZaloKeys.EVENTS), Long.toString(heldFor.toMillis()), rawJson,
                eventId(event));
        return kept != null && kept == 1 ? Acceptance.KEPT : Acceptance.DUPLICATE;
    }

    static String eventId(JsonNode event) {
        JsonNode message = event.get("message");
        String msgId = message == null ? null : ZaloWebhookController.text(message, "msg_id");
        if (msgId != null) return "msg:" + msgId;
        return ZaloWebhookController.text(event, "event_name") + ":" + userId(event) + ":" + ZaloWebhookController.text(event, "timestamp");
    }

    private static String userId(JsonNode event) {
        for (String holder : List.of("sender", "follower", "user")) {
            JsonNode node = event.get(holder);
            if (node != null && node.get("id") != null) return node.get("id").asString();
        }
        String byApp = ZaloWebhookController.text(event, "user_id_by_app");
        return byApp == null ? "" : byApp;
    }

    /** Handles the waiting events once, without blocking (tests and the worker loop). */
    void drain(Duration block) {
        consumer.poll(block);
    }

    private void handle(String rawJson) {
        JsonNode event = json.readTree(rawJson);
        String name = ZaloWebhookController.text(event, "event_name");
        String user = userId(event);
        String eventId = eventId(event);
        long at = Long.parseLong(ZaloWebhookController.text(event, "timestamp"));
        if (ZaloInteractions.counts(name)) interactions.interacted(user, at);
        switch (name) {
            case "user_send_text" -> {
                JsonNode message = event.get("message");
                // Kept for the dead letters with this reason, not answered: what the citizen wrote is not in it.
                if (message == null) throw new IllegalArgumentException("user_send_text without a message object");
                String text = ZaloWebhookController.text(message, "text");
                converse(user, eventId, text == null ? "" : text, ZaloTaps.Shape.TEXT, at);
            }
            case "user_click_button" -> {
                // The click event's shape is not documented (zalo-oa.md §2 "Button clicks" [U]): the payload is looked for where a text is.
                JsonNode message = event.has("message") ? event.get("message") : event;
                String payload = firstOf(message, event, "text");
                if (payload == null) payload = firstOf(message, event, "payload");
                if (payload == null) log.info("Zalo user_click_button without a readable payload; kept without handling");
                else converse(user, eventId, payload, ZaloTaps.Shape.CLICK, at);
            }
            case "follow" -> enqueue(user, eventId, List.of(conversations.welcome()));
            case "unfollow" -> interactions.forget(user);
            case "user_submit_info" -> enqueue(user, eventId, List.of(Reply.text(tieDossiers(user, event.get("info")))));
            case "user_feedback" -> {
                // A ZNS rating; the payload is not documented, so both the message and the event are read. rating/get reconciles.
                JsonNode message = event.has("message") ? event.get("message") : event;
                String tracking = firstOf(message, event, "tracking_id");
                String rate = firstOf(message, event, "rate");
                if (tracking != null && rate != null && rate.matches("[1-5]")) {
                    surveys.rateByTracking(tracking, Integer.parseInt(rate), firstOf(message, event, "note"));
                } else {
                    log.info("Zalo user_feedback without a readable tracking id or rate; left to the rating/get reconciliation");
                }
            }
            case "user_received_message" -> {
                JsonNode message = event.get("message");
                String msgId = message == null ? null : ZaloWebhookController.text(message, "msg_id");
                if (msgId != null) outbox.markDelivered(CHANNEL, msgId);
            }
            default -> {
                if (!KNOWN_QUIET.contains(name)) log.info("Zalo event {} kept without handling", name);
            }
        }
    }

    /** A citizen's words or a tap into the conversation, once per tap whichever shape it came in. */
    private void converse(String user, String eventId, String words, ZaloTaps.Shape shape, long at) {
        if (!taps.first(user, words, shape, at, eventId)) {
            log.info("Zalo {} {} is the other shape of a tap already handled; dropped", shape, eventId);
            return;
        }
        enqueue(user, eventId, conversations.handle("zalo:" + user, words));
    }

    private static String firstOf(JsonNode message, JsonNode event, String field) {
        String value = ZaloWebhookController.text(message, field);
        return value != null ? value : ZaloWebhookController.text(event, field);
    }

    private String tieDossiers(String user, JsonNode info) {
        String phone = info == null ? null : PhoneNumbers.normalise(ZaloWebhookController.text(info, "phone")).orElse(null);
        if (phone == null) return "Cảm ơn Ông/Bà. Số điện thoại chưa đọc được, Ông/Bà vui lòng chia sẻ lại.";
        int tied = dossiers.tieZaloUserByPhone(phone, user);
        if (tied == 0) {
            return "Cảm ơn Ông/Bà đã chia sẻ thông tin. Hiện chưa có hồ sơ nào đứng tên số điện thoại này.";
        }
        return "Cảm ơn Ông/Bà đã chia sẻ thông tin. " + tied + " hồ sơ đứng tên số điện thoại này đã được liên kết: "
                + "Ông/Bà sẽ nhận thông báo khi hồ sơ thay đổi trạng thái và có thể tra cứu mà không cần nhập 4 số cuối điện thoại.";
    }

    private void enqueue(String user, String eventId, List<Reply> replies) {
        for (int i = 0; i < replies.size(); i++) {
            if (ZaloInfoRequests.offers(replies.get(i)) && !infoRequests.firstAsk(user, eventId)) continue;
            citizens.send(CHANNEL + ":" + user, "zalo-reply:" + eventId + ":" + i, replies.get(i), null, null);
        }
    }

    @Override
    protected StreamConsumer consumer() {
        return consumer;
    }
}
