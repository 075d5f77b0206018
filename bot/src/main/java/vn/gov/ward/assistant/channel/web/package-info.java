/**
 * The web chat channel: the page at {@code /} and its endpoint, with the session's inbox for
 * messages the assistant starts (an officer's answer).
 */
@ApplicationModule(displayName = "Web chat channel")
package vn.gov.ward.assistant.channel.web;

import org.springframework.modulith.ApplicationModule;
