package vn.gov.ward.assistant.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Service;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.dossier.Dossier;
import vn.gov.ward.assistant.dossier.DossierService;
import vn.gov.ward.assistant.officer.Officer;
import vn.gov.ward.assistant.officer.OfficerRegistry;

/**
 * Satisfaction figures of the dossiers returned in a period: ratings, the share satisfied (4–5), the
 * mean score and the response rate (rated / returned), against the ward's target, in total and per
 * procedure, officer or channel. A rating counts in the period its dossier was returned.
 */
@Service
class SatisfactionReport {

    public enum GroupBy { PROCEDURE, OFFICER, CHANNEL }

    /**
     * @param returned       returned dossiers in the period (null per channel: a dossier is returned on no channel)
     * @param satisfiedShare satisfied ratings / ratings, null without ratings
     * @param responseRate   ratings / returned, null when returned is null or zero
     */
    public record Figures(String key, String name, Integer returned, int ratings, int satisfied, Double satisfiedShare, Double meanScore,
                          Double responseRate, Boolean meetsTarget) {
    }

    public record Report(Instant from, Instant to, double target, String groupBy, Figures total, List<Figures> groups) {
    }

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final DossierService dossiers;
    private final OfficerRegistry officers;
    private final SurveyProperties properties;

    SatisfactionReport(StringRedisTemplate redis, JsonMapper json, DossierService dossiers, OfficerRegistry officers,
                       SurveyProperties properties) {
        this.redis = redis;
        this.json = json;
        this.dossiers = dossiers;
        this.officers = officers;
        this.properties = properties;
    }

    /** @param to exclusive */
    public Report of(Instant from, Instant to, GroupBy groupBy) {
        Set<String> codes = redis.opsForZSet().rangeByScore(SurveyKeys.RETURNED, from.toEpochMilli(), to.toEpochMilli() - 1);
        List<String> returned = codes == null ? List.of() : List.copyOf(codes);
        Map<String, Rating> ratings = new LinkedHashMap<>();
        List<String> stored = returned.isEmpty() ? List.of() : redis.opsForValue().multiGet(returned.stream().map(SurveyKeys::rating).toList());
        for (int i = 0; i < returned.size(); i++) {
            if (stored != null && stored.get(i) != null) ratings.put(returned.get(i), json.readValue(stored.get(i), Rating.class));
        }
        Figures total = figures("total", "Toàn phường", returned.size(), ratings.values());
        List<Figures> groups = new ArrayList<>();
        if (groupBy == GroupBy.CHANNEL) {
            Map<String, List<Rating>> byChannel = group(ratings.values(), Rating::channel);
            byChannel.forEach((channel, list) -> groups.add(figures(channel, channel, null, list)));
        } else {
            // Unrated dossiers count in their group's returned too: read the dossiers the ratings do not describe.
            Map<String, Dossier> unrated = dossiers.findAll(returned.stream().filter(c -> !ratings.containsKey(c)).toList());
            Map<String, Integer> returnedBy = new LinkedHashMap<>();
            ratings.values().forEach(r -> returnedBy.merge(keyOf(r, groupBy), 1, Integer::sum));
            unrated.values().forEach(d -> returnedBy.merge(groupBy == GroupBy.PROCEDURE ? d.procedureCode() : d.officerId(), 1, Integer::sum));
            Map<String, List<Rating>> rated = group(ratings.values(), r -> keyOf(r, groupBy));
            returnedBy.forEach((key, count) -> groups.add(figures(key, nameOf(key, groupBy), count, rated.getOrDefault(key, List.of()))));
        }
        groups.sort(Comparator.comparing(Figures::ratings).reversed().thenComparing(Figures::key));
        return new Report(from, to, properties.target(), groupBy.name().toLowerCase(), total, groups);
    }

    private Figures figures(String key, String name, Integer returned, Collection<Rating> ratings) {
        int n = ratings.size();
        int satisfied = (int) ratings.stream().filter(Rating::satisfied).count();
        Double share = n == 0 ? null : (double) satisfied / n;
        Double mean = n == 0 ? null : ratings.stream().mapToInt(Rating::score).average().orElse(0);
        Double response = returned == null || returned == 0 ? null : (double) n / returned;
        return new Figures(key, name, returned, n, satisfied, share, mean, response, share == null ? null : share >= properties.target());
    }

    private static String keyOf(Rating r, GroupBy groupBy) {
        return groupBy == GroupBy.PROCEDURE ? r.procedureCode() : r.officerId();
    }

    private String nameOf(String key, GroupBy groupBy) {
        if (groupBy == GroupBy.OFFICER) return officers.find(key).map(Officer::name).orElse(key);
        try {
            return dossiers.procedure(key).name();
        } catch (RuntimeException e) {
            return key;
        }
    }

    private static Map<String, List<Rating>> group(Collection<Rating> ratings, Function<Rating, String> by) {
        Map<String, List<Rating>> groups = new LinkedHashMap<>();
        ratings.forEach(r -> groups.computeIfAbsent(by.apply(r), k -> new ArrayList<>()).add(r));
        return groups;
    }
}
