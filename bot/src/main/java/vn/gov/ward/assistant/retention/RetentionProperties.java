package vn.gov.ward.assistant.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code retention.*}.
 *
 * @param enabled    runs the daily pass
 * @param keepMonths how long closed dossiers, done tickets and ratings' personal parts are kept after their last change
 * @param cron       when the pass runs, in the ward's time zone
 */
@ConfigurationProperties("retention")
record RetentionProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("12") int keepMonths,
        @DefaultValue("0 30 2 * * *") String cron) {

    RetentionProperties {
        if (keepMonths < 1) throw new IllegalArgumentException("retention.keep-months must be at least 1, not " + keepMonths);
    }
}
