package vn.gov.ward.assistant.channel.zalo.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

/** ZNS on {@code business.openapi.zalo.me}, with the same OA access token. */
interface ZnsApi {

    @POST("message/template")
    Call<ZaloReply<ZnsSent>> sendTemplate(@Body TemplateMessage message);

    /** Times are epoch milliseconds; only templates of (or granted to) this app are readable. */
    @GET("rating/get")
    Call<ZaloReply<RatingPage>> ratings(
            @Query("template_id") String templateId,
            @Query("from_time") long fromMillis,
            @Query("to_time") long toMillis,
            @Query("offset") int offset,
            @Query("limit") int limit);

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TemplateMessage(
            String phone,
            @JsonProperty("template_id") String templateId,
            @JsonProperty("template_data") Map<String, String> templateData,
            @JsonProperty("tracking_id") String trackingId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ZnsSent(@JsonProperty("msg_id") String msgId, @JsonProperty("sent_time") String sentTime) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RatingPage(int total, List<RatingItem> data) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RatingItem(
            int rate,
            String note,
            List<String> feedbacks,
            String msgId,
            String trackingId,
            String submitDate) {
    }
}
