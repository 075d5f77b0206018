package vn.gov.ward.suites;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.test.context.BootstrapUtils;

/**
 * A suite's classes with those sharing a Spring application context one after the other: the contexts in the order of
 * their first class's name, each context's classes by name; the same order in every run. Spring pauses the context a
 * class leaves (its workers, schedulers and Telegram client stop) and starts it again when a later class needs it,
 * a second or more each time: by name alone, the application suite went from one of its five contexts to another 19
 * times. Two classes share a context when Spring's cache key for them, their merged context configuration, is equal.
 */
public class ByContextThenName implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        Comparator<ClassDescriptor> byName = Comparator.comparing(c -> c.getTestClass().getName());
        Map<ClassDescriptor, Object> contexts = new HashMap<>();
        Map<Object, String> firstClass = new HashMap<>();
        context.getClassDescriptors().stream().sorted(byName).forEach(c -> {
            Object key = contextOf(c.getTestClass());
            contexts.put(c, key);
            firstClass.putIfAbsent(key, c.getTestClass().getName());
        });
        context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor c) -> firstClass.get(contexts.get(c))).thenComparing(byName));
    }

    private static Object contextOf(Class<?> testClass) {
        return BootstrapUtils.resolveTestContextBootstrapper(testClass).buildMergedContextConfiguration();
    }
}
