package vn.gov.ward.assistant.channel.zalo.api;

import org.springframework.context.ApplicationEvent;

/**
 * Published when Zalo refused to refresh the OA token: no instance can call Zalo once the current access token
 * expires, until an OA admin re-authorizes the app and new tokens are set.
 */
public class ZaloTokenChainBroken extends ApplicationEvent {

    private final String reason;

    public ZaloTokenChainBroken(Object source, String reason) {
        super(source);
        this.reason = reason;
    }

    /** Zalo's error name/description, free of tokens. */
    public String reason() {
        return reason;
    }
}
