package org.grassroots.security;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.grassroots.shared.web.FragmentHtml;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The main menu's groups as the layout shows them, rendered once for each menu, home region and
 * language and kept: some twenty links and labels that every page would otherwise render again. The
 * user's name, the language links and the sign-out form (with its token) stay on the page.
 */
@Component("menuHtml")
public class MenuHtml {

    /** Menus kept at most: one per region with users and language, each some 3 KB. */
    private static final int KEPT = 4096;

    private final FragmentHtml fragments;
    private final Map<List<Object>, String> kept = new ConcurrentHashMap<>();

    MenuHtml(FragmentHtml fragments) {
        this.fragments = fragments;
    }

    /** The menu of a signed-in user, whose groups the layout has from {@link Navigation#menu}. */
    public String of(Authentication auth, Navigation.Menu menu) {
        Long home = menu.overview() && auth.getPrincipal() instanceof GrassrootsUser user
                ? user.getScope().nodeId() : null;
        List<Object> key = Arrays.asList(menu, home, LocaleContextHolder.getLocale());
        String text = kept.get(key);
        if (text == null) {
            Map<String, Object> model = new HashMap<>();
            model.put("navMenu", menu);
            model.put("navHome", home);
            text = fragments.render("fragments/menu :: menu", model);
            if (kept.size() >= KEPT) {
                kept.clear();
            }
            kept.put(key, text);
        }
        return text;
    }
}
