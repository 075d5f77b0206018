package vn.gov.ward.assistant.officer;

import java.time.Instant;

/**
 * A ward officer who handles dossiers, or a leader who hears about the unit's late ones.
 *
 * @param leaderId the officer's leader (escalations and low ratings go there), or null
 * @param telegram the officer's Telegram chat once linked, or null
 * @param deactivatedAt when an admin deactivated the officer (left, on long leave), or null while active: a
 *                      deactivated officer hears nothing and cannot sign in to the console
 */
public record Officer(String id, String name, String unit, Role role, String leaderId, TelegramLink telegram, Instant deactivatedAt) {

    /** An active officer. */
    public Officer(String id, String name, String unit, Role role, String leaderId, TelegramLink telegram) {
        this(id, name, unit, role, leaderId, telegram, null);
    }

    public enum Role { OFFICER, LEADER }

    /**
     * @param active         false once Telegram refused a message for good (the officer blocked the bot)
     * @param inactiveReason Telegram's words when it went inactive
     */
    public record TelegramLink(long chatId, boolean active, Instant linkedAt, String inactiveReason) {
    }

    /** Whether messages can reach the officer on Telegram now. */
    public boolean reachable() {
        return active() && telegram != null && telegram.active();
    }

    public boolean active() {
        return deactivatedAt == null;
    }

    public boolean isLeader() {
        return role == Role.LEADER;
    }

    Officer withTelegram(TelegramLink link) {
        return new Officer(id, name, unit, role, leaderId, link, deactivatedAt);
    }

    Officer withDeactivatedAt(Instant at) {
        return new Officer(id, name, unit, role, leaderId, telegram, at);
    }

    Officer inUnit(String newUnit) {
        return new Officer(id, name, newUnit, role, leaderId, telegram, deactivatedAt);
    }
}
