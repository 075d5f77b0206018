package vn.gov.ward.knowledge.search;

import java.util.List;

/**
 * A service citizens bring to the ward that another agency handles (search/referrals.yml): who,
 * at which level, where online, and what the referral rests on.
 *
 * @param service     what the citizen wants, in Vietnamese
 * @param terms       phrases that name this service
 * @param wardHandles the ward's procedures for a related step it does do (reporting a lost passport): a question naming
 *                    one besides the service's words asks the ward
 * @param wardAlternatives the ward's own procedures for the same service at a smaller scale or for another thing (a
 *                    house's building permit beside a tower's): shown with the referral, they decide nothing
 * @param review      a person still has to confirm the agency, level, link or basis locally
 */
public record Referral(String id, String service, List<String> terms, String handledBy, String level, String online,
                       String basis, List<String> wardHandles, List<String> wardAlternatives, boolean review, String note) {

    public Referral {
        terms = terms == null ? List.of() : List.copyOf(terms);
        wardHandles = wardHandles == null ? List.of() : List.copyOf(wardHandles);
        wardAlternatives = wardAlternatives == null ? List.of() : List.copyOf(wardAlternatives);
    }
}
