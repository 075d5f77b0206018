package vn.gov.ward.assistant.web;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import jakarta.servlet.DispatcherType;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.redis.EmbeddedRedisDefault;

/**
 * Deny by default: every path needs the API key ({@code assistant.api-keys}) except those named public here,
 * which citizens and the platforms reach: the web chat page and its endpoint, the rating page, the Zalo and
 * Telegram webhooks (each checks its own signature or secret), and the health probes. The OpenAPI document
 * and Swagger UI are public only where {@code assistant.api-docs-public} says so; unset, that is the embedded
 * default (no Redis configured), a developer's machine. The API is stateless JSON, so no session
 * and no CSRF token. Of the actuator only health (details for a key holder) and, with the API key, the Prometheus
 * scrape are reachable.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * No observation around each filter of the chain on every request: nobody reads them (the metrics are the
     * assistant's own and the HTTP server's) and they cost the webhook about a third of its throughput (BENCHMARKS.md, "Zalo channel").
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json,
                                            @Value("${assistant.api-keys:}") String apiKeys,
                                            @Value("${assistant.api-docs-public:}") String apiDocsPublic,
                                            Environment environment) throws Exception {
        ApiKeyFilter apiKeyFilter = new ApiKeyFilter(apiKeys);
        if (!apiKeyFilter.hasKeys()) log.warn("assistant.api-keys is empty: the intake API refuses every request");
        boolean docsPublic = apiDocsPublic(apiDocsPublic, EmbeddedRedisDefault.applies(environment));
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(apiKeyFilter, AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> {
                    // The container's own error page for what was already refused or failed.
                    auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                            .requestMatchers(HttpMethod.GET, "/", "/index.html").permitAll()
                            .requestMatchers(HttpMethod.POST, "/api/v1/chat").permitAll()
                            .requestMatchers(HttpMethod.GET, "/api/v1/chat/welcome", "/api/v1/chat/*/updates").permitAll()
                            .requestMatchers(HttpMethod.GET, "/danh-gia/*").permitAll()
                            .requestMatchers(HttpMethod.POST, "/danh-gia/*").permitAll()
                            .requestMatchers(HttpMethod.POST, "/webhooks/zalo", "/webhooks/telegram").permitAll()
                            .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers(HttpMethod.GET, "/actuator/prometheus").hasRole(ApiKeyFilter.ROLE)
                            .requestMatchers("/actuator/**").denyAll();
                    if (docsPublic) auth.requestMatchers(HttpMethod.GET, API_DOCS).permitAll();
                    auth.anyRequest().hasRole(ApiKeyFilter.ROLE);
                })
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                    response.setStatus(HttpStatus.UNAUTHORIZED.value());
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    json.writeValue(response.getOutputStream(), new ApiError(401, "Unauthorized",
                            "A valid API key is required in the " + ApiKeyFilter.HEADER + " header", List.of()));
                }))
                .build();
    }

    /** Set: as set; unset: public in the embedded default only (no external Redis configured). */
    static boolean apiDocsPublic(String setting, boolean embeddedRedis) {
        return setting == null || setting.isBlank() ? embeddedRedis : Boolean.parseBoolean(setting.strip());
    }
}
