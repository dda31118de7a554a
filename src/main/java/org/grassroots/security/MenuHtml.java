package org.grassroots.security;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.grassroots.shared.web.FragmentHtml;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The main menu's groups as the layout shows them, rendered once for each menu, home region and
 * language and kept: some twenty links and labels that every page would otherwise render again. The
 * user's name, the language links and the sign-out form (with its token) stay on the page.
 */
@Component("menuHtml")
public class MenuHtml {

    private final FragmentHtml fragments;
    /** One menu per region with users and language, each some 3 KB. */
    private final FragmentHtml.Kept kept = new FragmentHtml.Kept(4096);

    MenuHtml(FragmentHtml fragments) {
        this.fragments = fragments;
    }

    /** The menu of a signed-in user, whose groups the layout has from {@link Navigation#menu}. */
    public String of(Authentication auth, Navigation.Menu menu) {
        Long home = menu.overview() && auth.getPrincipal() instanceof GrassrootsUser user
                ? user.getScope().nodeId() : null;
        Map<String, Object> model = new HashMap<>();
        model.put("navMenu", menu);
        model.put("navHome", home);
        return fragments.renderFor(kept, Arrays.asList(menu, home), "fragments/menu :: menu", model);
    }
}
