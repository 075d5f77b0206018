package vn.gov.ward.assistant.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.redis.KeyScan;

/**
 * Tickets in Redis ({@link FeedbackKeys}): each as JSON, the open and answered ones by due time, and
 * every one by the time it was opened.
 */
@Repository
class TicketStore {


    private final StringRedisTemplate redis;
    private final JsonMapper json;

    TicketStore(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    void save(Ticket ticket) {
        redis.opsForValue().set(FeedbackKeys.ticket(ticket.code()), json.writeValueAsString(ticket));
        if (ticket.status() == Ticket.Status.CLOSED) redis.opsForZSet().remove(FeedbackKeys.OPEN_TICKETS, ticket.code());
        else redis.opsForZSet().add(FeedbackKeys.OPEN_TICKETS, ticket.code(), ticket.dueAt().toEpochMilli());
        redis.opsForZSet().add(FeedbackKeys.BY_CREATED, ticket.code(), ticket.createdAt().toEpochMilli());
    }

    Optional<Ticket> find(String code) {
        String stored = redis.opsForValue().get(FeedbackKeys.ticket(code));
        return stored == null ? Optional.empty() : Optional.of(json.readValue(stored, Ticket.class));
    }

    /** Changes a ticket; a concurrent change of the same ticket is not expected (one officer answers it). */
    Optional<Ticket> update(String code, UnaryOperator<Ticket> change) {
        return find(code).map(t -> {
            Ticket changed = change.apply(t);
            save(changed);
            return changed;
        });
    }

    /**
     * Deletes the answered and closed tickets whose last activity (an answer, or the ticket itself) is before
     * {@code cutoff}: a daily pass over every ticket.
     *
     * @return how many were deleted
     */
    int deleteDoneBefore(Instant cutoff) {
        int[] deleted = {0};
        KeyScan.inBatches(redis, FeedbackKeys.EVERY_TICKET, keys -> {
            List<String> stored = redis.opsForValue().multiGet(keys);
            for (int i = 0; stored != null && i < keys.size(); i++) {
                if (stored.get(i) == null) continue;
                Ticket t = json.readValue(stored.get(i), Ticket.class);
                Instant last = t.answers().isEmpty() ? t.createdAt() : t.answers().get(t.answers().size() - 1).at();
                if (t.status() == Ticket.Status.OPEN || !last.isBefore(cutoff)) continue;
                redis.opsForZSet().remove(FeedbackKeys.OPEN_TICKETS, t.code());
                redis.delete(keys.get(i));
                deleted[0]++;
            }
        });
        return deleted[0];
    }

    /** Open and answered tickets due at or before a time, earliest due first (one index read, one MGET). */
    List<Ticket> dueBy(Instant at) {
        return read(redis.opsForZSet().rangeByScore(FeedbackKeys.OPEN_TICKETS, Double.NEGATIVE_INFINITY, at.toEpochMilli()));
    }

    /** Every ticket not closed, earliest due first. */
    List<Ticket> unclosed() {
        return read(redis.opsForZSet().rangeByScore(FeedbackKeys.OPEN_TICKETS, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
    }

    /** Tickets opened in [from, to), oldest first. */
    List<Ticket> openedBetween(Instant from, Instant to) {
        return read(redis.opsForZSet().rangeByScore(FeedbackKeys.BY_CREATED, from.toEpochMilli(), to.toEpochMilli() - 1));
    }

    private List<Ticket> read(Set<String> codes) {
        if (codes == null || codes.isEmpty()) return List.of();
        List<String> stored = redis.opsForValue().multiGet(codes.stream().map(FeedbackKeys::ticket).toList());
        List<Ticket> tickets = new ArrayList<>();
        if (stored != null) stored.stream().filter(Objects::nonNull).forEach(s -> tickets.add(json.readValue(s, Ticket.class)));
        return tickets;
    }
}
