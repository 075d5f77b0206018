package vn.gov.ward.assistant.officer;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;

/**
 * The ward's officers and their Telegram links, kept in Redis ({@link OfficerKeys}): each officer as
 * JSON, every id, and each linked chat's officer.
 */
@Service
public class OfficerRegistry {

    private static final Logger log = LoggerFactory.getLogger(OfficerRegistry.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final Clock clock;

    public OfficerRegistry(StringRedisTemplate redis, JsonMapper json, Clock clock) {
        this.redis = redis;
        this.json = json;
        this.clock = clock;
    }

    public Optional<Officer> find(String id) {
        if (id == null) return Optional.empty();
        String stored = redis.opsForValue().get(OfficerKeys.officer(id));
        return stored == null ? Optional.empty() : Optional.of(json.readValue(stored, Officer.class));
    }

    /** Every officer, by unit then name. */
    public List<Officer> all() {
        Set<String> ids = redis.opsForSet().members(OfficerKeys.ALL);
        if (ids == null || ids.isEmpty()) return List.of();
        List<String> stored = redis.opsForValue().multiGet(ids.stream().map(OfficerKeys::officer).toList());
        List<Officer> officers = new ArrayList<>();
        if (stored != null) stored.stream().filter(Objects::nonNull).forEach(s -> officers.add(json.readValue(s, Officer.class)));
        officers.sort(Comparator.comparing(Officer::unit).thenComparing(Officer::name));
        return officers;
    }

    /** The officers of a unit (the leader's view of "my unit"). */
    public List<Officer> ofUnit(String unit) {
        return all().stream().filter(o -> o.unit().equals(unit)).toList();
    }

    /** Creates or replaces an officer, keeping an existing Telegram link and deactivation. @return whether it was new */
    public boolean save(Officer officer) {
        Optional<Officer> existing = find(officer.id());
        Officer stored = existing.map(e -> officer.withTelegram(e.telegram()).withDeactivatedAt(e.deactivatedAt()))
                .orElse(officer.withTelegram(null));
        redis.opsForValue().set(OfficerKeys.officer(officer.id()), json.writeValueAsString(stored));
        redis.opsForSet().add(OfficerKeys.ALL, officer.id());
        return existing.isEmpty();
    }

    /** Saves the officers not stored yet (seeding from configuration never overwrites what the API changed). */
    public void saveAbsent(Collection<Officer> officers) {
        for (Officer officer : officers) {
            if (find(officer.id()).isEmpty()) save(officer);
        }
    }

    public boolean delete(String id) {
        Optional<Officer> existing = find(id);
        if (existing.isEmpty()) return false;
        if (existing.get().telegram() != null) redis.delete(OfficerKeys.ofChat(existing.get().telegram().chatId()));
        redis.delete(OfficerKeys.officer(id));
        redis.opsForSet().remove(OfficerKeys.ALL, id);
        return true;
    }

    /**
     * Deactivates an officer (or makes them active again): a deactivated officer keeps their dossiers and
     * their Telegram link but hears nothing ({@link Officer#reachable()}) and cannot sign in.
     *
     * @return the officer as stored now, or empty for an unknown id
     */
    public Optional<Officer> setActive(String id, boolean active) {
        return changed(id, o -> o.active() == active ? o : o.withDeactivatedAt(active ? null : clock.instant()));
    }

    /** Moves an officer to another unit. @return the officer as stored now, or empty for an unknown id */
    public Optional<Officer> moveTo(String id, String unit) {
        return changed(id, o -> o.inUnit(unit));
    }

    private Optional<Officer> changed(String id, UnaryOperator<Officer> change) {
        return find(id).map(o -> {
            Officer after = change.apply(o);
            if (!after.equals(o)) redis.opsForValue().set(OfficerKeys.officer(id), json.writeValueAsString(after));
            return after;
        });
    }

    /** The officer a Telegram chat is linked to (active or not). */
    public Optional<Officer> findByChat(long chatId) {
        return find(redis.opsForValue().get(OfficerKeys.ofChat(chatId)));
    }

    /** Ties a Telegram chat to an officer; a chat linked before to someone else is theirs no more. */
    public Officer link(String officerId, long chatId) {
        Officer officer = find(officerId).orElseThrow();
        findByChat(chatId).filter(previous -> !previous.id().equals(officerId)).ifPresent(previous -> {
            redis.opsForValue().set(OfficerKeys.officer(previous.id()), json.writeValueAsString(previous.withTelegram(null)));
        });
        if (officer.telegram() != null && officer.telegram().chatId() != chatId) redis.delete(OfficerKeys.ofChat(officer.telegram().chatId()));
        Officer linked = officer.withTelegram(new Officer.TelegramLink(chatId, true, clock.instant(), null));
        redis.opsForValue().set(OfficerKeys.officer(officerId), json.writeValueAsString(linked));
        redis.opsForValue().set(OfficerKeys.ofChat(chatId), officerId);
        log.info("Officer {} linked a Telegram chat", officerId);
        return linked;
    }

    /** Telegram refused a chat for good: the officer's link goes inactive until they link again. */
    public Optional<Officer> deactivate(long chatId, String reason) {
        return findByChat(chatId).filter(Officer::reachable).map(officer -> {
            Officer.TelegramLink link = officer.telegram();
            Officer inactive = officer.withTelegram(new Officer.TelegramLink(link.chatId(), false, link.linkedAt(), reason));
            redis.opsForValue().set(OfficerKeys.officer(officer.id()), json.writeValueAsString(inactive));
            log.warn("Officer {}'s Telegram link is inactive: {}", officer.id(), reason);
            return inactive;
        });
    }

    /** Every officer by id, read once for work that looks many of them up (a reminder pass, a scan). */
    public Map<String, Officer> byId() {
        return all().stream().collect(Collectors.toMap(Officer::id, Function.identity()));
    }

    /** Who hears about an officer's late dossiers and low ratings: their leader, else a leader of their unit. */
    public Optional<Officer> leaderOf(Officer officer) {
        return leaderOf(officer, byId());
    }

    /** The same, among officers already read (a reminder pass reads them once). */
    public static Optional<Officer> leaderOf(Officer officer, Map<String, Officer> officers) {
        Officer named = officer.leaderId() == null ? null : officers.get(officer.leaderId());
        if (named != null) return Optional.of(named);
        return officers.values().stream().filter(o -> o.isLeader() && !o.id().equals(officer.id()) && o.unit().equals(officer.unit()))
                .min(Comparator.comparing(Officer::id));
    }

    /** A leader's unit: the officers who answer to them, directly or through another leader. */
    public List<Officer> unit(Officer leader) {
        return unitOf(leader.id(), teams(byId()));
    }

    /** The same, from the teams already worked out ({@link #teams}); by unit, then name. */
    public static List<Officer> unitOf(String leaderId, Map<String, List<Officer>> teams) {
        List<Officer> unit = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(leaderId));
        Deque<Officer> next = new ArrayDeque<>(teams.getOrDefault(leaderId, List.of()));
        while (!next.isEmpty()) {
            Officer o = next.poll();
            if (!seen.add(o.id())) continue;
            unit.add(o);
            next.addAll(teams.getOrDefault(o.id(), List.of()));
        }
        unit.sort(Comparator.comparing(Officer::unit).thenComparing(Officer::name));
        return unit;
    }

    /** Leader id → the officers who answer to them, among officers already read. */
    public static Map<String, List<Officer>> teams(Map<String, Officer> officers) {
        Map<String, List<Officer>> teams = new HashMap<>();
        for (Officer o : officers.values()) {
            leaderOf(o, officers).ifPresent(leader -> teams.computeIfAbsent(leader.id(), id -> new ArrayList<>()).add(o));
        }
        return teams;
    }
}
