package org.grassroots.security;

import jakarta.validation.Valid;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.web.Forms;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountController {

    private final AccountService accounts;

    AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/password")
    String passwordForm(@ModelAttribute("form") PasswordForm form) {
        return "security/password";
    }

    @PostMapping("/account/password")
    String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
            Authentication authentication, jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "security/password";
        }
        GrassrootsUser user = (GrassrootsUser) authentication.getPrincipal();
        try {
            accounts.changePassword(user.getId(), form);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return "security/password";
        }
        GrassrootsUser updated = user.withPasswordChanged();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
                updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        redirect.addFlashAttribute("success", "account.password.changed");
        return "redirect:/";
    }
}
