package vn.gov.ward.knowledge.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well what sets a procedure apart from its neighbours fits the question: its variant's
 * qualifiers ({@link Variants}), what it does to its object ({@link Actions}), and, for a life event
 * told, how far down the event's list it comes. 1 when nothing speaks against it.
 */
final class FitRules {

    /** A variant whose qualifiers the question does not give keeps this share of its score: its base is meant. */
    static final double VARIANT_NOT_ASKED = 0.45;
    /** A variant whose qualifiers the question gives only in part. */
    static final double VARIANT_PARTLY_ASKED = 0.7;
    /** A variant whose qualifier the question denies ("không phải có yếu tố nước ngoài"). */
    static final double VARIANT_DENIED = 0.15;
    /**
     * A base one of whose variants the question asks, every qualifier of it said in words of two syllables or more
     * ("chồng người Hàn" for "có yếu tố nước ngoài"): the variant is meant.
     */
    static final double BASE_OF_VARIANT_ASKED = 0.6;
    /** A procedure for people who have not yet done what the question says is done ("chưa đăng ký kết hôn" / "đã đăng ký…"). */
    static final double ALREADY_DONE = 0.3;
    /** A procedure a life event leads to after the first one (a birth leads to the birth registration first). */
    static final double LATER_IN_EVENT = 0.8;
    /** A procedure a life event told rules out ({@link LifeEvent#rulesOut}). */
    static final double RULED_OUT = 0.15;

    private final Variants variants;
    private final Map<String, ProcedureProfile> profiles;
    private final ObjectWords objects;

    FitRules(Variants variants, Map<String, ProcedureProfile> profiles, ObjectWords objects) {
        this.variants = variants;
        this.profiles = profiles;
        this.objects = objects;
    }

    /**
     * @param variant how the question stands to its variant's qualifiers (1 for no variant, or all given)
     * @param action  how what it does fits what the question asks done ({@link Actions#fit})
     * @param event   how far down a life event's list it comes (1 first, or no event)
     * @param audience the share kept by a procedure concerning people the question does not name ({@link Audiences}), or 1
     */
    record Fit(double variant, double action, double event, double audience) {
        double product() {
            return variant * action * event * audience;
        }

        /** The same, for a procedure concerning people the question does not name: it keeps this share. */
        Fit forOthers(double share) {
            return new Fit(variant, action, event, share);
        }

        /**
         * The procedure concerns people the question does not name ("… đối với lực lượng Công an nhân dân" for a complaint
         * about the electricity meter): it is not what was asked.
         */
        boolean forOthers() {
            return audience < 1;
        }

        /**
         * The question asks an action this procedure does not do: it does another ("trình báo mất hộ chiếu" for
         * "gia hạn hộ chiếu"). A procedure that issues is no conflict: applying again is how some papers are renewed.
         */
        boolean otherAction() {
            return action == Actions.OTHER_ACTION;
        }
    }

    /**
     * How the question stands to a variant: its qualifiers said, or a word pair of its keywords with a word its base's
     * title does not have ("khai sinh cho con chưa đăng ký kết hôn" for the joint birth-and-paternity one; not "sinh con"
     * of "khai sinh con lai", both words the base's).
     */
    private Variants.Asked asked(ProcedureProfile p, Variants.Variant v, WeighedQuestion q) {
        Variants.Asked asked = Variants.asked(v, q.saidPairs(), q.said(), q.deniedPairs(), q.denied(), q.syllables());
        if (asked == Variants.Asked.ALL || asked == Variants.Asked.DENIED) return asked;
        ProcedureProfile base = profiles.get(v.base());
        for (String pair : q.saidPairs()) {
            if (p.titlePairs().contains(pair) && !base.titlePairs().contains(pair) && !p.namePairs().contains(pair)
                    && !base.title().containsAll(List.of(pair.split(" ")))) {
                return Variants.Asked.ALL;
            }
        }
        return asked;
    }

    /** Whether the question gives every qualifier of this variant, none of them a single syllable ("lại" is too common a word). */
    private boolean variantAsked(String code, WeighedQuestion q) {
        Variants.Variant v = variants.of(code).orElseThrow();
        return profiles.containsKey(code) && v.qualifiers().stream().allMatch(qualifier -> qualifier.size() >= 2)
                && asked(profiles.get(code), v, q) == Variants.Asked.ALL;
    }

    Fit fit(ProcedureProfile p, WeighedQuestion q) {
        String code = p.procedure().code();
        int inEvent = q.told().rank(code);
        // A life event told that leads to a variant says what sets it apart ("con ngoài giá thú" for the joint birth
        // and paternity registration), unless the question denies it.
        boolean told = inEvent != Integer.MAX_VALUE;
        double variant = variants.of(code).map(v -> switch (asked(p, v, q)) {
            case ALL -> 1.0;
            case SOME -> told ? 1.0 : VARIANT_PARTLY_ASKED;
            case NONE -> told ? 1.0 : VARIANT_NOT_ASKED;
            case DENIED -> VARIANT_DENIED;
        }).orElse(1.0);
        if (variants.ofBase(code).stream().anyMatch(c -> variantAsked(c, q))) variant *= BASE_OF_VARIANT_ASKED;
        if (p.notYet().stream().anyMatch(q::saysDone)) variant *= ALREADY_DONE;
        double event = q.told().ruleOut(code) ? RULED_OUT : inEvent == Integer.MAX_VALUE || inEvent == 0 ? 1 : LATER_IN_EVENT;
        Set<Actions.Action> asked = EnumSet.noneOf(Actions.Action.class);
        asked.addAll(q.actionsOn(p.objectPairs()::contains, objects::namesObject));
        Set<Actions.Action> meantOtherwise = told ? q.told().actionsSaidFor(code, p.actions()) : Set.of();
        if (!meantOtherwise.isEmpty() && asked.removeAll(meantOtherwise) && asked.isEmpty()) {
            // The event's words asked only that: the event asks what this procedure does.
            asked.addAll(p.actions());
        }
        // An event leading here that rules out the procedure doing what the words ask says they meant this one ("tròn 25
        // tuổi … làm lại thẻ căn cước": the exchange due at 25, not the reissue after a loss).
        if (told && !asked.isEmpty()) {
            for (String out : q.told().ruledOutBesides(code)) {
                ProcedureProfile other = profiles.get(out);
                if (other != null && asked.removeAll(other.actions()) && asked.isEmpty()) asked.addAll(p.actions());
            }
        }
        return new Fit(variant, Actions.fit(p.actions(), asked), event, 1);
    }
}
