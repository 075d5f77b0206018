package vn.gov.ward.assistant.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import vn.gov.ward.assistant.AssistantApplication;
import vn.gov.ward.assistant.AssistantTest;

/**
 * One assistant started in this JVM on a free port against a Redis that is already running (never the embedded
 * default), so that several instances share one Redis as they do in a deployment: the real catalogue and the
 * project's ward layer, the tests' API key, a data directory of its own. For the tests and the benchmark of
 * several instances.
 */
public final class AssistantInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private AssistantInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * @param properties settings on top of the common ones (channels, limits…)
     * @param sources    configuration classes added to the application's (e.g. a test clock)
     */
    public static AssistantInstance start(String name, int redisPort, Map<String, String> properties, Class<?>... sources) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("server.port", "0");
        all.put("spring.data.redis.host", "127.0.0.1");
        all.put("spring.data.redis.port", Integer.toString(redisPort));
        all.put("spring.main.banner-mode", "off");
        all.put("assistant.ward-file", "../config/ward.yml");
        all.put("assistant.holidays-dir", "../config/holidays");
        all.put("assistant.data-dir", "target/test-data/" + name + "-" + UUID.randomUUID());
        all.put("assistant.api-keys", AssistantTest.API_KEY);
        all.put("assistant.demo-data", "false");
        all.putAll(properties);
        List<Class<?>> classes = new ArrayList<>(List.of(AssistantApplication.class));
        classes.addAll(List.of(sources));
        String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        // Instances started together (as a deployment starts them) set up the JVM's one logging system one at a time:
        // Logback configured by two threads at once lost Spring Boot's converters ("no conversion class registered for
        // [clr]") and failed a start. The rest of their starts still run side by side.
        AtomicBoolean loggingReady = new AtomicBoolean();
        Runnable releaseLogging = () -> {
            if (loggingReady.compareAndSet(false, true)) LOGGING_SETUP.release();
        };
        LOGGING_SETUP.acquireUninterruptibly();
        try {
            return new AssistantInstance(new SpringApplicationBuilder(classes.toArray(Class<?>[]::new))
                    .listeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) e -> releaseLogging.run()).run(args));
        } finally {
            releaseLogging.run();
        }
    }

    /** Held by an instance's start until its logging is set up (its environment prepared; Spring Boot's listener runs first). */
    private static final Semaphore LOGGING_SETUP = new Semaphore(1);

    public int port() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Every bean of a type (the channels' senders, say). */
    public <T> Collection<T> beans(Class<T> type) {
        return context.getBeansOfType(type).values();
    }

    @Override
    public void close() {
        context.close();
    }
}
