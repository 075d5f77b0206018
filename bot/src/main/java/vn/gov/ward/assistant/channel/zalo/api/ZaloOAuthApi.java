package vn.gov.ward.assistant.channel.zalo.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import retrofit2.Call;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.Header;
import retrofit2.http.POST;

/** OAuth v4 on {@code oauth.zaloapp.com}: authenticated by the app secret, never by an access token. */
interface ZaloOAuthApi {

    /** Rotates the pair: the refresh token sent is dead afterwards, whatever happens to the reply. */
    @FormUrlEncoded
    @POST("v4/oa/access_token")
    Call<TokenReply> refresh(
            @Header("secret_key") String appSecret,
            @Field("refresh_token") String refreshToken,
            @Field("app_id") String appId,
            @Field("grant_type") String grantType);

    /** A refusal has no {@code access_token}, only {@code error}/{@code error_name}/{@code error_description}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenReply(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("expires_in") String expiresIn,
            @JsonProperty("error") String error,
            @JsonProperty("error_name") String errorName,
            @JsonProperty("error_description") String errorDescription) {

        boolean granted() {
            return accessToken != null && !accessToken.isBlank();
        }
    }
}
