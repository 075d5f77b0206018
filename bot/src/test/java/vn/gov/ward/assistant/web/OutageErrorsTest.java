package vn.gov.ward.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.http.HttpHeaders;

import io.lettuce.core.RedisException;

/** Redis away: 503 with the time to wait; a Redis failure that is no outage stays a 500. */
class OutageErrorsTest {

    final OutageErrors errors = new OutageErrors();

    @Test
    void redisAwayIs503WithRetryAfterAndARefusedCommandIs500() {
        var away = errors.redis(new RedisSystemException("Redis exception", new RedisException("Currently not connected. Commands are rejected.")));
        assertThat(away.getStatusCode().value()).isEqualTo(503);
        assertThat(away.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(errors.redis(new QueryTimeoutException("Redis command timed out")).getStatusCode().value()).isEqualTo(503);
        assertThat(errors.redis(new RedisSystemException("Error", new RedisException("WRONGTYPE Operation against a key"))).getStatusCode().value())
                .isEqualTo(500);
    }
}
