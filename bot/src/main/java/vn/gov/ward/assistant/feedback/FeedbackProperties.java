package vn.gov.ward.assistant.feedback;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code feedback.*}.
 *
 * @param answerWithin   working time the office gives itself to answer (whole days are working days)
 * @param fieldOfficers  the officer responsible for each administrative field (the catalogue's "lĩnh vực")
 * @param defaultOfficer who gets feedback whose field is not recognised or not routed
 */
@ConfigurationProperties("feedback")
record FeedbackProperties(
        @DefaultValue("10d") Duration answerWithin,
        @DefaultValue Map<String, String> fieldOfficers,
        @DefaultValue("motcua-01") String defaultOfficer) {
}
