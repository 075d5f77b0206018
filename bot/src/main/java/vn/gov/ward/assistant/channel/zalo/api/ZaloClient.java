package vn.gov.ward.assistant.channel.zalo.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;

import retrofit2.Call;
import retrofit2.Response;

/**
 * Zalo OA and ZNS, typed. Failures come back as a {@link SendOutcome}, never as an exception; an access token
 * Zalo refuses is refreshed once (see {@link ZaloTokens}) and the call retried once.
 */
public class ZaloClient {

    private static final Logger log = LoggerFactory.getLogger(ZaloClient.class);

    public static final int MAX_TEXT_LENGTH = 2000;
    public static final int MAX_BUTTONS = 5;
    static final int RATING_PAGE_SIZE = 100;
    private static final int MAX_RATING_PAGES = 1000;

    static final Duration RATE_LIMIT_WAIT = Duration.ofMinutes(1);
    /** Out of quota or balance, or a per-phone daily cap: no point trying again within the hour. */
    static final Duration QUOTA_WAIT = Duration.ofHours(1);

    private final ZaloOaApi oa;
    private final ZnsApi zns;
    private final ZaloTokens tokens;
    private final ObjectMapper json;

    ZaloClient(ZaloOaApi oa, ZnsApi zns, ZaloTokens tokens, ObjectMapper json) {
        this.oa = oa;
        this.zns = zns;
        this.tokens = tokens;
        this.json = json;
    }

    /**
     * A customer-service text, optionally with buttons; reaches only users who interacted in the last 7 days.
     *
     * @param text at most {@value #MAX_TEXT_LENGTH} characters: splitting longer replies is the caller's job
     * @throws IllegalArgumentException for a blank or too long text, or more than {@value #MAX_BUTTONS} buttons
     */
    public SendOutcome sendText(String userId, String text, List<Button> buttons) {
        requireText(userId, "userId");
        requireText(text, "text");
        if (text.codePointCount(0, text.length()) > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("Zalo texts are at most " + MAX_TEXT_LENGTH + " characters");
        }
        List<Button> list = buttons == null ? List.of() : buttons;
        if (list.size() > MAX_BUTTONS) {
            throw new IllegalArgumentException("Zalo allows at most " + MAX_BUTTONS + " buttons");
        }
        ZaloOaApi.Attachment attachment = list.isEmpty() ? null
                : new ZaloOaApi.Attachment("template", new ZaloOaApi.ButtonsPayload(list.stream()
                        .map(b -> new ZaloOaApi.ButtonJson(b.title(), b.type().wire(), b.payload()))
                        .toList()));
        ZaloOaApi.CsMessage message = new ZaloOaApi.CsMessage(
                new ZaloOaApi.Recipient(userId), new ZaloOaApi.Message(text, attachment));
        return outcome("CS text to user " + userId, call(() -> oa.sendCs(message)), ZaloOaApi.CsSent::messageId);
    }

    /**
     * Zalo's form asking the user to share name and phone ({@code request_user_info}, zalo-oa.md §3), a CS message:
     * only within the 7-day window. The answer comes as a {@code user_submit_info} event.
     *
     * @param imageUrl the picture above the form, or null for none
     */
    public SendOutcome requestUserInfo(String userId, String title, String subtitle, String imageUrl) {
        requireText(userId, "userId");
        requireText(title, "title");
        ZaloOaApi.Attachment form = new ZaloOaApi.Attachment("template", new ZaloOaApi.InfoRequestPayload("request_user_info",
                List.of(new ZaloOaApi.InfoRequestElement(title, subtitle, imageUrl))));
        ZaloOaApi.CsMessage message = new ZaloOaApi.CsMessage(new ZaloOaApi.Recipient(userId), new ZaloOaApi.Message(null, form));
        return outcome("request for the phone of user " + userId, call(() -> oa.sendCs(message)), ZaloOaApi.CsSent::messageId);
    }

    /**
     * A ZNS template message by phone number (costs money; works outside the 7-day window).
     *
     * @param phone84    {@code 84..}; never logged
     * @param trackingId our reference, echoed in delivery and rating events; may be null
     */
    public SendOutcome sendTemplate(String phone84, String templateId, Map<String, String> data, String trackingId) {
        requireText(phone84, "phone84");
        requireText(templateId, "templateId");
        ZnsApi.TemplateMessage message = new ZnsApi.TemplateMessage(
                phone84, templateId, data == null ? Map.of() : data, trackingId);
        return outcome("ZNS template " + templateId + " tracking " + trackingId, call(() -> zns.sendTemplate(message)),
                ZnsApi.ZnsSent::msgId);
    }

    /** The user's profile; empty when Zalo does not give it (unknown user, any error: logged). */
    public Optional<UserDetail> userDetail(String userId) {
        requireText(userId, "userId");
        String data;
        try {
            data = json.writeValueAsString(Map.of("user_id", userId));
        } catch (JacksonException e) {
            throw new IllegalStateException(e);
        }
        Result<UserDetail> result = call(() -> oa.userDetail(data));
        if (result instanceof Result.Failed<UserDetail> failed) {
            log.warn("Zalo profile of user {} not read: {}", userId, failed.outcome());
            return Optional.empty();
        }
        return Optional.ofNullable(((Result.Ok<UserDetail>) result).data());
    }

