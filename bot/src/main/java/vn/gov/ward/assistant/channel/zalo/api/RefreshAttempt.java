package vn.gov.ward.assistant.channel.zalo.api;

import java.io.IOException;
import java.util.Locale;

import retrofit2.Call;
import retrofit2.Response;

/**
 * What one call to refresh the OA token came to, sorted so that a refresh token Zalo says is spent or revoked is
 * told from a passing fault. zalo-oa.md §1: a failed refresh is a reply without {@code access_token} that carries
 * {@code error}/{@code error_name}/{@code error_description}; Zalo does not publish the code of a used or expired
 * refresh token (its open question 4), so the reply's words decide, and a refusal that names no cause is asked
 * again before it counts.
 */
sealed interface RefreshAttempt {

    /** A new pair. */
    record Granted(ZaloOAuthApi.TokenReply reply) implements RefreshAttempt {
    }

    /** Zalo refused the refresh token itself (invalid, expired, used, revoked): only re-authorizing the OA mends it. */
    record Spent(String reason) implements RefreshAttempt {
    }

    /** Zalo answered without a token and named no cause: asked again, and a refusal if it stays so. */
    record Refused(String reason) implements RefreshAttempt {
    }

    /**
     * Time-out, I/O error, HTTP 5xx, 408 or 429, or a body error {@link ZaloErrorCodes} calls passing ({@code -100},
     * {@code -32}): asked again; the refresh token is still good.
     */
    record Passing(String reason) implements RefreshAttempt {
    }

    /** Any other HTTP status (a wrong {@code oauth-url} or app id): nothing was spent; the settings need fixing. */
    record Misconfigured(int status) implements RefreshAttempt {
    }

    /** Whether asking once more may end differently. */
    default boolean worthRetrying() {
        return this instanceof Passing || this instanceof Refused;
    }

    static RefreshAttempt of(Call<ZaloOAuthApi.TokenReply> call) {
        Response<ZaloOAuthApi.TokenReply> response;
        try {
            response = call.execute();
        } catch (IOException e) {
            return new Passing("in transit: " + e.getClass().getSimpleName());
        }
        if (!response.isSuccessful()) {
            // Not Zalo's refusal of the token (that comes as a body without access_token): the token is unspent.
            if (response.errorBody() != null) {
                response.errorBody().close();
            }
            int status = response.code();
            return status >= 500 || status == 429 || status == 408 ? new Passing("HTTP " + status) : new Misconfigured(status);
        }
        ZaloOAuthApi.TokenReply reply = response.body();
        if (reply == null) {
            return new Refused("empty reply");
        }
        if (reply.granted()) {
            return new Granted(reply);
        }
        String reason = reply.errorName() + ": " + reply.errorDescription() + " (error " + reply.error() + ")";
        ZaloErrorCodes.Outcome outcome = ZaloErrorCodes.of((int) ZaloTokenStore.parseLong(reply.error(), 0)).outcome();
        if (outcome == ZaloErrorCodes.Outcome.TRANSIENT || outcome == ZaloErrorCodes.Outcome.RATE_LIMITED) {
            return new Passing(reason);
        }
        return namesTheRefreshToken(reply) ? new Spent(reason) : new Refused(reason);
    }

    private static boolean namesTheRefreshToken(ZaloOAuthApi.TokenReply reply) {
        String words = (reply.errorName() + " " + reply.errorDescription()).toLowerCase(Locale.ROOT);
        return words.contains("refresh");
    }
}
