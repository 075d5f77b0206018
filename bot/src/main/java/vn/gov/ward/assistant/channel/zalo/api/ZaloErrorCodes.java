package vn.gov.ward.assistant.channel.zalo.api;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one table of Zalo's body {@code error} codes (they come with HTTP 200) and what the assistant does on each,
 * with where each code is documented. {@link ZaloClient} sorts every OA, ZNS and rating reply by it, and
 * {@link ZaloTokens} tells a passing refresh failure from a refusal by it. A code not listed is final: it is
 * logged with Zalo's message, and belongs here once its meaning is known.
 * <p>
 * Sources: "zalo-oa.md §n" is the project's Zalo reference ({@code ../shared/docs/zalo-oa.md}, which cites
 * developers.zalo.me and the official SDKs); "ZNS error guide" is zalo.cloud/zns/guidelines/handle-error-code,
 * listed in its sources.
 */
final class ZaloErrorCodes {

    /** What a code means for the call that got it. */
    enum Outcome {
        /** A passing fault on Zalo's side: try again later, on the caller's own schedule. */
        TRANSIENT,
        /** Over the rate limit: wait {@link ZaloClient#RATE_LIMIT_WAIT}. */
        RATE_LIMITED,
        /** Out of quota or balance, or a per-phone cap: wait {@link ZaloClient#QUOTA_WAIT}. */
        QUOTA,
        /** The access token is refused: refresh it once and try once more. */
        TOKEN,
        /** The user has not interacted in the last 7 days: only a ZNS template by phone reaches them. */
        OUTSIDE_WINDOW,
        /** Fails the same way if tried again: bad request, recipient or template, OA disabled, not permitted. */
        FINAL
    }

    /** One row: the code, what it means, what to do, and where that is written. */
    record Code(int code, String meaning, Outcome outcome, String source) {
    }

    private static final String ZNS_GUIDE = "ZNS error guide";

    static final Map<Integer, Code> TABLE = table(
            new Code(-100, "unknown error; try again later", Outcome.TRANSIENT, ZNS_GUIDE),
            new Code(-32, "rate limit exceeded (4,000 requests a minute per app)", Outcome.RATE_LIMITED,
                    "zalo-oa.md §0 Basics, §3 Errors"),
            new Code(-211, "out of quota", Outcome.QUOTA, "zalo-oa.md §3 Errors"),
            new Code(-115, "ZNS quota or balance exhausted", Outcome.QUOTA, "zalo-oa.md §4 Errors; " + ZNS_GUIDE),
            new Code(-144, "ZNS daily cap for this phone reached", Outcome.QUOTA, "zalo-oa.md §4 Errors"),
            new Code(-216, "access token is invalid", Outcome.TOKEN, "zalo-oa.md §1 Token errors (chatwoot refreshes on it)"),
            new Code(-220, "access token is expired or removed", Outcome.TOKEN, "zalo-oa.md §1 Token errors"),
            new Code(-124, "ZNS: access token is invalid", Outcome.TOKEN, "zalo-oa.md §1 Token errors, §4 Errors"),
            new Code(-230, "user has not interacted with the OA in the last 7 days", Outcome.OUTSIDE_WINDOW,
                    "zalo-oa.md §3 Windows"),
            new Code(-232, "user is outside the customer-service window", Outcome.OUTSIDE_WINDOW, "zalo-oa.md §3 Windows"),
            new Code(-201, "bad parameter", Outcome.FINAL, "zalo-oa.md §3 Errors"),
            new Code(-204, "OA disabled", Outcome.FINAL, "zalo-oa.md §3 Errors"),
            new Code(-205, "OA missing", Outcome.FINAL, "zalo-oa.md §3 Errors"),
            new Code(-212, "API not permitted for the app; re-authorize the OA", Outcome.FINAL, "zalo-oa.md §3 Errors"),
            new Code(-213, "user is not a follower", Outcome.FINAL, "zalo-oa.md §3 Errors"),
            new Code(-108, "bad phone number", Outcome.FINAL, "zalo-oa.md §4 Errors; " + ZNS_GUIDE),
            new Code(-118, "phone has no Zalo account", Outcome.FINAL, "zalo-oa.md §4 Errors"),
            new Code(-139, "user refuses this template type", Outcome.FINAL, "zalo-oa.md §4 Errors"),
            new Code(-109, "bad template", Outcome.FINAL, "zalo-oa.md §4 Errors; " + ZNS_GUIDE),
            new Code(-111, "bad template data", Outcome.FINAL, "zalo-oa.md §4 Errors; " + ZNS_GUIDE),
            new Code(-112, "bad template data", Outcome.FINAL, "zalo-oa.md §4 Errors; " + ZNS_GUIDE),
            new Code(-117, "no permission for this template", Outcome.FINAL, "zalo-oa.md §4 Errors"),
            new Code(-131, "template not approved", Outcome.FINAL, "zalo-oa.md §4 Errors"));

    private ZaloErrorCodes() {
    }

    /** The row of a code; a code not in the table is final, its meaning left to Zalo's message. */
    static Code of(int code) {
        Code known = TABLE.get(code);
        return known != null ? known : new Code(code, null, Outcome.FINAL, "not in the table");
    }

    private static Map<Integer, Code> table(Code... codes) {
        return Arrays.stream(codes).collect(Collectors.toUnmodifiableMap(Code::code, Function.identity()));
    }
}
