package vn.gov.ward.assistant.web;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;
import vn.gov.ward.assistant.redis.RateLimits;

/** The public endpoints' rate limits, ahead of the security chain: a flood is turned away before any other work. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    FilterRegistrationBean<PublicRateLimitFilter> publicRateLimitFilter(RateLimits limits, JsonMapper json) {
        FilterRegistrationBean<PublicRateLimitFilter> registration = new FilterRegistrationBean<>(new PublicRateLimitFilter(limits, json));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
