package org.grassroots.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.grassroots.security.GrassrootsUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in as the owner of its bearer token, with the Scope the owner's pages have (the
 * user is loaded the way sign-in loads them, so the grant is the current one). A token that is unknown,
 * revoked or expired, or whose user is disabled, answers 401 at once; a request without a token goes on
 * anonymously and the rules refuse it. Each use is audited.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final TokenService tokens;
    private final UserDetailsService users;

    BearerTokenFilter(TokenService tokens, UserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            ApiSecurityConfig.unauthorized(response);
            return;
        }
        Optional<ApiToken> token = tokens.usable(header.substring(BEARER.length()).trim());
        Optional<GrassrootsUser> user = token.flatMap(t -> tokens.usernameOf(t.getUserId())).flatMap(this::load)
                .filter(UserDetails::isEnabled);
        if (user.isEmpty()) {
            ApiSecurityConfig.unauthorized(response);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        tokens.used(token.get(), user.get().getUsername(), request.getMethod(),
                request.getRequestURI().substring(request.getContextPath().length()));
        chain.doFilter(request, response);
    }

    private Optional<GrassrootsUser> load(String username) {
        try {
            return users.loadUserByUsername(username) instanceof GrassrootsUser u ? Optional.of(u) : Optional.empty();
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }
}
