/**
 * The Telegram channel: the officers' bot. Commands, reminder buttons and replies to tickets and
 * hand-offs come in; the sender delivers outbox messages to officers' chats. TelegramBots and its
 * Jackson 2 stay in this module.
 */
@ApplicationModule(displayName = "Telegram channel")
package vn.gov.ward.assistant.channel.telegram;

import org.springframework.modulith.ApplicationModule;
