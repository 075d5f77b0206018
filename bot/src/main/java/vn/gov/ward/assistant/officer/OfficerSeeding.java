package vn.gov.ward.assistant.officer;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Stores the configured officers that are not in the registry yet, once the application is up. */
@Component
class OfficerSeeding {

    private final OfficerRegistry registry;
    private final OfficerProperties properties;

    OfficerSeeding(OfficerRegistry registry, OfficerProperties properties) {
        this.registry = registry;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        registry.saveAbsent(properties.seed().stream().map(OfficerProperties.Seed::officer).toList());
    }
}
