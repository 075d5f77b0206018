package vn.gov.ward.assistant;

import java.util.stream.Stream;

import org.springframework.modulith.core.ApplicationModuleDetectionStrategy;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.JavaPackage;

/**
 * The assistant's application modules: each feature package, and each channel on its own
 * ({@code channel.zalo}, {@code channel.telegram}, {@code channel.web}) rather than one "channel"
 * module, so that Modulith keeps the channels apart too.
 */
public class AssistantModules implements ApplicationModuleDetectionStrategy {

    private static final String CHANNELS = "channel";

    @Override
    public Stream<JavaPackage> getModuleBasePackages(JavaPackage root) {
        return root.getDirectSubPackages().stream()
                .flatMap(p -> p.getLocalName().equals(CHANNELS) ? p.getDirectSubPackages().stream() : Stream.of(p));
    }

    /** The modules, detected with this strategy (Modulith reads it from {@code spring.modulith.detection-strategy}). */
    static ApplicationModules detect() {
        System.setProperty("spring.modulith.detection-strategy", AssistantModules.class.getName());
        return ApplicationModules.of(AssistantApplication.class);
    }
}
