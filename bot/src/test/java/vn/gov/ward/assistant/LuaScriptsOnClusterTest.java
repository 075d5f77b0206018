package vn.gov.ward.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.ClusterSlotHashUtil;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.integration.redis.util.RedisLockRegistry;

import vn.gov.ward.assistant.redis.EmbeddedRedisDefault;
import vn.gov.ward.assistant.support.RedisClusterForTests;

/**
 * Every Lua script of the assistant runs on a real 3-master Redis Cluster with its keys named as the application
 * names them (by the modules' {@code …Keys} classes), and none fails with CROSSSLOT or touches a key of another
 * node. The scripts are found in the compiled classes (every static {@link RedisScript} field): a script added
 * without a run here fails {@link #everyScriptOfTheAssistantIsRunHere}. The libraries' scripts (Bucket4j's buckets,
 * {@link RedisLockRegistry}'s locks) are single-key and run by the flows on the cluster; the lock is run here too.
 */
class LuaScriptsOnClusterTest {

    static final String CODE = "000.32.33.H26-260310-0001";
    static final String NOW = "2026-03-10T02:00:00Z";
    static final String MILLIS = "1773108000000";
    static StringRedisTemplate cluster;

    /** Script (its class relative to vn.gov.ward.assistant, then its field) → each way the application runs it. */
    static final Map<String, List<Run>> RUNS = new TreeMap<>();

    record Run(List<String> keys, List<String> args) {
    }

    static void run(String script, List<String> keys, String... args) {
        RUNS.computeIfAbsent(script, s -> new ArrayList<>()).add(new Run(keys, List.of(args)));
    }

