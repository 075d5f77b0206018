package vn.gov.ward.assistant.officer;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.outbox.Outbox;

/**
 * An officer who answered a citizen from Telegram hears whether the answer reached them: its outbox id is
 * kept in {@link OfficerKeys#RECEIPTS} (scored by when it was queued) until a scan finds it sent, or given
 * up on (then the officer hears why), and is forgotten. The officer hears it once whichever instances
 * scan (the outbox's idempotency key); an answer still retrying after two days is forgotten.
 */
@Component
public class DeliveryReceipts {

    private static final Duration KEPT = Duration.ofDays(2);

    private final StringRedisTemplate redis;
    private final Outbox outbox;
    private final OfficerRegistry officers;
    private final OfficerMessages messages;
    private final Clock clock;

    DeliveryReceipts(StringRedisTemplate redis, Outbox outbox, OfficerRegistry officers, OfficerMessages messages, Clock clock) {
        this.redis = redis;
        this.outbox = outbox;
        this.officers = officers;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * @param outboxId  the answer as queued to the citizen
     * @param reference what it answered, as the officer knows it (a ticket or hand-off code)
     */
    public void await(Officer officer, String outboxId, String reference) {
        redis.opsForZSet().add(OfficerKeys.RECEIPTS, outboxId + " " + officer.id() + " " + reference, clock.millis());
    }

    /** Tells officers about the answers sent or given up on since the last scan. */
    @Scheduled(fixedDelayString = "${officers.receipt-scan-every:PT10S}", initialDelayString = "PT10S")
    public void scan() {
        redis.opsForZSet().removeRangeByScore(OfficerKeys.RECEIPTS, Double.NEGATIVE_INFINITY, clock.millis() - KEPT.toMillis());
        Set<String> waiting = redis.opsForZSet().range(OfficerKeys.RECEIPTS, 0, -1);
        if (waiting == null) return;
        for (String entry : waiting) {
            String[] parts = entry.split(" ", 3);
            Optional<Outbox.Tracked> answer = outbox.find(parts[0]);
            Outbox.Status status = answer.map(Outbox.Tracked::status).orElse(Outbox.Status.CANCELLED);
            if (status == Outbox.Status.QUEUED || status == Outbox.Status.RETRYING) continue;
            if (status != Outbox.Status.CANCELLED) {
                String text = status == Outbox.Status.SENT || status == Outbox.Status.DELIVERED
                        ? "✅ Câu trả lời " + parts[2] + " đã được gửi tới công dân" + where(answer.get().message().channel()) + "."
                        : "⚠️ Câu trả lời " + parts[2] + " chưa gửi được tới công dân: " + why(answer.get().lastError())
                        + ". Vui lòng liên hệ công dân bằng cách khác.";
                // Queued before the entry is forgotten, so a crash in between repeats it; its idempotency key keeps it once.
                officers.find(parts[1]).ifPresent(o -> messages.send(o, "receipt:" + parts[0], OfficerMessages.escape(text), List.of(), null));
            }
            redis.opsForZSet().remove(OfficerKeys.RECEIPTS, entry);
        }
    }

    private static String where(String channel) {
        return switch (channel) {
            case "zalo" -> " qua Zalo";
            case "web" -> " trên trang web";
            default -> "";
        };
    }

    private static String why(String error) {
        if (error != null && error.contains("7-day")) return "công dân chưa nhắn tin với phường trong 7 ngày qua nên Zalo không cho gửi";
        return "kênh nhắn tin không nhận tin";
    }
}