    /**
     * All ratings of a ZNS rating template submitted between {@code from} and {@code to}, page by page.
     *
     * @throws ZaloApiException when a page cannot be read (a partial list would mislead a reconciliation)
     */
    public List<Rating> ratings(String templateId, Instant from, Instant to) {
        requireText(templateId, "templateId");
        List<Rating> ratings = new ArrayList<>();
        int offset = 0;
        for (int page = 0; page < MAX_RATING_PAGES; page++) {
            int pageOffset = offset;
            Result<ZnsApi.RatingPage> result = call(() -> zns.ratings(
                    templateId, from.toEpochMilli(), to.toEpochMilli(), pageOffset, RATING_PAGE_SIZE));
            if (result instanceof Result.Failed<ZnsApi.RatingPage> failed) {
                throw new ZaloApiException("ZNS ratings of template " + templateId + " at offset " + offset,
                        failed.outcome());
            }
            ZnsApi.RatingPage body = ((Result.Ok<ZnsApi.RatingPage>) result).data();
            List<ZnsApi.RatingItem> items = body == null || body.data() == null ? List.of() : body.data();
            items.forEach(item -> ratings.add(rating(item)));
            offset += items.size();
            if (items.isEmpty() || offset >= body.total()) {
                return ratings;
            }
        }
        throw new ZaloApiException("ZNS ratings of template " + templateId + " never ended",
                new SendOutcome.Permanent(0, "more than " + MAX_RATING_PAGES + " pages"));
    }

    /** Runs a call; on a token error refreshes once and runs a fresh copy once more. */
    private <T> Result<T> call(Supplier<Call<ZaloReply<T>>> request) {
        Result<T> result = once(request.get());
        if (result instanceof Result.TokenRefused<T> refused) {
            boolean renewed = tokens.refreshAfterRejection(refused.sentToken());
            if (renewed) {
                result = once(request.get());
            }
            if (result instanceof Result.TokenRefused<T> still) {
                return new Result.Failed<>(renewed
                        ? new SendOutcome.Permanent(still.code(), "access token refused after refresh")
                        : tokens.chainBroken()
                                ? new SendOutcome.Permanent(still.code(), "access token refused; token chain broken")
                                : new SendOutcome.Retry("access token refused; refresh failed for now", null));
            }
        }
        return result;
    }

    private <T> Result<T> once(Call<ZaloReply<T>> call) {
        Response<ZaloReply<T>> response;
        try {
            response = call.execute();
        } catch (JacksonException e) {
            return new Result.Failed<>(new SendOutcome.Permanent(0, "unreadable reply: " + e.getOriginalMessage()));
        } catch (InterruptedIOException e) {
            return new Result.Failed<>(new SendOutcome.Retry("timeout", null));
        } catch (IOException e) {
            return new Result.Failed<>(new SendOutcome.Retry("I/O error: " + e.getClass().getSimpleName(), null));
        }
        if (!response.isSuccessful()) {
            int status = response.code();
            if (response.errorBody() != null) {
                response.errorBody().close();
            }
            return new Result.Failed<>(status == 429 ? new SendOutcome.Retry("HTTP 429", RATE_LIMIT_WAIT)
                    : status >= 500 || status == 408 ? new SendOutcome.Retry("HTTP " + status, null)
                    : new SendOutcome.Permanent(status, "HTTP " + status));
        }
        ZaloReply<T> reply = response.body();
        if (reply == null) {
            return new Result.Failed<>(new SendOutcome.Permanent(0, "empty reply"));
        }
        if (reply.ok()) {
            return new Result.Ok<>(reply.data());
        }
        if (ZaloErrorCodes.of(reply.error()).outcome() == ZaloErrorCodes.Outcome.TOKEN) {
            return new Result.TokenRefused<>(reply.error(), response.raw().request().header("access_token"));
        }
        return new Result.Failed<>(classify(reply.error(), reply.message()));
    }

    /** What a body error code means for the send, by {@link ZaloErrorCodes}: the one table of codes. */
    static SendOutcome classify(int code, String message) {
        ZaloErrorCodes.Code row = ZaloErrorCodes.of(code);
        String reason = row.meaning() != null ? row.meaning() : message != null ? message : "unknown error";
        return switch (row.outcome()) {
            case OUTSIDE_WINDOW -> new SendOutcome.OutsideWindow(code);
            case RATE_LIMITED -> new SendOutcome.Retry("rate limited (" + code + ")", RATE_LIMIT_WAIT);
            case QUOTA -> new SendOutcome.Retry("out of quota (" + code + ")", QUOTA_WAIT);
            case TRANSIENT -> new SendOutcome.Retry(reason + " (" + code + ")", null);
            case TOKEN, FINAL -> new SendOutcome.Permanent(code, reason);
        };
    }

    private static <T> SendOutcome outcome(String what, Result<T> result,
            java.util.function.Function<T, String> messageId) {
        if (result instanceof Result.Ok<T> ok) {
            return new SendOutcome.Sent(ok.data() == null ? null : messageId.apply(ok.data()));
        }
        SendOutcome outcome = ((Result.Failed<T>) result).outcome();
        log.warn("Zalo {} not sent: {}", what, outcome);
        return outcome;
    }

    private static Rating rating(ZnsApi.RatingItem item) {
        Instant submitted = null;
        try {
            submitted = item.submitDate() == null ? null : Instant.ofEpochMilli(Long.parseLong(item.submitDate().trim()));
        } catch (NumberFormatException e) {
            // Left null: a rating without a readable time is still a rating.
        }
        return new Rating(item.rate(), item.note(), item.feedbacks(), item.msgId(), item.trackingId(), submitted);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private sealed interface Result<T> {

        record Ok<T>(T data) implements Result<T> {
        }

        record Failed<T>(SendOutcome outcome) implements Result<T> {
        }

        record TokenRefused<T>(int code, String sentToken) implements Result<T> {
        }
    }
}