    static {
        Keys zalo = new Keys("channel.zalo.ZaloKeys");
        run("channel.zalo.ZaloInteractions.LATEST", List.of(zalo.call("interaction", "8412001")), MILLIS, "604800000");
        run("channel.zalo.api.ZaloTokenStore.SEED_SCRIPT", List.of(new Keys("channel.zalo.api.ZaloTokenStore").constant("KEY")),
                "seed", "access", "refresh", MILLIS, MILLIS);
        run("channel.zalo.ZaloTaps.FIRST_SHAPE", List.of(zalo.call("tap", "8412001", "xem đủ giấy tờ")), MILLIS, "TEXT", "ev-1", "3000", "604800000");
        run("channel.zalo.ZaloInbox.KEEP_ONCE", List.of(zalo.constant("EVENT_IDS"), zalo.constant("EVENTS")), "604800000", "{}", "ev-1");
        run("channel.zalo.ZaloInfoRequests.FIRST_ASK", List.of(zalo.constant("INFO_REQUESTED")), "8412001", "ev-1");

        Keys conversation = new Keys("conversation.ConversationKeys");
        run("conversation.AssistantActivity.COUNT", List.of(conversation.call("activity", LocalDate.of(2026, 3, 10))), "ANSWERED", "60000");
        run("conversation.Transcripts.RECORD", List.of(conversation.call("transcript", "zalo:8412001")), "60000", "50", "Người dân: xin chào");
        run("conversation.LookupGuard.RECORD_FAILURE", List.of(conversation.call("failuresOfDossier", CODE),
                conversation.call("failuresOfClient", "web-ip:203.0.113.7"), conversation.constant("failuresOverall"),
                conversation.call("dossierLock", CODE), conversation.call("clientLock", "web-ip:203.0.113.7"),
                conversation.constant("overallLock")), "3600000", "5", "20", "300", "3600000", "900000");

        Keys console = new Keys("console.ConsoleKeys");
        run("console.LoginThrottle.RECORD_FAILURE", List.of(console.call("failuresOfAccount", "admin"),
                console.call("failuresOfClient", "203.0.113.7")), "900000", "5", "20");

        Keys dossier = new Keys("dossier.internal.DossierKeys");
        run("dossier.internal.DossierStore.WRITE", List.of(dossier.call("dossier", CODE), dossier.call("pendingEffects", CODE)),
                "absent", "", "{}", "{\"previous\":\"\"}");
        run("dossier.internal.PendingEffects.FORGET", List.of(dossier.constant("PENDING_EFFECTS_INDEX")), CODE, MILLIS, "000.32.33.H26-260310-0002", MILLIS);

        Keys outbox = new Keys("outbox.OutboxKeys");
        for (String channel : List.of("zalo", "telegram", "web")) {
            String id = channel + "-1";
            List<String> message = List.of(outbox.call("message", channel, id));
            String waiting = outbox.call("waiting", channel);
            for (int lane : new int[] {0, 1}) { // lane 0's keys are the single-lane outbox's; the others' only add "lane-n:"
                String stream = outbox.call("stream", channel, lane);
                String retries = outbox.call("retries", channel, lane);
                run("outbox.Outbox.ENQUEUE", List.of(outbox.call("idempotency", channel, "key-1"), message.get(0), stream,
                        outbox.call("queuedAt", channel), waiting), id, "{}", NOW, "key-1", MILLIS, MILLIS);
                run("outbox.Outbox.RECORD", List.of(message.get(0), outbox.call("failed", channel), outbox.call("provider", channel, "p-1"),
                        retries, waiting), "FAILED", NOW, "timeout", "p-1", "1", MILLIS, id, MILLIS, "1");
                run("outbox.Outbox.REPLAY", List.of(message.get(0), outbox.call("failed", channel), stream, waiting), id, NOW, MILLIS);
                run("outbox.OutboxWorker.RELEASE_DUE", List.of(retries, stream), MILLIS, "100");
            }
            run("outbox.SendLeases.TAKE", List.of(message.get(0), outbox.call("sending", channel, id)), "instance-1", "120000");
            run("outbox.SendLeases.RELEASE", List.of(outbox.call("sending", channel, id)), "instance-1");
            run("outbox.OutboxWorker.PACE", List.of(outbox.call("pace", channel)), "33334");
            run("outbox.Outbox.CANCEL", List.of(message.get(0), waiting), "CANCELLED", NOW, id);
            run("outbox.Outbox.REMOVE", List.of(message.get(0), outbox.call("idempotency", channel, "key-1"), outbox.call("provider", channel, "p-1"),
                    outbox.call("queuedAt", channel), outbox.call("failed", channel), waiting), id);
        }

        run("channel.telegram.TelegramSender.CHAT_SLOT", List.of(new Keys("channel.telegram.TelegramKeys").call("chatPace", "-100123")), "1000");

        Keys upkeep = new Keys("upkeep.UpkeepKeys");
        List<String> questions = List.of(upkeep.constant("QUESTIONS"), upkeep.constant("QUESTION_DETAILS"));
        run("upkeep.WardAdditionsStore.APPLY", List.of(upkeep.constant("ADDITIONS"), upkeep.constant("VERSION"), upkeep.constant("CHANGES"),
                upkeep.constant("UNDONE"), questions.get(0), questions.get(1)), "0", "{}", "{}", "q-1", "", "1");
        run("upkeep.QuestionInbox.COUNT", questions, "q-1", "{}", "500");
        run("upkeep.QuestionInbox.DISMISS", questions, "q-1");

        // The single-key writes with a lifetime, on the keys of the modules that use them.
        run("redis.Expiring.HASH_PUT", List.of(conversation.call("state", "zalo:8412001")), "60000", "procedure", "1.001193");
        run("redis.Expiring.HASH_PUT", List.of(new Keys("handoff.HandOffKeys").call("handOff", "h-1")), "60000", "officer", "cb-1");
        run("redis.Expiring.HASH_PUT", List.of(new Keys("reminder.ReminderKeys").call("pending", CODE)), "60000", "telegram-1", "DUE_SOON");
        run("redis.Expiring.INCREMENT", List.of(new Keys("handoff.HandOffKeys").call("messageCount", "h-1")), "60000");
        run("redis.Expiring.LIST_PUSH", List.of(new Keys("channel.web.WebInbox").call("key", "session-1")), "60000", "{}");

        // Every stream consumer: its stream, its dead letters and their reasons (in the dead-letter stream's slot).
        Keys redis = new Keys("redis.RedisKeys");
        List<List<String>> consumers = new ArrayList<>(List.of(List.of(zalo.constant("EVENTS"), zalo.constant("DEAD_LETTERS")),
                List.of(dossier.constant("EFFECTS"), dossier.constant("EFFECTS_DEAD_LETTERS"))));
        for (String channel : List.of("zalo", "telegram", "web")) {
            for (int lane : new int[] {0, 1}) consumers.add(List.of(outbox.call("stream", channel, lane), outbox.call("deadLetters", channel, lane)));
        }
        for (List<String> c : consumers) {
            String reasons = redis.call("deadLetterReasons", c.get(1));
            run("redis.StreamConsumer.DONE", List.of(c.get(0), reasons), "group", "1-1");
            run("redis.StreamConsumer.DEAD_LETTER", List.of(c.get(0), c.get(1), reasons), "group", "1-1", "why", "3", "10000");
            run("redis.DeadLetters.REPLAY", List.of(c.get(1), c.get(0)), "1-1");
        }
    }

