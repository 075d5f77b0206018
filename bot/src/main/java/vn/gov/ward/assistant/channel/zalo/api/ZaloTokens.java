package vn.gov.ward.assistant.channel.zalo.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.integration.support.locks.LockRegistry;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;

/**
 * The OA access/refresh token pair, shared by all instances through one Redis hash.
 * <p>
 * Refresh tokens are single-use and every refresh rotates both tokens, so the pair is always written in one
 * command and only one refresh runs at a time across instances (a {@code RedisLockRegistry} lock; the pair is
 * re-read once the lock is held because another instance may just have rotated it). A refresh that fails in passing
 * (time-out, HTTP 5xx, Zalo's unknown error) is tried again with backoff and, failing still, left for the next check;
 * only Zalo's refusal of the refresh token breaks the chain ({@link RefreshAttempt}): nothing but an OA admin
 * re-authorizing the app can mend it.
 */
public class ZaloTokens {

    private static final Logger log = LoggerFactory.getLogger(ZaloTokens.class);

    static final String LOCK_KEY = "zalo:oa:token-refresh";
    /** Access tokens last 25 h (the 1 h of old blogs is outdated). */
    static final Duration ACCESS_LIFETIME = Duration.ofHours(25);
    /** Refresh this long before expiry so a scheduler every few minutes never lets the token lapse. */
    static final Duration REFRESH_AHEAD = Duration.ofHours(1);
    static final Duration LOCK_WAIT = Duration.ofSeconds(30);
    /** Tries of one refresh that fails in passing or is refused without a cause, and the first wait between them (doubling). */
    static final int REFRESH_ATTEMPTS = 3;
    static final Duration REFRESH_BACKOFF = Duration.ofSeconds(2);

    private final ZaloTokenStore store;
    private final LockRegistry<?> locks;
    private final ZaloOAuthApi oauth;
    private final ZaloProperties.Oa oa;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Retry refreshRetry;

