package vn.gov.ward.assistant.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The console's Redis keys: the sign-in throttle's counters, which all share the hash tag
 * {@code {login-guard}} so the script that counts a failure on both stays in one Cluster slot.
 * Account names and addresses are hashed: neither appears in key names.
 */
final class ConsoleKeys {

    private static final String LOGIN_GUARD = "login-guard:{login-guard}:";

    private ConsoleKeys() {
    }

    /** Failed sign-ins to an account (a counter that lives for the throttle's window). */
    static String failuresOfAccount(String username) {
        return LOGIN_GUARD + "account:" + hashed(username.strip().toLowerCase(Locale.ROOT));
    }

    /** Failed sign-ins from a client address. */
    static String failuresOfClient(String address) {
        return LOGIN_GUARD + "client:" + hashed(address);
    }

    private static String hashed(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
