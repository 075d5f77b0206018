package vn.gov.ward.assistant.survey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;

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

    private final ReturnedRatings returnedRatings;
    private final DossierService dossiers;
    private final OfficerRegistry officers;
    private final SurveyProperties properties;

    SatisfactionReport(ReturnedRatings returnedRatings, DossierService dossiers, OfficerRegistry officers, SurveyProperties properties) {
        this.returnedRatings = returnedRatings;
        this.dossiers = dossiers;
        this.officers = officers;
        this.properties = properties;
    }

    /** @param to exclusive */
    public Report of(Instant from, Instant to, GroupBy groupBy) {
        List<ReturnedRatings.Returned> returned = returnedRatings.between(from, to);
        Figures total = figures("total", "Toàn phường", returned.size(), returned);
        List<Figures> groups = new ArrayList<>();
        if (groupBy == GroupBy.CHANNEL) {
            // A dossier is returned on no channel: a channel's figures are its ratings only.
            group(returned.stream().filter(ReturnedRatings.Returned::rated).toList(), ReturnedRatings.Returned::channel)
                    .forEach((channel, list) -> groups.add(figures(channel, channel, null, list)));
        } else {
            Function<ReturnedRatings.Returned, String> key = groupBy == GroupBy.PROCEDURE ? ReturnedRatings.Returned::procedureCode
                    : ReturnedRatings.Returned::officerId;
            group(returned, key).forEach((k, list) -> groups.add(figures(k, nameOf(k, groupBy), list.size(), list)));
        }
        groups.sort(Comparator.comparing(Figures::ratings).reversed().thenComparing(Figures::key));
        return new Report(from, to, properties.target(), groupBy.name().toLowerCase(), total, groups);
    }

    private Figures figures(String key, String name, Integer returned, Collection<ReturnedRatings.Returned> dossiers) {
        List<ReturnedRatings.Returned> ratings = dossiers.stream().filter(ReturnedRatings.Returned::rated).toList();
        int n = ratings.size();
        int satisfied = (int) ratings.stream().filter(ReturnedRatings.Returned::satisfied).count();
        Double share = n == 0 ? null : (double) satisfied / n;
        Double mean = n == 0 ? null : ratings.stream().mapToInt(ReturnedRatings.Returned::score).average().orElse(0);
        Double response = returned == null || returned == 0 ? null : (double) n / returned;
        return new Figures(key, name, returned, n, satisfied, share, mean, response, share == null ? null : share >= properties.target());
    }

    private String nameOf(String key, GroupBy groupBy) {
        if (groupBy == GroupBy.OFFICER) return officers.find(key).map(Officer::name).orElse(key);
        try {
            return dossiers.procedure(key).name();
        } catch (RuntimeException e) {
            return key;
        }
    }

    private static Map<String, List<ReturnedRatings.Returned>> group(List<ReturnedRatings.Returned> returned,
                                                                     Function<ReturnedRatings.Returned, String> by) {
        Map<String, List<ReturnedRatings.Returned>> groups = new LinkedHashMap<>();
        returned.forEach(r -> groups.computeIfAbsent(by.apply(r), k -> new ArrayList<>()).add(r));
        return groups;
    }
}
