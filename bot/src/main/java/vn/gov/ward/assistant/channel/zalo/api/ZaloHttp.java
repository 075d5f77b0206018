package vn.gov.ward.assistant.channel.zalo.api;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/** Builds the HTTP side: one OkHttp pool, Jackson 2 (Retrofit's converter; Spring MVC keeps Jackson 3), three APIs. */
final class ZaloHttp {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private ZaloHttp() {
    }

    static OkHttpClient baseClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(READ_TIMEOUT)
                .writeTimeout(READ_TIMEOUT)
                .callTimeout(CALL_TIMEOUT)
                // A retried POST could send a message twice: retries are the caller's decision (SendOutcome.Retry).
                .retryOnConnectionFailure(false)
                .build();
    }

    /** Shares {@code base}'s pool and adds the OA {@code access_token} header read from {@link ZaloTokens} per call. */
    static OkHttpClient withAccessToken(OkHttpClient base, ZaloTokens tokens) {
        return base.newBuilder().addInterceptor(accessTokenInterceptor(tokens)).build();
    }

    static ObjectMapper json() {
        return new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    static <T> T api(Class<T> type, String baseUrl, OkHttpClient client, ObjectMapper json) {
        return new Retrofit.Builder()
                .baseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/")
                .client(client)
                .addConverterFactory(JacksonConverterFactory.create(json))
                .validateEagerly(true)
                .build()
                .create(type);
    }

    private static Interceptor accessTokenInterceptor(ZaloTokens tokens) {
        return chain -> {
            String token = tokens.accessToken();
            Request request = chain.request();
            if (token != null) {
                request = request.newBuilder().header("access_token", token).build();
            }
            return chain.proceed(request);
        };
    }
}
