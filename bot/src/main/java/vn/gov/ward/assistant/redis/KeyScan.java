package vn.gov.ward.assistant.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Every key of a pattern, handed over in batches as SCAN finds them (keys may be deleted as they come):
 * for daily passes over a whole kind of data, never for requests.
 */
public final class KeyScan {

    private static final int BATCH = 500;

    private KeyScan() {
    }

    /** @param each called with up to 500 keys at a time */
    public static void inBatches(StringRedisTemplate redis, String pattern, Consumer<List<String>> each) {
        List<String> batch = new ArrayList<>();
        try (Cursor<String> keys = redis.scan(ScanOptions.scanOptions().match(pattern).count(1000).build())) {
            while (keys.hasNext()) {
                batch.add(keys.next());
                if (batch.size() == BATCH) {
                    each.accept(List.copyOf(batch));
                    batch.clear();
                }
            }
        }
        if (!batch.isEmpty()) each.accept(batch);
    }

    /** The hash tag of a key ({@code dossier:{CODE}} → {@code CODE}). */
    public static String tag(String key) {
        return key.substring(key.indexOf('{') + 1, key.lastIndexOf('}'));
    }
}
