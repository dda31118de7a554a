package org.grassroots.org;

import jakarta.validation.Valid;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.Scope;
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

/** Create and edit organizations; the organization page itself is the level feature's. */
@Controller
class OrgController {

    private static final String FORM = "org/form";

    private final OrgService orgs;
    private final java.time.Clock clock;

    OrgController(OrgService orgs, java.time.Clock clock) {
        this.orgs = orgs;
        this.clock = clock;
    }

    @GetMapping("/orgs/new")
    String newForm(@RequestParam(required = false) Long parentId, Scope scope, Model model) {
        OrgForm form = new OrgForm();
        form.setType(OrgType.BRANCH);
        if (parentId != null) {
            PartyOrg parent = orgs.require(parentId, scope);
            form.setParentId(parent.getId());
            form.setRegionId(parent.getRegion().getId());
            form.setCategory(parent.getCategory());
            form.setType(parent.getType() == OrgType.BRANCH ? OrgType.PARTY_GROUP : OrgType.BRANCH);
        }
        model.addAttribute("form", form);
        return render(null, scope, model);
    }

    @PostMapping("/orgs")
    String create(@Valid @ModelAttribute("form") OrgForm form, BindingResult result, Scope scope, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return render(null, scope, model);
        }
        try {
            PartyOrg saved = orgs.create(form, scope);
            redirect.addFlashAttribute("success", "org.saved");
            return "redirect:/orgs/" + saved.getId();
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return render(null, scope, model);
        }
    }

    @GetMapping("/orgs/{id}/edit")
    String editForm(@PathVariable long id, Scope scope, Model model) {
        PartyOrg org = orgs.require(id, scope);
        model.addAttribute("form", OrgForm.of(org));
        return render(org, scope, model);
    }

    @PostMapping("/orgs/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") OrgForm form, BindingResult result, Scope scope,
            Model model, RedirectAttributes redirect) {
        PartyOrg org = orgs.require(id, scope);
        if (result.hasErrors()) {
            return render(org, scope, model);
        }
        try {
            orgs.update(id, form, scope);
            redirect.addFlashAttribute("success", "org.saved");
            return "redirect:/orgs/" + id;
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return render(org, scope, model);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return render(org, scope, model);
        }
    }

    /** Organizations are never deleted: they close on a date and can be reopened. */
    @PostMapping("/orgs/{id}/close")
    String close(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        try {
            orgs.close(id, java.time.LocalDate.now(clock), scope);
            redirect.addFlashAttribute("success", "org.closed.done");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/orgs/" + id;
    }

    @PostMapping("/orgs/{id}/reopen")
    String reopen(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        orgs.reopen(id, scope);
        redirect.addFlashAttribute("success", "org.reopened");
        return "redirect:/orgs/" + id;
    }

    private String render(PartyOrg org, Scope scope, Model model) {
        model.addAttribute("org", org);
        model.addAttribute("types", OrgType.values());
        model.addAttribute("categories", OrgCategory.values());
        model.addAttribute("parents", orgs.possibleParents(scope, org));
        model.addAttribute("regions", orgs.possibleRegions(scope));
        model.addAttribute("candidates", orgs.secretaryCandidates(org));
        return FORM;
    }
}
