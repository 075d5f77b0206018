package vn.gov.ward.assistant.channel.zalo.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Zalo's envelope: errors mostly arrive with HTTP 200, so {@code error} (0 = OK) is what counts. */
@JsonIgnoreProperties(ignoreUnknown = true)
record ZaloReply<T>(int error, String message, T data) {

    boolean ok() {
        return error == 0;
    }
}
