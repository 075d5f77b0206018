package vn.gov.ward.assistant.redis;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the assistant runs its embedded Redis: only when no Redis is configured, neither standalone
 * ({@code spring.data.redis.url} or {@code .host}) nor Sentinel ({@code .sentinel.master}) nor Cluster
 * ({@code .cluster.nodes}, a comma-separated value or a YAML list).
 */
public final class EmbeddedRedisDefault implements Condition {

    private static final List<String> CONFIGURED_REDIS = List.of("spring.data.redis.url", "spring.data.redis.host",
            "spring.data.redis.sentinel.master", "spring.data.redis.cluster.nodes");

    public static boolean applies(Environment environment) {
        Binder binder = Binder.get(environment);
        return CONFIGURED_REDIS.stream()
                .flatMap(property -> binder.bind(property, Bindable.listOf(String.class)).map(List::stream).orElseGet(Stream::empty))
                .allMatch(String::isBlank);
    }

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return applies(context.getEnvironment());
    }
}
