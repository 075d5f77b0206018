package vn.gov.ward.assistant.survey;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code survey.*}.
 *
 * @param linkValidFor  how long a rating link works
 * @param linkSecret    signs rating links; from the environment (when empty, one is generated and kept in Redis)
 * @param publicUrl     the assistant's address as citizens reach it, for rating links
 * @param remindAfter   working time without an answer before the one reminder (whole days are working days)
 * @param target        the ward's satisfaction target (share of ratings 4–5)
 */
@ConfigurationProperties("survey")
record SurveyProperties(
        @DefaultValue("14d") Duration linkValidFor,
        String linkSecret,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("2d") Duration remindAfter,
        @DefaultValue("0.9") double target) {
}
