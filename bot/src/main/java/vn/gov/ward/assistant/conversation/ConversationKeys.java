package vn.gov.ward.assistant.conversation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The conversation module's Redis keys. A conversation's keys carry its id as hash tag
 * ({@code {zalo:8412…}}); the lookup guard's all share the tag {@code {lookup-guard}}, so its
 * script that counts a failure and sets the locks touches one Cluster slot.
 */
final class ConversationKeys {

    private static final String LOOKUP_GUARD = "lookup-guard:{lookup-guard}:";

    private ConversationKeys() {
    }

    /** Hash: the procedure discussed, the choices offered, a dossier code waiting for its check digits. */
    static String state(String conversationId) {
        return "conversation:{" + conversationId + "}";
    }

    /** List: the conversation's last lines, for an officer taking it over. */
    static String transcript(String conversationId) {
        return "conversation:transcript:{" + conversationId + "}";
    }

    /** Present while the citizen has said "dừng thông báo". */
    static String notificationsOff(String conversationId) {
        return "notifications-off:{" + conversationId + "}";
    }

    /** Hash: what the assistant did on one day (kind → count), kept {@link AssistantActivity#KEPT}. */
    static String activity(LocalDate day) {
        return "assistant:activity:" + day;
    }

    /** Failed checks of a dossier code (a counter expiring with the window). */
    static String failuresOfDossier(String dossierCode) {
        return LOOKUP_GUARD + "failures:dossier:" + dossierCode;
    }

    /** Failed checks from a client (IP address or Zalo user, hashed: none of them in key names). */
    static String failuresOfClient(String client) {
        return LOOKUP_GUARD + "failures:client:" + hashed(client);
    }

    static String failuresOverall() {
        return LOOKUP_GUARD + "failures:all";
    }

    static String dossierLock(String dossierCode) {
        return LOOKUP_GUARD + "locked:dossier:" + dossierCode;
    }

    static String clientLock(String client) {
        return LOOKUP_GUARD + "locked:client:" + hashed(client);
    }

    static String overallLock() {
        return LOOKUP_GUARD + "locked:all";
    }

    private static String hashed(String client) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(client.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
