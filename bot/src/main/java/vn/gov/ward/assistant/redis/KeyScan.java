package vn.gov.ward.assistant.redis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.connection.RedisClusterNode;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Every key of a pattern, handed over in batches as SCAN finds them (keys may be deleted as they come):
 * for daily passes over a whole kind of data, never for requests. On a Redis Cluster every master is scanned
 * in turn (a SCAN sees the keys of one node only).
 */
public final class KeyScan {

    private static final int BATCH = 500;

    private KeyScan() {
    }

    /** @param each called with up to 500 keys at a time */
    public static void inBatches(StringRedisTemplate redis, String pattern, Consumer<List<String>> each) {
        ScanOptions options = ScanOptions.scanOptions().match(pattern).count(1000).build();
        List<String> batch = new ArrayList<>();
        redis.execute((RedisCallback<Void>) connection -> {
            if (connection instanceof RedisClusterConnection cluster) {
                for (RedisClusterNode node : cluster.clusterGetNodes()) {
                    if (node.isMaster()) scan(cluster.scan(node, options), batch, each);
                }
            } else {
                scan(connection.keyCommands().scan(options), batch, each);
            }
            return null;
        });
        if (!batch.isEmpty()) each.accept(batch);
    }

    private static void scan(Cursor<byte[]> cursor, List<String> batch, Consumer<List<String>> each) {
        try (Cursor<byte[]> keys = cursor) {
            while (keys.hasNext()) {
                batch.add(new String(keys.next(), StandardCharsets.UTF_8));
                if (batch.size() == BATCH) {
                    each.accept(List.copyOf(batch));
                    batch.clear();
                }
            }
        }
    }

    /** The hash tag of a key ({@code dossier:{CODE}} → {@code CODE}). */
    public static String tag(String key) {
        return key.substring(key.indexOf('{') + 1, key.lastIndexOf('}'));
    }
}
