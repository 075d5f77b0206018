package vn.gov.ward.assistant.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code retention.*} ({@code retention.cron}, when the pass runs, is read by its {@code @Scheduled}).
 *
 * @param enabled    runs the daily pass
 * @param keepMonths how long closed dossiers, done tickets and ratings' personal parts are kept after their last change
 */
@ConfigurationProperties("retention")
record RetentionProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("12") int keepMonths) {

    RetentionProperties {
        if (keepMonths < 1) throw new IllegalArgumentException("retention.keep-months must be at least 1, not " + keepMonths);
    }
}
