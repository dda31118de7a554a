package org.grassroots.security;

import jakarta.validation.Valid;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.StaleEditException;
import org.grassroots.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** System administration: the users and their grants, and the audit log. */
@Controller
class UserAdminController {

    private static final String FORM = "admin/user-form";

    private final UserAdminService admin;

    UserAdminController(UserAdminService admin) {
        this.admin = admin;
    }

    @GetMapping("/admin/users")
    String users(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", admin.search(q, page));
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String newForm(Model model) {
        UserForm form = new UserForm();
        form.setRole(Role.COMMUNITY_SECRETARY);
        model.addAttribute("form", form);
        return render(null, model);
    }

    @PostMapping("/admin/users")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                admin.create(form);
                redirect.addFlashAttribute("success", "admin.users.saved");
                return "redirect:/admin/users";
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        form.setPassword(null);
        return render(null, model);
    }

    @GetMapping("/admin/users/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        AppUser user = admin.require(id);
        model.addAttribute("form", UserForm.of(user));
        return render(user, model);
    }

    @PostMapping("/admin/users/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        AppUser user = admin.require(id);
        if (!result.hasErrors()) {
            try {
                admin.update(id, form);
                redirect.addFlashAttribute("success", "admin.users.saved");
                return "redirect:/admin/users";
            } catch (StaleEditException e) {
                model.addAttribute("conflict", e.current());
                form.setVersion(e.currentVersion());
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        form.setPassword(null);
        return render(user, model);
    }

    @PostMapping("/admin/users/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        admin.unlock(id);
        redirect.addFlashAttribute("success", "admin.users.unlocked");
        return "redirect:/admin/users";
    }

    /** The former address of the audit trail, kept for bookmarks. */
    @GetMapping("/admin/audit")
    String audit() {
        return "redirect:/audit";
    }

    private String render(AppUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("regions", admin.regions());
        model.addAttribute("orgName", user == null ? null : admin.orgName(user.getPartyOrgId()));
        return FORM;
    }
}