    /** @param refreshBackoff the first wait before trying a failed refresh again, {@link #REFRESH_BACKOFF} but in tests */
    ZaloTokens(StringRedisTemplate redis, LockRegistry<?> locks, ZaloOAuthApi oauth, ZaloProperties.Oa oa,
            ApplicationEventPublisher events, Clock clock, Duration refreshBackoff) {
        this.store = new ZaloTokenStore(redis);
        this.locks = locks;
        this.oauth = oauth;
        this.oa = oa;
        this.events = events;
        this.clock = clock;
        this.refreshRetry = Retry.of("zalo-token-refresh", RetryConfig.<RefreshAttempt>custom()
                .maxAttempts(REFRESH_ATTEMPTS)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(refreshBackoff, 2))
                .retryOnResult(RefreshAttempt::worthRetrying)
                .retryOnException(e -> false)
                .failAfterMaxAttempts(false)
                .build());
    }

    /** The current access token, or null when there is none at all. */
    public String accessToken() {
        ZaloTokenStore.Pair pair = readOrSeed();
        return pair == null ? null : pair.accessToken();
    }

    /** True when no instance can refresh any more: an OA admin must re-authorize the app and set new tokens. */
    public boolean chainBroken() {
        return chain().broken();
    }

    /**
     * The chain as every instance sees it in Redis, for health.
     *
     * @param stored          whether a token pair is stored at all
     * @param broken          whether no instance can refresh any more (no pair, or Zalo refused the refresh token)
     * @param accessExpiresAt when the stored access token expires, or null without a pair
     */
    public record Chain(boolean stored, boolean broken, Instant accessExpiresAt) {
    }

    public Chain chain() {
        ZaloTokenStore.Pair pair = read();
        return pair == null ? new Chain(false, true, null) : new Chain(true, pair.broken(), pair.expiresAt());
    }

    /** Refreshes when the access token expires within {@link #REFRESH_AHEAD}; for a scheduler, safe on every instance. */
    public void refreshIfDue() {
        refresh(false, null);
    }

    /**
     * Installs a pair just obtained by re-authorizing the OA (the OAuth code exchange), mending a broken chain.
     */
    public void install(String accessToken, String refreshToken) {
        if (accessToken == null || accessToken.isBlank() || refreshToken == null || refreshToken.isBlank()) {
            throw new IllegalArgumentException("Both tokens are needed");
        }
        withLock(() -> {
            store.write(accessToken, refreshToken, clock.instant().plus(ACCESS_LIFETIME), clock.instant());
            log.info("Zalo OA tokens installed; the refresh chain is live");
            return true;
        });
    }

    /**
     * After Zalo refused {@code rejectedToken}: refreshes unless another caller already replaced it.
     *
     * @return true when a different access token is now in place, worth one more try
     */
    boolean refreshAfterRejection(String rejectedToken) {
        return refresh(true, rejectedToken);
    }

    /** Puts the configured pair into Redis if Redis has none (or only a broken chain and the configuration changed). */
    void seedFromConfiguration() {
        String access = ZaloTokenStore.blankToEmpty(oa.accessToken());
        String refresh = ZaloTokenStore.blankToEmpty(oa.refreshToken());
        if (access.isEmpty() && refresh.isEmpty()) {
            if (read() == null) {
                log.error("Zalo is enabled but has no OA tokens: an OA admin must authorize the app and set "
                        + "zalo.oa.access-token and zalo.oa.refresh-token");
            }
            return;
        }
        Instant now = clock.instant();
        // Taken as just issued: if it is older, Zalo refuses it (-216) and the refresh on demand rotates it then.
        if (store.seed(access, refresh, now.plus(ACCESS_LIFETIME), now)) {
            log.info("Zalo OA tokens taken from configuration");
        } else if (chainBroken()) {
            log.error("Zalo OA token chain is broken and the configured tokens are the ones that already failed: "
                    + "an OA admin must re-authorize the app and set new zalo.oa.access-token/refresh-token");
        }
    }

    private boolean refresh(boolean onDemand, String rejectedToken) {
        AtomicReference<String> refused = new AtomicReference<>();
        Boolean result = withLock(() -> {
            ZaloTokenStore.Pair pair = readOrSeed();
            if (pair == null) {
                return false;
            }
            if (onDemand && !Objects.equals(pair.accessToken(), rejectedToken)) {
                return true; // someone else rotated it while we waited
            }
            if (pair.broken()) {
                return false;
            }
            if (!onDemand && clock.instant().isBefore(pair.expiresAt().minus(REFRESH_AHEAD))) {
                return false;
            }
            refused.set(rotate(pair));
            ZaloTokenStore.Pair now = read();
            return now != null && !Objects.equals(now.accessToken(), pair.accessToken());
        });
        if (refused.get() != null) {
            // Outside the lock: listeners (officer alerts) may take their time.
            events.publishEvent(new ZaloTokenChainBroken(this, refused.get()));
        }
        if (result == null) {
            // Lock not had in time: whoever holds it is refreshing; use what is there now.
            ZaloTokenStore.Pair pair = read();
            return onDemand && pair != null && !Objects.equals(pair.accessToken(), rejectedToken);
        }
        return result;
    }

    /** @return null when rotated or worth trying later; the refusal reason when the chain is now broken */
    private String rotate(ZaloTokenStore.Pair pair) {
        if (pair.refreshToken().isEmpty()) {
            return markBroken("no refresh token");
        }
        // A fresh call each try: a Retrofit call runs once.
        RefreshAttempt attempt = refreshRetry.executeSupplier(() -> RefreshAttempt.of(
                oauth.refresh(oa.appSecret(), pair.refreshToken(), oa.appId(), "refresh_token")));
        if (attempt instanceof RefreshAttempt.Granted granted) {
            store(granted.reply(), pair);
            return null;
        }
        if (attempt instanceof RefreshAttempt.Spent spent) {
            return markBroken(spent.reason());
        }
        if (attempt instanceof RefreshAttempt.Refused refused) {
            return markBroken(refused.reason() + "; refused " + REFRESH_ATTEMPTS + " times");
        }
        if (attempt instanceof RefreshAttempt.Passing passing) {
            // If Zalo rotated before a connection dropped, the next attempt is refused and breaks the chain then.
            log.warn("Zalo token refresh failed {} times in passing (last: {}); the pair is kept and tried again at the next "
                    + "check", REFRESH_ATTEMPTS, passing.reason());
            return null;
        }
        log.error("Zalo token refresh answered HTTP {}; check zalo.oa.oauth-url and zalo.oa.app-id",
                ((RefreshAttempt.Misconfigured) attempt).status());
        return null;
    }

    private void store(ZaloOAuthApi.TokenReply reply, ZaloTokenStore.Pair pair) {
        String newRefresh = reply.refreshToken();
        if (newRefresh == null || newRefresh.isBlank()) {
            log.warn("Zalo token refresh gave no new refresh token; keeping the old one, which may be spent");
            newRefresh = pair.refreshToken();
        }
        Instant expiresAt = clock.instant().plus(lifetime(reply.expiresIn()));
        store.write(reply.accessToken(), newRefresh, expiresAt, clock.instant());
        log.info("Zalo OA access token refreshed; valid until {}", expiresAt);
    }

    private String markBroken(String reason) {
        store.markBroken(reason);
        log.error("Zalo OA token chain is BROKEN: the refresh was refused ({}). Zalo messages will fail once the "
                + "current access token expires. An OA admin must re-authorize the app "
                + "(oauth.zaloapp.com/v4/oa/permission) and set the new tokens: zalo.oa.access-token and "
                + "zalo.oa.refresh-token, then restart (or install them through ZaloTokens.install).", reason);
        return reason;
    }

    private <T> T withLock(Supplier<T> work) {
        Lock lock = locks.obtain(LOCK_KEY);
        try {
            if (!lock.tryLock(LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Zalo token lock not obtained within {}", LOCK_WAIT);
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private ZaloTokenStore.Pair readOrSeed() {
        ZaloTokenStore.Pair pair = read();
        if (pair == null) {
            seedFromConfiguration();
            pair = read();
        }
        return pair;
    }

    private ZaloTokenStore.Pair read() {
        return store.read();
    }

    private static Duration lifetime(String expiresIn) {
        long seconds = ZaloTokenStore.parseLong(expiresIn, -1);
        return seconds > 0 ? Duration.ofSeconds(seconds) : ACCESS_LIFETIME;
    }
}
