package vn.gov.ward.assistant.conversation;

import java.util.List;

/** One message from the assistant, with the choices a citizen can tap. Channels render it their way. */
public record Reply(String text, List<Button> buttons) {

    public Reply {
        buttons = List.copyOf(buttons);
    }

    public static Reply text(String text) {
        return new Reply(text, List.of());
    }

    /** A choice; tapping it sends {@code payload} back as the citizen's next message. */
    public record Button(String title, String payload) {
    }
}
