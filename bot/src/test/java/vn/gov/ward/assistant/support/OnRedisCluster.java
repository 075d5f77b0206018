package vn.gov.ward.assistant.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * The assistant of a test class runs on the JVM's 3-master Redis Cluster ({@link RedisClusterForTests}) through
 * {@code spring.data.redis.cluster.nodes}, instead of its embedded Redis; with {@code replicas = true} on the one whose
 * masters each have a replica ({@link RedisClusterForTests#withReplicas}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(OnRedisCluster.Factory.class)
@Tag("redis-cluster")
public @interface OnRedisCluster {

    /** On the cluster whose masters have replicas, for a master that dies. */
    boolean replicas() default false;

    final class Factory implements ContextCustomizerFactory {
        @Override
        public ExternalRedis createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
            OnRedisCluster on = TestContextAnnotationUtils.findMergedAnnotation(testClass, OnRedisCluster.class);
            return on != null && on.replicas() ? ExternalRedis.CLUSTER_WITH_REPLICAS : ExternalRedis.CLUSTER;
        }
    }
}