    @BeforeAll
    static void onTheCluster() {
        cluster = RedisClusterForTests.shared().template();
    }

    @AfterAll
    static void noKeysLeftForTheApplicationSuites() {
        RedisClusterForTests.shared().empty();
    }

    @Test
    void everyScriptRunsOnTheClusterWithItsKeysInOneSlot() {
        Map<String, RedisScript<?>> scripts = scriptsOfTheAssistant();
        RUNS.forEach((name, runs) -> {
            RedisScript<?> script = scripts.get(name);
            assertThat(script).as("a script named %s", name).isNotNull();
            for (Run run : runs) {
                assertThat(run.keys().stream().map(ClusterSlotHashUtil::calculateSlot).distinct()).as("%s on %s", name, run.keys()).hasSize(1);
                cluster.execute(script, run.keys(), run.args().toArray()); // CROSSSLOT or a key of another node would throw
            }
        });
    }

    @Test
    void everyScriptOfTheAssistantIsRunHere() {
        assertThat(new TreeSet<>(RUNS.keySet())).as("scripts run on the cluster by this test")
                .isEqualTo(new TreeSet<>(scriptsOfTheAssistant().keySet()));
    }

    @Test
    void aLockOfTheLockRegistryIsTakenAndFreedOnTheCluster() {
        RedisLockRegistry locks = new RedisLockRegistry(cluster.getRequiredConnectionFactory(), "reminder-locks", 10_000);
        var lock = locks.obtain("pass");
        assertThat(lock.tryLock()).isTrue();
        lock.unlock();
        assertThat(lock.tryLock()).as("free again").isTrue();
        lock.unlock();
    }

    /** Every static {@link RedisScript} field of the assistant's classes, by class (relative to the root package) and field. */
    static Map<String, RedisScript<?>> scriptsOfTheAssistant() {
        try {
            Path classes = Path.of(EmbeddedRedisDefault.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Map<String, RedisScript<?>> scripts = new TreeMap<>();
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
                    if (!name.startsWith("vn.gov.ward.assistant.")) continue;
                    for (Field field : Class.forName(name, false, LuaScriptsOnClusterTest.class.getClassLoader()).getDeclaredFields()) {
                        if (Modifier.isStatic(field.getModifiers()) && RedisScript.class.isAssignableFrom(field.getType())) {
                            field.setAccessible(true);
                            scripts.put(name.substring("vn.gov.ward.assistant.".length()) + "." + field.getName(), (RedisScript<?>) field.get(null));
                        }
                    }
                }
            }
            return scripts;
        } catch (IOException | URISyntaxException | ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A module's package-private {@code …Keys} class, read as the application reads it. */
    record Keys(Class<?> type) {
        Keys(String name) {
            this(load("vn.gov.ward.assistant." + name));
        }

        private static Class<?> load(String name) {
            try {
                return Class.forName(name);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }

        /** A constant key, or the key of a method without arguments. */
        String constant(String name) {
            try {
                if (Arrays.stream(type.getDeclaredFields()).anyMatch(f -> f.getName().equals(name))) {
                    Field field = type.getDeclaredField(name);
                    field.setAccessible(true);
                    return (String) field.get(null);
                }
                return call(name);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        String call(String method, Object... args) {
            try {
                Method m = Arrays.stream(type.getDeclaredMethods()).filter(d -> d.getName().equals(method) && d.getParameterCount() == args.length)
                        .findFirst().orElseThrow(() -> new NoSuchMethodException(type.getName() + "." + method));
                m.setAccessible(true);
                return (String) m.invoke(null, args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
