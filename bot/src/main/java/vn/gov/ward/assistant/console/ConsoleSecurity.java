package vn.gov.ward.assistant.console;

import java.io.IOException;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.gov.ward.assistant.console.internal.ConsoleProperties;

/**
 * People sign in to the console with a form; this chain serves only the console's paths, before the
 * API's chain (which authenticates systems by key and keeps no session). CSRF tokens on every form,
 * a session that ends after {@code server.servlet.session.timeout} of quiet, failed sign-ins
 * throttled ({@link LoginThrottle}). Admin pages live under {@code /console/admin/}, the reports
 * under {@code /console/reports/}: a new page there is guarded by where it is.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
class ConsoleSecurity {

    static final String LOGIN = "/login";
    private static final String ARGON2 = "argon2@SpringSecurity_v5_8";

    /** Argon2id for new hashes; bcrypt hashes are accepted too. */
    @Bean
    PasswordEncoder consolePasswordEncoder() {
        return new DelegatingPasswordEncoder(ARGON2,
                Map.of(ARGON2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain consoleFilterChain(HttpSecurity http, LoginThrottle throttle) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler toConsole = new SavedRequestAwareAuthenticationSuccessHandler();
        toConsole.setDefaultTargetUrl("/console");
        return http
                .securityMatcher("/console", "/console/**", LOGIN, "/logout", "/webjars/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(LOGIN, "/console/forbidden", "/console/assets/**", "/webjars/**").permitAll()
                        .requestMatchers("/console/admin/**").hasRole(ConsoleProperties.Role.ADMIN.name())
                        .requestMatchers("/console/reports/**").hasAnyRole(ConsoleProperties.Role.LEADER.name(), ConsoleProperties.Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN)
                        .successHandler((request, response, authentication) -> {
                            throttle.succeeded(authentication.getName());
                            toConsole.onAuthenticationSuccess(request, response, authentication);
                        })
                        .failureHandler((request, response, e) -> {
                            boolean throttled = throttle.recordFailure(username(request), request.getRemoteAddr());
                            response.sendRedirect(request.getContextPath() + LOGIN + (throttled ? "?locked" : "?error"));
                        }))
                .addFilterBefore(new ThrottledSignIns(throttle), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN + "?logout"))
                .exceptionHandling(e -> e.accessDeniedPage("/console/forbidden"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
                                + "form-action 'self'; base-uri 'self'")))
                .build();
    }

    private static String username(HttpServletRequest request) {
        String username = request.getParameter("username");
        return username == null ? "" : username;
    }

    /** A sign-in to a throttled account or from a throttled address is turned back before its password is checked. */
    private static final class ThrottledSignIns extends OncePerRequestFilter {

        private final LoginThrottle throttle;

        ThrottledSignIns(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod()) && LOGIN.equals(request.getServletPath()));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (throttle.throttled(username(request), request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + LOGIN + "?locked");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
