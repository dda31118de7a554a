package org.grassroots.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.grassroots.shared.Scope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session carries the grant the user had when signing in. On every request the grant is compared
 * with the stored one (one primary-key lookup); a disabled, re-granted or demoted user is signed out
 * at once instead of keeping the old rights until the session ends.
 */
class GrantRevalidationFilter extends OncePerRequestFilter {

    private static final List<String> STATIC = List.of("/webjars/", "/css/", "/js/", "/favicon");

    private final JdbcTemplate jdbc;

    GrantRevalidationFilter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof GrassrootsUser user && !stillGranted(user)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillGranted(GrassrootsUser user) {
        List<Boolean> result = jdbc.query("select role, region_id, party_org_id, enabled from app_user where id = ?",
                (rs, i) -> {
                    Scope scope = user.getScope();
                    Long node = switch (scope.kind()) {
                        case REGION -> (Long) rs.getObject("region_id");
                        case ORG -> (Long) rs.getObject("party_org_id");
                        case NONE -> 0L;
                    };
                    return rs.getBoolean("enabled") && user.getRole().name().equals(rs.getString("role"))
                            && Objects.equals(node, scope.nodeId());
                }, user.getId());
        return !result.isEmpty() && result.get(0);
    }
}
