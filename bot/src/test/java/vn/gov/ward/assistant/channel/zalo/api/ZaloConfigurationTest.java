package vn.gov.ward.assistant.channel.zalo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

class ZaloConfigurationTest {

    @RegisterExtension
    static final ZaloFixture fixture = new ZaloFixture();

    @EnableConfigurationProperties(ZaloProperties.class)
    static class Properties {
    }

    /** The context destroys its connection factory on close, so each context gets its own on the shared Redis. */
    static class Redis {

        @Bean
        LettuceConnectionFactory redisConnectionFactory() {
            return new LettuceConnectionFactory(
                    new RedisStandaloneConfiguration("127.0.0.1", fixture.connectionFactory.getPort()));
        }

        @Bean
        StringRedisTemplate stringRedisTemplate(RedisConnectionFactory connectionFactory) {
            return new StringRedisTemplate(connectionFactory);
        }
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withUserConfiguration(Properties.class, Redis.class, ZaloConfiguration.class)
                .withBean(Clock.class, () -> fixture.clock);
    }

    @Test
    void offByDefault() {
        runner().run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(ZaloClient.class).doesNotHaveBean(ZaloTokens.class);
            ZaloProperties properties = context.getBean(ZaloProperties.class);
            assertThat(properties.enabled()).isFalse();
            assertThat(properties.oa().apiUrl()).isEqualTo("https://openapi.zalo.me");
            assertThat(properties.oa().oauthUrl()).isEqualTo("https://oauth.zaloapp.com");
            assertThat(properties.zns().apiUrl()).isEqualTo("https://business.openapi.zalo.me");
            assertThat(properties.zns().templates()).isEmpty();
            assertThat(properties.webhookMaxAge()).as("over Zalo's retries of about 12 hours").isEqualTo(Duration.ofHours(24));
        });
    }

    @Test
    void wiredWhenEnabled() {
        fixture.flush();
        // No tokens configured, so the refresher makes no call; the URLs point nowhere reachable anyway.
        runner().withPropertyValues(
                "zalo.enabled=true",
                "zalo.oa.app-id=app-1",
                "zalo.oa.app-secret=very-secret",
                "zalo.oa.api-url=http://127.0.0.1:9",
                "zalo.oa.oauth-url=http://127.0.0.1:9",
                "zalo.zns.api-url=http://127.0.0.1:9",
                "zalo.zns.templates.dossier-ready.id=234567",
                "zalo.zns.templates.dossier-ready.params.ma_ho_so=dossierCode",
                "zalo.webhook-max-age=2m")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(ZaloClient.class).hasSingleBean(ZaloTokens.class);
                    ZaloProperties properties = context.getBean(ZaloProperties.class);
                    assertThat(properties.webhookMaxAge()).isEqualTo(Duration.ofMinutes(2));
                    ZaloProperties.Template template = properties.zns().template("dossier-ready").orElseThrow();
                    assertThat(template.id()).isEqualTo("234567");
                    assertThat(template.data(Map.of("dossierCode", "HS-001")))
                            .containsExactlyEntriesOf(Map.of("ma_ho_so", "HS-001"));
                    assertThat(properties.oa().toString()).doesNotContain("very-secret");
                    assertThat(context.getBean(ZaloTokens.class).chainBroken()).isTrue();
                });
    }
}
