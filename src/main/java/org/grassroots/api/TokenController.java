package org.grassroots.api;

import jakarta.validation.Valid;
import org.grassroots.security.GrassrootsUser;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.web.Forms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own personal access tokens: list, make (value shown once), revoke. */
@Controller
class TokenController {

    private final TokenService tokens;

    TokenController(TokenService tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal GrassrootsUser user,
            Model model) {
        model.addAttribute("form", new TokenForm());
        return page(user, page, model);
    }

    @PostMapping("/account/tokens")
    String create(@Valid @ModelAttribute("form") TokenForm form, BindingResult result,
            @AuthenticationPrincipal GrassrootsUser user, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return page(user, 0, model);
        }
        try {
            TokenService.Issued issued = tokens.issue(user.getId(), form);
            // a flash attribute lives until the next request only: the value is shown once
            redirect.addFlashAttribute("issued", issued.value());
            redirect.addFlashAttribute("issuedName", issued.token().getName());
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return page(user, 0, model);
        }
        return "redirect:/account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, @AuthenticationPrincipal GrassrootsUser user, RedirectAttributes redirect) {
        tokens.revoke(user.getId(), id);
        redirect.addFlashAttribute("success", "api.token.revoked");
        return "redirect:/account/tokens";
    }

    private String page(GrassrootsUser user, int page, Model model) {
        model.addAttribute("tokens", tokens.list(user.getId(), page));
        return "api/tokens";
    }
}
