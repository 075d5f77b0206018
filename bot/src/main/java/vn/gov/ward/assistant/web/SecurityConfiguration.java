package vn.gov.ward.assistant.web;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Citizens' endpoints (the chat, procedure search, the page itself) are public; the intake API of
 * the ward's other systems needs an API key ({@code assistant.api-keys}). The API is stateless JSON,
 * so no session and no CSRF token. Of the actuator only health is public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * No observation around each filter of the chain on every request: nobody reads them (only health is
     * exposed) and they cost the webhook about a third of its throughput (BENCHMARKS.md, "Zalo channel").
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, JsonMapper json,
                                            @Value("${assistant.api-keys:}") String apiKeys) throws Exception {
        ApiKeyFilter apiKeyFilter = new ApiKeyFilter(apiKeys);
        if (!apiKeyFilter.hasKeys()) log.warn("assistant.api-keys is empty: the intake API refuses every request");
        return http
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(apiKeyFilter, AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers("/api/v1/dossiers/**", "/api/v1/outbox/**", "/api/v1/officers/**", "/api/v1/surveys/**",
                                "/api/v1/reports/**", "/api/v1/dead-letters/**").hasRole(ApiKeyFilter.ROLE)
                        .anyRequest().permitAll())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                    response.setStatus(HttpStatus.UNAUTHORIZED.value());
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    json.writeValue(response.getOutputStream(), new ApiError(401, "Unauthorized",
                            "A valid API key is required in the " + ApiKeyFilter.HEADER + " header", List.of()));
                }))
                .build();
    }
}
