package vn.gov.ward.assistant;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code assistant.*}.
 *
 * @param wardFile        the ward layer over the national catalogue (office details, keywords)
 * @param dataDir         where the embedded Redis keeps its files
 * @param conversationTtl how long a quiet conversation remembers the procedure it was about
 */
@ConfigurationProperties("assistant")
public record AssistantProperties(
        @DefaultValue("config/ward.yml") String wardFile,
        @DefaultValue("./data") String dataDir,
        @DefaultValue("30m") Duration conversationTtl) {

    // Plain strings bound, paths made here: Boot's Path conversion treats relative values as class-path resources.
    public Path wardPath() {
        return Path.of(wardFile);
    }

    public Path dataPath() {
        return Path.of(dataDir);
    }
}
