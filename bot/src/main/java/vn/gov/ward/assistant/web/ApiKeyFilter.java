package vn.gov.ward.assistant.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Authenticates the ward's other systems by the key in {@code X-Api-Key}, compared in constant
 * time with each configured key. A request without a valid key stays anonymous and protected
 * endpoints answer 401.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Api-Key";
    static final String ROLE = "INTEGRATION";

    private final List<byte[]> keys;

    ApiKeyFilter(String commaSeparatedKeys) {
        this.keys = Arrays.stream(commaSeparatedKeys.split(",")).map(String::strip).filter(k -> !k.isEmpty())
                .map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
    }

    boolean hasKeys() {
        return !keys.isEmpty();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HEADER);
        if (presented != null && matches(presented.getBytes(StandardCharsets.UTF_8))) {
            var auth = new UsernamePasswordAuthenticationToken("integration", null, AuthorityUtils.createAuthorityList("ROLE_" + ROLE));
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
        chain.doFilter(request, response);
    }

    private boolean matches(byte[] presented) {
        boolean match = false;
        for (byte[] key : keys) match |= MessageDigest.isEqual(key, presented);
        return match;
    }
}
