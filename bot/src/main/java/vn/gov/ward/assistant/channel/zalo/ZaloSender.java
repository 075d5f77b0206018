package vn.gov.ward.assistant.channel.zalo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.redis.core.StringRedisTemplate;

import vn.gov.ward.assistant.outbox.MessageSplitter;
import vn.gov.ward.assistant.outbox.PartsSent;
import vn.gov.ward.assistant.channel.zalo.api.Button;
import vn.gov.ward.assistant.channel.zalo.api.SendOutcome;
import vn.gov.ward.assistant.channel.zalo.api.ZaloClient;
import vn.gov.ward.assistant.channel.zalo.api.ZaloProperties;
import vn.gov.ward.assistant.conversation.ButtonPayload;
import vn.gov.ward.assistant.dossier.PhoneNumbers;
import vn.gov.ward.assistant.outbox.ChannelSender;
import vn.gov.ward.assistant.outbox.Delivery;
import vn.gov.ward.assistant.outbox.OutboxMessage;

/**
 * Sends outbox messages on Zalo: a customer-service message to a user who interacted in the last
 * 7 days (a long answer split at sentence boundaries into messages of at most 2,000 characters,
 * sent in order, a retry going on from the first part not yet sent); outside the window, the ZNS
 * template configured for the message's purpose by phone, only between 07:00 and 22:00; otherwise
 * the message is undeliverable and says why. A reply offering to share the phone goes as Zalo's form for it
 * ({@link ZaloInfoRequests}).
 */
class ZaloSender implements ChannelSender {

    static final LocalTime ZNS_FROM = LocalTime.of(7, 0);
    static final LocalTime ZNS_UNTIL = LocalTime.of(22, 0);
    private static final int MAX_TITLE = 20;

    private final ZaloClient client;
    private final ZaloProperties properties;
    private final ZaloInteractions interactions;
    private final PartsSent partsSent;
    private final Clock clock;
    private final ZoneId zone;
    private final double ratePerSecond;

    ZaloSender(ZaloClient client, ZaloProperties properties, ZaloInteractions interactions, StringRedisTemplate redis, Clock clock,
               ZoneId zone, double ratePerSecond) {
        this.ratePerSecond = ratePerSecond;
        this.client = client;
        this.properties = properties;
        this.interactions = interactions;
        this.partsSent = new PartsSent(redis, ZaloInbox.CHANNEL);
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public String channel() {
        return ZaloInbox.CHANNEL;
    }

    /** {@code zalo.rate-per-second}: Zalo allows 4,000 requests a minute per app, so 60 by default. */
    @Override
    public double ratePerSecond() {
        return ratePerSecond;
    }

    @Override
    public Delivery send(OutboxMessage message) {
        if (!interactions.withinWindow(message.recipient())) return byTemplate(message);
        Optional<String> form = ZaloInfoRequests.formTitle(message);
        if (form.isPresent()) return askForPhone(message, form.get());
        List<String> parts = MessageSplitter.split(message.text(), ZaloClient.MAX_TEXT_LENGTH);
        String lastId = null;
        for (int i = partsSent.of(message.id()); i < parts.size(); i++) {
            List<Button> buttons = i == parts.size() - 1 ? buttons(message.buttons()) : List.of();
            SendOutcome outcome = client.sendText(message.recipient(), parts.get(i), buttons);
            if (outcome instanceof SendOutcome.Sent sent) {
                lastId = sent.messageId();
                partsSent.record(message.id(), i + 1);
            } else if (outcome instanceof SendOutcome.OutsideWindow) {
                interactions.forget(message.recipient());
                return byTemplate(message);
            } else {
                return delivery(outcome);
            }
        }
        return new Delivery.Sent(lastId);
    }

    /** Zalo's form for the user's phone; refused (the OA lacks the permission, say), it is recorded and never asked again. */
    private Delivery askForPhone(OutboxMessage message, String title) {
        SendOutcome outcome = client.requestUserInfo(message.recipient(), title, message.text(), properties.infoRequestImageUrl());
        if (outcome instanceof SendOutcome.OutsideWindow) interactions.forget(message.recipient());
        return delivery(outcome);
    }

    private Delivery byTemplate(OutboxMessage message) {
        OutboxMessage.Fallback fallback = message.fallback();
        Optional<ZaloProperties.Template> template = fallback == null ? Optional.empty() : properties.zns().template(fallback.purpose());
        if (template.isEmpty()) {
            return new Delivery.Undeliverable("outside Zalo's 7-day window and no ZNS template for "
                    + (fallback == null ? "this message" : "'" + fallback.purpose() + "'"));
        }
        ZonedDateTime now = clock.instant().atZone(zone);
        if (now.toLocalTime().isBefore(ZNS_FROM) || !now.toLocalTime().isBefore(ZNS_UNTIL)) {
            ZonedDateTime opens = now.toLocalTime().isBefore(ZNS_FROM) ? now.with(ZNS_FROM) : now.plusDays(1).with(ZNS_FROM);
            return new Delivery.Retry("ZNS is sent between 07:00 and 22:00 only", Duration.between(now, opens));
        }
        Map<String, String> data;
        try {
            data = template.get().data(fallback.params());
        } catch (IllegalArgumentException e) {
            return new Delivery.Failed(e.getMessage());
        }
        return delivery(client.sendTemplate(PhoneNumbers.international(fallback.phone()), template.get().id(), data, message.id()));
    }

    private static Delivery delivery(SendOutcome outcome) {
        if (outcome instanceof SendOutcome.Sent sent) return new Delivery.Sent(sent.messageId());
        if (outcome instanceof SendOutcome.Retry retry) return new Delivery.Retry(retry.reason(), retry.retryAfter());
        if (outcome instanceof SendOutcome.Permanent permanent) return new Delivery.Failed(permanent.code() + " " + permanent.reason());
        return new Delivery.Undeliverable("outside Zalo's 7-day window");
    }

    /** Our buttons as Zalo's: links open, our payloads ({@link ButtonPayload}) hidden, plain phrases shown as the user's words. */
    static List<Button> buttons(List<OutboxMessage.Button> buttons) {
        List<Button> result = new ArrayList<>();
        for (OutboxMessage.Button b : buttons.subList(0, Math.min(buttons.size(), ZaloClient.MAX_BUTTONS))) {
            String title = b.title().length() <= MAX_TITLE ? b.title() : b.title().substring(0, MAX_TITLE - 1).strip() + "…";
            if (b.payload().startsWith("http")) result.add(Button.url(title, b.payload()));
            else if (ButtonPayload.parse(b.payload()).isPresent()) result.add(Button.hidden(title, b.payload()));
            else result.add(Button.shown(title, b.payload()));
        }
        return result;
    }
}
