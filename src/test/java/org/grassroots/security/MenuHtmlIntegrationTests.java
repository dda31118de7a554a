package org.grassroots.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.shared.web.FragmentHtml;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The main menu is rendered once for each menu, home region and language and kept: each user still
 * sees the links of their own home and their own language, and rendering it in the middle of a page
 * leaves the page's own request attributes (its model, its form errors) as they were.
 */
class MenuHtmlIntegrationTests extends WebIntegrationTestBase {

    private static final Pattern DASHBOARD = Pattern.compile("id=\"nav-dashboard\" href=\"([^\"]+)\"");

    @Autowired
    private FragmentHtml fragments;

    @Test
    void shouldShowEachUserTheMenuOfTheirOwnHomeInTheirOwnLanguage() throws Exception {
        for (String user : List.of("city", "district", "street", "community")) {
            String page = page(user, "zh-CN");
            assertThat(dashboardLink(page)).as(user).isEqualTo("/regions/" + regionOf(user) + "/dashboard");
            assertThat(page).as(user).contains("id=\"nav-members\" href=\"/members\">党员</a>");
            // the same kept menu in English, then in Chinese again
            assertThat(page(user, "en")).as(user).contains("id=\"nav-members\" href=\"/members\">Members</a>")
                    .contains("/regions/" + regionOf(user) + "/dashboard");
            assertThat(page(user, "zh-CN")).as(user).isEqualTo(page);
        }
        // the branch secretary's menu has no region pages; the system administrator's none of the records
        assertThat(page("branch", "zh-CN")).contains("id=\"nav-floating\"").doesNotContain("id=\"nav-dashboard\"");
        assertThat(page("admin", "zh-CN")).contains("id=\"nav-users\"").doesNotContain("id=\"nav-members\"");
    }

    @Test
    void shouldLeaveTheRequestAttributesOfThePageAsTheyWere() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/members");
        request.setAttribute("page", "the page's own model");
        request.setAttribute("navMenu", "a page value of the same name");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, new MockHttpServletResponse()));
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            Map<String, Object> before = attributes(request);
            Map<String, Object> model = new HashMap<>();
            model.put("navMenu", new Navigation.Menu(true, true, true, false, false, false));
            model.put("navHome", 4321L);
            String menu = fragments.render("fragments/menu :: menu", model);

            assertThat(menu).contains("href=\"/regions/4321/dashboard\"").doesNotContain("nav-users");
            assertThat(attributes(request)).isEqualTo(before);
        } finally {
            RequestContextHolder.resetRequestAttributes();
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private String page(String user, String language) throws Exception {
        String html = html(mvc.perform(get("/account/password").param("lang", language).with(as(user)))
                .andExpect(status().isOk()).andReturn());
        // the form token differs from request to request
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    private static String dashboardLink(String html) {
        Matcher m = DASHBOARD.matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private static Map<String, Object> attributes(MockHttpServletRequest request) {
        Map<String, Object> attributes = new HashMap<>();
        for (String name : Collections.list(request.getAttributeNames())) {
            attributes.put(name, request.getAttribute(name));
        }
        return attributes;
    }
}
