package org.grassroots.security;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(Authentication authentication) {
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof GrassrootsUser) {
            return "redirect:/";
        }
        return "security/login";
    }

    /** Each user starts on the page of the node they are granted. */
    @GetMapping("/")
    String home(Authentication authentication) {
        GrassrootsUser user = (GrassrootsUser) authentication.getPrincipal();
        return "redirect:" + user.homeUrl();
    }
}
