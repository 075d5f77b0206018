package vn.gov.ward.assistant.upkeep;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code assistant.upkeep.*}.
 *
 * @param inboxSize how many different unanswered questions are kept, the least asked dropped first
 */
@ConfigurationProperties("assistant.upkeep")
record UpkeepProperties(@DefaultValue("2000") int inboxSize) {
}
