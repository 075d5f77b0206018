package vn.gov.ward.assistant.conversation;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code assistant.welcome.*}: the procedures the greeting offers as buttons, by their code in the
 * catalogue, so that a tap answers exactly that procedure (a name searched again could find a variant of it).
 * Checked against the catalogue at start.
 *
 * @param procedures the buttons, in order
 */
@ConfigurationProperties("assistant.welcome")
record WelcomeProperties(@DefaultValue List<Shortcut> procedures) {

    /**
     * @param title what the button says
     * @param code  the procedure's code in the catalogue, e.g. {@code 1.001193}
     */
    record Shortcut(String title, String code) {
        Shortcut {
            if (title == null || title.isBlank() || code == null || code.isBlank()) {
                throw new IllegalArgumentException("a welcome button needs a title and a procedure code");
            }
        }
    }
}
