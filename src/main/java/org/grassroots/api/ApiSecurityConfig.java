package org.grassroots.api;

import static org.springframework.http.HttpMethod.GET;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The read API's own filter chain, before the web chain (which stays as it is): /api/** is stateless and
 * signed in only by a bearer token (no session, no form login, no CSRF since nothing but GET is
 * allowed). The five data roles may read, as on the pages; a refusal is JSON, never a redirect.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfig {

    static final String[] READERS = {"CITY_ADMIN", "DISTRICT_OFFICIAL", "STREET_STAFF", "COMMUNITY_SECRETARY",
            "BRANCH_SECRETARY"};

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, TokenService tokens, UserDetailsService users)
            throws Exception {
        http.securityMatcher("/api/**")
                // api: GET /api/v1/** for the five data roles signed in by a token; anything else is refused
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(GET, "/api/v1/**").hasAnyRole(READERS)
                        .anyRequest().denyAll())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> unauthorized(response))
                        .accessDeniedHandler((request, response, ex) -> write(response,
                                HttpServletResponse.SC_FORBIDDEN, "forbidden")))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(f -> f.deny()))
                .addFilterBefore(new BearerTokenFilter(tokens, users), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    static void unauthorized(HttpServletResponse response) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized");
    }

    private static void write(HttpServletResponse response, int status, String error) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"" + error + "\"}");
    }
}
