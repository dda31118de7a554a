package org.grassroots.security;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may call which route, by role (the matrix in docs/security.md). Which objects they reach is
 * the Scope's business: an object outside the scope answers 404.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String[] LEVEL_ROLES = {"CITY_ADMIN", "DISTRICT_OFFICIAL", "STREET_STAFF", "COMMUNITY_SECRETARY",
            "BRANCH_SECRETARY"};
    static final String[] MEMBER_WRITERS = {"STREET_STAFF", "COMMUNITY_SECRETARY", "BRANCH_SECRETARY"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The security chain records no observations of its own. Spring Security would otherwise wrap each of its
     * filters, and each authentication and access decision, in an observation with its meters: a few dozen on
     * every request, about 5 % of a page's request thread at city scale, for figures nothing reads. The
     * request as a whole is still observed (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginAttempts attempts,
            org.springframework.jdbc.core.JdbcTemplate jdbc) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws IOException, jakarta.servlet.ServletException {
                attempts.succeeded(authentication.getName());
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        success.setDefaultTargetUrl("/");
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error") {
            @Override
            public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                    AuthenticationException exception) throws IOException, jakarta.servlet.ServletException {
                if (exception instanceof BadCredentialsException) {
                    attempts.failed(request.getParameter("username"));
                }
                super.onAuthenticationFailure(request, response, exception);
            }
        };
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/favicon.svg", "/error",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**").hasRole("SYSTEM_ADMIN")
                        .requestMatchers("/account/**", "/").authenticated()
                        .requestMatchers(GET, "/members/new", "/members/*/edit").hasAnyRole(MEMBER_WRITERS)
                        .requestMatchers(POST, "/members", "/members/*", "/members/*/id-number")
                        .hasAnyRole(MEMBER_WRITERS)
                        .requestMatchers(GET, "/members", "/members/export", "/members/*").hasAnyRole(LEVEL_ROLES)
                        .requestMatchers(GET, "/orgs/new", "/orgs/*/edit").hasAnyRole(LEVEL_ROLES)
                        .requestMatchers(POST, "/orgs", "/orgs/*", "/orgs/*/close", "/orgs/*/reopen")
                        .hasAnyRole(LEVEL_ROLES)
                        .requestMatchers(GET, "/orgs/*").hasAnyRole(LEVEL_ROLES)
                        .requestMatchers(GET, "/regions/*", "/regions/*/compliance", "/regions/*/reminders",
                                "/regions/*/membership")
                        .hasAnyRole(LEVEL_ROLES)
                        // organizational life: secretaries and street staff record, every level reads
                        .requestMatchers(GET, "/orgs/*/meetings/new", "/meetings/*/edit", "/orgs/*/meetings/attendees")
                        .hasAnyRole(MEMBER_WRITERS)
                        .requestMatchers(POST, "/orgs/*/meetings", "/meetings/*", "/meetings/*/delete")
                        .hasAnyRole(MEMBER_WRITERS)
                        .requestMatchers(GET, "/orgs/*/meetings", "/orgs/*/meetings/ledger", "/meetings/*")
                        .hasAnyRole(LEVEL_ROLES)
                        // grid Party building: community and street staff and secretaries keep the grid map
                        .requestMatchers(GET, "/regions/*/grids", "/regions/*/grid-gaps", "/grids/*")
                        .hasAnyRole(LEVEL_ROLES)
                        .requestMatchers(GET, "/regions/*/grids/new", "/grids/*/edit", "/grids/*/children/new",
                                "/grids/*/cadres/new", "/grid-cadres/*/edit").hasAnyRole(MEMBER_WRITERS)
                        .requestMatchers(POST, "/regions/*/grids", "/grids/*", "/grids/*/children", "/grids/*/close",
                                "/grids/*/cadres", "/grid-cadres/*", "/grid-cadres/*/end").hasAnyRole(MEMBER_WRITERS)
                        // working in a unit, active in the community: resident units, unit and member reporting,
                        // service posts and services, employer feedback; every level reads, community and
                        // street staff record
                        .requestMatchers(GET, "/regions/*/reporting", "/regions/*/resident-units", "/resident-units/*",
                                "/regions/*/member-reports", "/member-reports/*", "/regions/*/service-posts",
                                "/regions/*/feedback", "/regions/*/feedback/sheet", "/regions/*/feedback/sheet.xlsx")
                        .hasAnyRole(LEVEL_ROLES)
                        .requestMatchers(GET, "/regions/*/resident-units/new", "/resident-units/*/edit",
                                "/resident-units/*/reports/new", "/unit-reports/*/edit", "/regions/*/member-reports/new",
                                "/member-reports/*/edit", "/member-reports/*/services/new", "/service-records/*/edit",
                                "/regions/*/service-posts/new", "/service-posts/*/edit").hasAnyRole(MEMBER_WRITERS)
                        .requestMatchers(POST, "/regions/*/resident-units", "/resident-units/*", "/resident-units/*/close",
                                "/resident-units/*/reports", "/unit-reports/*", "/unit-reports/*/receive",
                                "/unit-reports/*/end", "/regions/*/member-reports", "/member-reports/*",
                                "/member-reports/*/renew", "/member-reports/*/end", "/member-reports/*/services",
                                "/service-records/*", "/service-records/*/delete", "/regions/*/service-posts",
                                "/service-posts/*", "/service-posts/*/close").hasAnyRole(MEMBER_WRITERS)
                        // volunteers and service venues
                        .requestMatchers(GET, "/regions/*/volunteers", "/volunteers/*", "/regions/*/volunteer-activities",
                                "/volunteer-activities/*", "/regions/*/venues", "/venues/*").hasAnyRole(LEVEL_ROLES)
                        .requestMatchers(GET, "/regions/*/volunteers/new", "/volunteers/*/edit",
                                "/regions/*/volunteer-activities/new", "/volunteer-activities/*/edit",
                                "/regions/*/venues/new", "/venues/*/edit").hasAnyRole(MEMBER_WRITERS)
                        .requestMatchers(POST, "/regions/*/volunteers", "/volunteers/*", "/volunteers/*/leave",
                                "/regions/*/volunteer-activities", "/volunteer-activities/*",
                                "/volunteer-activities/*/hours", "/volunteer-activities/*/hours/*/delete",
                                "/regions/*/venues", "/venues/*", "/venues/*/close").hasAnyRole(MEMBER_WRITERS)
                        // member development: every level reads the board, probation and a person's steps;
                        // secretaries and street staff record steps; only street staff decide approvals
                        .requestMatchers(GET, "/development", "/development.xlsx", "/development/probation",
                                "/development/probation.xlsx", "/members/*/development")
                        .hasAnyRole(LEVEL_ROLES)
                        .requestMatchers(POST, "/members/*/development/steps", "/members/*/development/steps/*/correct")
                        .hasAnyRole(MEMBER_WRITERS)
                        .requestMatchers(GET, "/development/approvals", "/development/approvals/*")
                        .hasRole("STREET_STAFF")
                        .requestMatchers(POST, "/development/approvals/*/approve", "/development/approvals/*/return")
                        .hasRole("STREET_STAFF")
                        // Party dues: every level reads the ledgers, secretaries and street staff record bases,
                        // payments and reduction requests, the street working committee decides reductions
                        .requestMatchers(GET, "/orgs/*/dues", "/orgs/*/dues.xlsx", "/orgs/*/dues/year",
                                "/orgs/*/dues/year.xlsx", "/orgs/*/dues/arrears", "/members/*/dues", "/dues/reductions",
                                "/regions/*/dues").hasAnyRole(LEVEL_ROLES)
                        .requestMatchers(GET, "/members/*/dues/bases/new", "/members/*/dues/payments/new",
                                "/members/*/dues/reductions/new", "/dues/payments/*/void").hasAnyRole(MEMBER_WRITERS)
                        .requestMatchers(POST, "/members/*/dues/bases", "/members/*/dues/payments",
                                "/members/*/dues/reductions", "/dues/payments/*/void").hasAnyRole(MEMBER_WRITERS)
                        .requestMatchers(POST, "/dues/reductions/*/approve", "/dues/reductions/*/reject")
                        .hasRole("STREET_STAFF")
                        // transfers of organizational relationship: every level reads the transfers of its
                        // scope (either side); secretaries and street staff draft, send, receive and return
                        .requestMatchers(GET, "/members/*/transfers/new", "/transfers/new-in").hasAnyRole(MEMBER_WRITERS)
                        .requestMatchers(POST, "/members/*/transfers", "/transfers/in", "/transfers/*/send",
                                "/transfers/*/receive", "/transfers/*/return", "/transfers/*/cancel")
                        .hasAnyRole(MEMBER_WRITERS)
                        .requestMatchers(GET, "/transfers", "/transfers/*").hasAnyRole(LEVEL_ROLES)
                        // floating members: every level reads the lists, outflows and inflows of its scope;
                        // secretaries and street staff record outflows, contacts, returns, decisions and inflows
                        .requestMatchers(GET, "/members/*/outflows/new", "/floating/outflows/*/edit",
                                "/floating/inflows/new", "/floating/inflows/*/edit").hasAnyRole(MEMBER_WRITERS)
                        .requestMatchers(POST, "/members/*/outflows", "/floating/outflows/*",
                                "/floating/outflows/*/contacts", "/floating/outflows/*/return",
                                "/floating/outflows/*/decision", "/floating/inflows", "/floating/inflows/*",
                                "/floating/inflows/*/end").hasAnyRole(MEMBER_WRITERS)
                        .requestMatchers(GET, "/floating", "/floating.xlsx", "/floating/outflows/*",
                                "/floating/inflows/*").hasAnyRole(LEVEL_ROLES)
                        // "two new" organizations: every level reads the registry and the coverage; community
                        // and street staff and secretaries register, move, change coverage and close
                        .requestMatchers(GET, "/regions/*/new-orgs", "/regions/*/new-orgs.xlsx", "/regions/*/coverage",
                                "/new-orgs/*").hasAnyRole(LEVEL_ROLES)
                        .requestMatchers(GET, "/regions/*/new-orgs/new", "/new-orgs/*/edit", "/new-orgs/*/move",
                                "/new-orgs/*/coverage", "/new-orgs/*/close").hasAnyRole(MEMBER_WRITERS)
                        .requestMatchers(POST, "/regions/*/new-orgs", "/new-orgs/*", "/new-orgs/*/move",
                                "/new-orgs/*/coverage", "/new-orgs/*/close", "/new-orgs/*/members",
                                "/new-orgs/*/members/*/unlink").hasAnyRole(MEMBER_WRITERS)
                        // regional Party building: every level reads the joint meetings, agreements and the three
                        // lists; community and street staff and secretaries record them and a unit's contacts
                        .requestMatchers(GET, "/regions/*/regional", "/regions/*/joint-meeting", "/regions/*/agreements",
                                "/agreements/*", "/regions/*/needs", "/regions/*/resources", "/regions/*/projects",
                                "/regions/*/matching").hasAnyRole(LEVEL_ROLES)
                        .requestMatchers(GET, "/regions/*/joint-meeting/members/new", "/joint-members/*/edit",
                                "/regions/*/joint-meetings/new", "/joint-meetings/*/edit", "/regions/*/follow-ups/new",
                                "/follow-ups/*/edit", "/regions/*/agreements/new", "/agreements/*/edit",
                                "/regions/*/needs/new", "/needs/*/edit", "/resident-units/*/resources/new",
                                "/resources/*/edit", "/regions/*/projects/new", "/projects/*/edit",
                                "/resident-units/*/contacts/new", "/unit-contacts/*/edit").hasAnyRole(MEMBER_WRITERS)
                        .requestMatchers(POST, "/regions/*/joint-meeting/members", "/joint-members/*",
                                "/regions/*/joint-meetings", "/joint-meetings/*", "/regions/*/follow-ups", "/follow-ups/*",
                                "/regions/*/agreements", "/agreements/*", "/agreements/*/reviews", "/regions/*/needs",
                                "/needs/*", "/resident-units/*/resources", "/resources/*", "/resources/*/withdraw",
                                "/regions/*/projects", "/projects/*", "/resident-units/*/contacts", "/unit-contacts/*",
                                "/unit-contacts/*/delete").hasAnyRole(MEMBER_WRITERS)
                        // audit trail: the system administrator and the city's organization department
                        .requestMatchers(GET, "/audit", "/audit.xlsx").hasAnyRole("SYSTEM_ADMIN", "CITY_ADMIN")
                        // workforce and funds: every level reads the worker team and the funds with their
                        // exports; secretaries and street staff keep the roster, budget lines and spending
                        .requestMatchers(GET, "/regions/*/workers", "/regions/*/workers.xlsx", "/regions/*/funds",
                                "/regions/*/funds.xlsx").hasAnyRole(LEVEL_ROLES)
                        .requestMatchers(GET, "/regions/*/workers/new", "/workers/*/edit", "/workers/*/leave",
                                "/regions/*/funds/budget/new", "/regions/*/funds/spending/new", "/fund-budgets/*/edit",
                                "/fund-spendings/*/edit").hasAnyRole(MEMBER_WRITERS)
                        .requestMatchers(POST, "/regions/*/workers", "/workers/*", "/workers/*/leave",
                                "/regions/*/funds/budget", "/regions/*/funds/spending", "/fund-budgets/*",
                                "/fund-budgets/*/delete", "/fund-spendings/*", "/fund-spendings/*/delete")
                        .hasAnyRole(MEMBER_WRITERS)
                        // member import (three path segments or more: the GET /members/* rule does not catch them)
                        .requestMatchers(GET, "/members/import/upload", "/members/import/template.xlsx",
                                "/members/import/jobs/*", "/members/import/jobs/*/progress",
                                "/members/import/jobs/*/errors.xlsx").hasAnyRole(MEMBER_WRITERS)
                        .requestMatchers(POST, "/members/import/upload", "/members/import/jobs/*/commit",
                                "/members/import/jobs/*/cancel").hasAnyRole(MEMBER_WRITERS)
                        // readiness: every level reads 三有一化 per community and its export
                        .requestMatchers(GET, "/regions/*/readiness", "/regions/*/readiness.xlsx")
                        .hasAnyRole(LEVEL_ROLES)
                        // community access: every level reads a street's registry, a community's approved items,
                        // one item and the burden; the city, district and street register and amend, the street
                        // (or the district) decides
                        .requestMatchers(GET, "/regions/*/access", "/regions/*/access.xlsx", "/regions/*/access/burden",
                                "/access/*").hasAnyRole(LEVEL_ROLES)
                        .requestMatchers(GET, "/regions/*/access/new", "/access/*/edit")
                        .hasAnyRole("CITY_ADMIN", "DISTRICT_OFFICIAL", "STREET_STAFF")
                        .requestMatchers(POST, "/regions/*/access", "/access/*")
                        .hasAnyRole("CITY_ADMIN", "DISTRICT_OFFICIAL", "STREET_STAFF")
                        .requestMatchers(POST, "/access/*/approve", "/access/*/refuse")
                        .hasAnyRole("DISTRICT_OFFICIAL", "STREET_STAFF")
                        // read API: a user's own access tokens (/account/tokens) are covered by /account/** above;
                        // /api/** never reaches this chain: api.ApiSecurityConfig orders its own bearer-token chain first
                        // tasks: the city, districts and streets issue; every level reads its lists, acts on
                        // what it received and forwards it down (the scope decides which rows are its own)
                        .requestMatchers(GET, "/tasks/new").hasAnyRole("CITY_ADMIN", "DISTRICT_OFFICIAL", "STREET_STAFF")
                        .requestMatchers(POST, "/tasks").hasAnyRole("CITY_ADMIN", "DISTRICT_OFFICIAL", "STREET_STAFF")
                        .requestMatchers(GET, "/tasks", "/tasks/inbox", "/tasks/*", "/tasks/*/recipients.xlsx",
                                "/task-recipients/*", "/task-recipients/*/forward").hasAnyRole(LEVEL_ROLES)
                        .requestMatchers(POST, "/task-recipients/*/acknowledge", "/task-recipients/*/progress",
                                "/task-recipients/*/complete", "/task-recipients/*/forward").hasAnyRole(LEVEL_ROLES)
                        // settings: the city settings page, its reset and its change history are city policy
                        .requestMatchers("/settings", "/settings/reset", "/settings/history").hasRole("CITY_ADMIN")
                        // dashboard: every data role with a region scope reads its regions' dashboards
                        .requestMatchers(GET, "/regions/*/dashboard", "/regions/*/dashboard.xlsx",
                                "/regions/*/dashboard/members", "/regions/*/dashboard/tables")
                        .hasAnyRole(LEVEL_ROLES)
                        // assessment: the city and districts define indicator trees and score by hand (the
                        // service lets only the owner level change a tree); every level reads the scores of
                        // the regions in its scope
                        .requestMatchers(GET, "/assessment/trees/new", "/assessment/trees/*/edit",
                                "/assessment/indicators/*/edit").hasAnyRole("CITY_ADMIN", "DISTRICT_OFFICIAL")
                        .requestMatchers(POST, "/assessment/**").hasAnyRole("CITY_ADMIN", "DISTRICT_OFFICIAL")
                        .requestMatchers(GET, "/assessment", "/assessment/trees/*", "/assessment/trees/*/scores",
                                "/assessment/trees/*/scores.xlsx", "/assessment/trees/*/regions/*")
                        .hasAnyRole(LEVEL_ROLES)
                        // lists: the Excel copies of the arrears list, the three regional lists and the
                        // volunteer list, read by every level like the pages they copy (same scope, same filter)
                        .requestMatchers(GET, "/orgs/*/dues/arrears.xlsx", "/regions/*/needs.xlsx",
                                "/regions/*/resources.xlsx", "/regions/*/projects.xlsx", "/regions/*/volunteers.xlsx")
                        .hasAnyRole(LEVEL_ROLES)
                        // the requirement table and the service categories are city policy
                        .requestMatchers("/settings/requirements", "/settings/requirements/**").hasRole("CITY_ADMIN")
                        .requestMatchers("/settings/service-categories", "/settings/service-categories/**")
                        .hasRole("CITY_ADMIN")
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").successHandler(success).failureHandler(failure)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .invalidateHttpSession(true).deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
                                + "style-src 'self'; img-src 'self' data:; font-src 'self'; form-action 'self'; "
                                + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()))
                .addFilterAfter(new GrantRevalidationFilter(jdbc), BasicAuthenticationFilter.class)
                .addFilterAfter(new MustChangePasswordFilter(), GrantRevalidationFilter.class);
        return http.build();
    }
}
