/**
 * The Zalo channel: citizens on the ward's Official Account. The webhook and its inbox feed the
 * conversation engine; the sender delivers outbox messages (customer-service messages, ZNS templates
 * outside the 7-day window). The Zalo client and its libraries (Retrofit, OkHttp, Jackson 2) stay in
 * {@code api}, internal to this module.
 */
@ApplicationModule(displayName = "Zalo channel")
package vn.gov.ward.assistant.channel.zalo;

import org.springframework.modulith.ApplicationModule;
