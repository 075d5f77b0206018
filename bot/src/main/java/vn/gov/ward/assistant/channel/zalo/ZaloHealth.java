package vn.gov.ward.assistant.channel.zalo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import vn.gov.ward.assistant.channel.zalo.api.ZaloTokens;

/**
 * {@code zalo} in {@code /actuator/health}: UP while the OA token chain is live, DOWN when it is broken (Zalo refused
 * the refresh token, {@code ZaloTokenChainBroken}, or there is no pair at all: an OA admin must re-authorize the app),
 * UNKNOWN when the channel is off. Read from Redis, so every instance tells the same. Not in the readiness group: a
 * broken chain stops Zalo messages, not the assistant (application.yml).
 */
@Component("zaloHealthIndicator")
class ZaloHealth implements HealthIndicator {

    private final ObjectProvider<ZaloTokens> tokens;

    ZaloHealth(ObjectProvider<ZaloTokens> tokens) {
        this.tokens = tokens;
    }

    @Override
    public Health health() {
        ZaloTokens zalo = tokens.getIfAvailable();
        if (zalo == null) return Health.unknown().withDetail("enabled", false).build();
        ZaloTokens.Chain chain;
        try {
            chain = zalo.chain();
        } catch (RuntimeException e) {
            // Redis away: readiness says so; whether the chain is live cannot be told now.
            return Health.unknown().withDetail("error", e.getClass().getSimpleName()).build();
        }
        Health.Builder health = chain.broken() ? Health.down() : Health.up();
        health.withDetail("tokens", chain.stored()).withDetail("chain", chain.broken() ? "broken" : "live");
        if (chain.accessExpiresAt() != null) health.withDetail("accessTokenExpiresAt", chain.accessExpiresAt().toString());
        return health.build();
    }
}
