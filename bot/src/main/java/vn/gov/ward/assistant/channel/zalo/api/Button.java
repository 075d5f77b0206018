package vn.gov.ward.assistant.channel.zalo.api;

import java.util.Map;
import java.util.Objects;

/**
 * A button under a CS text message (Zalo has no quick replies). A tap on a query button comes back as
 * {@code user_send_text} whose text is the payload.
 *
 * @param value the payload for query buttons, the URL for {@link Type#OPEN_URL}, the phone ({@code 84..}) for
 *              {@link Type#OPEN_PHONE}
 */
public record Button(Type type, String title, String value) {

    public enum Type {
        /** Payload sent back but not shown in the chat: postbacks such as {@code RATE_5}. */
        QUERY_HIDE("oa.query.hide"),
        /** Payload shown as the user's own message. */
        QUERY_SHOW("oa.query.show"),
        OPEN_URL("oa.open.url"),
        OPEN_PHONE("oa.open.phone");

        private final String wire;

        Type(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    public Button {
        Objects.requireNonNull(type, "type");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A button needs a title");
        }
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A button needs a payload, URL or phone");
        }
    }

    public static Button hidden(String title, String payload) {
        return new Button(Type.QUERY_HIDE, title, payload);
    }

    public static Button shown(String title, String payload) {
        return new Button(Type.QUERY_SHOW, title, payload);
    }

    public static Button url(String title, String url) {
        return new Button(Type.OPEN_URL, title, url);
    }

    public static Button phone(String title, String phone84) {
        return new Button(Type.OPEN_PHONE, title, phone84);
    }

    /** The wire form of {@code payload}: a string for query buttons, an object otherwise. */
    Object payload() {
        return switch (type) {
            case QUERY_HIDE, QUERY_SHOW -> value;
            case OPEN_URL -> Map.of("url", value);
            case OPEN_PHONE -> Map.of("phone_code", value);
        };
    }
}
