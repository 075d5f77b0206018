package vn.gov.ward.assistant.channel.zalo.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A follower's profile from {@code /v3.0/oa/user/detail}.
 *
 * @param userId              the per-OA id (= webhook {@code sender.id})
 * @param lastInteractionDate as Zalo writes it; the 7-day CS window counts from the last interaction
 * @param sharedInfo          present only after the user shared it ({@code request_user_info}); personal data
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserDetail(
        @JsonProperty("user_id") String userId,
        @JsonProperty("user_id_by_app") String userIdByApp,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("user_alias") String userAlias,
        @JsonProperty("avatar") String avatar,
        @JsonProperty("user_is_follower") boolean follower,
        @JsonProperty("user_last_interaction_date") String lastInteractionDate,
        @JsonProperty("shared_info") SharedInfo sharedInfo) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SharedInfo(String name, String phone, String address, String city, String district) {

        // Personal data: keep it out of logs that print the record.
        @Override
        public String toString() {
            return "SharedInfo[<hidden>]";
        }
    }
}
