package vn.gov.ward.assistant.channel.zalo.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

/** The OA API on {@code openapi.zalo.me}; the {@code access_token} header is added by an interceptor. */
interface ZaloOaApi {

    /** A customer-service message: reaches only users who interacted in the last 7 days. */
    @POST("v3.0/oa/message/cs")
    Call<ZaloReply<CsSent>> sendCs(@Body CsMessage message);

    /** @param data URL-encoded JSON, e.g. {@code {"user_id":"..."}} */
    @GET("v3.0/oa/user/detail")
    Call<ZaloReply<UserDetail>> userDetail(@Query("data") String data);

    record CsMessage(Recipient recipient, Message message) {
    }

    record Recipient(@JsonProperty("user_id") String userId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Message(String text, Attachment attachment) {
    }

    /** {@code payload} is {@link ButtonsPayload} under a text, {@link InfoRequestPayload} on its own. */
    record Attachment(String type, Object payload) {
    }

    /** Zalo's form asking the user for name and phone (zalo-oa.md §3); the answer comes as {@code user_submit_info}. */
    record InfoRequestPayload(@JsonProperty("template_type") String templateType, List<InfoRequestElement> elements) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record InfoRequestElement(String title, String subtitle, @JsonProperty("image_url") String imageUrl) {
    }

    record ButtonsPayload(List<ButtonJson> buttons) {
    }

    /** {@code payload} is a string for the query types and an object for url/phone. */
    record ButtonJson(String title, String type, Object payload) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CsSent(
            @JsonProperty("message_id") String messageId,
            @JsonProperty("user_id") String userId,
            @JsonProperty("sent_time") String sentTime) {
    }
}
