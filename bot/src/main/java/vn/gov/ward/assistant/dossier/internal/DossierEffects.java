package vn.gov.ward.assistant.dossier.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierStatus;
import vn.gov.ward.assistant.dossier.DossierStatusChanged;
import vn.gov.ward.assistant.redis.StreamConsumer;
import vn.gov.ward.assistant.redis.StreamWorker;
import vn.gov.ward.assistant.redis.StreamProperties;

/**
 * Carries out what a stored status change entails, from the effects stream the change was written with
 * ({@link DossierKeys#EFFECTS}): {@link DossierStatusChanged} is published to its listeners (the citizen's Zalo
 * notice, the survey, the withdrawal of reminders) on this worker's thread, never the request's. A listener that
 * fails leaves the change to be carried out again after {@code streams.claim-idle} (the listeners are idempotent:
 * what they send goes through the outbox under a key of its own), and after {@code streams.max-deliveries} it
 * goes to the dead letters, for admins. One instance handles each change.
 */
@Component
class DossierEffects extends StreamWorker {

    static final String DOSSIER = "dossier";
    static final String PREVIOUS = "previous";

    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final StreamConsumer consumer;

    DossierEffects(StringRedisTemplate redis, JsonMapper json, ApplicationEventPublisher events, StreamProperties streams) {
        super("dossier-effects");
        this.json = json;
        this.events = events;
        this.consumer = new StreamConsumer(redis, DossierKeys.EFFECTS, DossierKeys.EFFECTS_DEAD_LETTERS, "effects", streams.claimIdle(),
                streams.maxDeliveries(), entry -> carryOut((String) entry.get(DOSSIER), (String) entry.get(PREVIOUS)))
                .backingOffUpTo(streams.longestBackOff());
    }

    private void carryOut(String dossier, String previous) {
        events.publishEvent(new DossierStatusChanged(json.readValue(dossier, Dossier.class),
                previous == null || previous.isEmpty() ? null : DossierStatus.valueOf(previous)));
    }

    @Override
    protected StreamConsumer consumer() {
        return consumer;
    }
}
