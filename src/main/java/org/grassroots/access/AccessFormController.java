package org.grassroots.access;

import jakarta.validation.Valid;
import org.grassroots.region.Region;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registry's write side: registering and amending a request at the street, and deciding it. */
@Controller
class AccessFormController {

    private static final String FORM = "access/form";
    private static final String DETAIL = "access/detail";

    private final AccessService service;
    private final AccessPages pages;

    AccessFormController(AccessService service, AccessPages pages) {
        this.service = service;
        this.pages = pages;
    }

    @GetMapping("/regions/{streetId}/access/new")
    String newRequest(@PathVariable long streetId, Scope scope, Model model) {
        Region street = service.requireStreet(streetId, scope);
        model.addAttribute("accessForm", AccessForm.blank(service.today()));
        return render(street, null, model);
    }

    @PostMapping("/regions/{streetId}/access")
    String create(@PathVariable long streetId, @Valid @ModelAttribute("accessForm") AccessForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        Region street = service.requireStreet(streetId, scope);
        if (result.hasErrors()) {
            return render(street, null, model);
        }
        try {
            AccessRequest saved = service.register(streetId, form, scope);
            redirect.addFlashAttribute("success", "access.saved");
            return "redirect:/access/" + saved.getId();
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return render(street, null, model);
        }
    }

    @GetMapping("/access/{id}/edit")
    String edit(@PathVariable long id, Scope scope, Model model, RedirectAttributes redirect) {
        AccessRequest request = service.require(id, scope);
        if (!AccessPolicy.editable(request.getStatus())) {
            redirect.addFlashAttribute("error", "access.error.alreadyDecided");
            return "redirect:/access/" + id;
        }
        model.addAttribute("accessForm", AccessForm.of(request));
        return render(service.requireStreet(request.getStreetId(), scope), request, model);
    }

    @PostMapping("/access/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("accessForm") AccessForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        AccessRequest request = service.require(id, scope);
        Region street = service.requireStreet(request.getStreetId(), scope);
        if (result.hasErrors()) {
            return render(street, request, model);
        }
        try {
            service.update(id, form, scope);
            redirect.addFlashAttribute("success", "access.saved");
            return "redirect:/access/" + id;
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return render(street, request, model);
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return render(street, request, model);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            return "redirect:/access/" + id;
        }
    }

    @PostMapping("/access/{id}/approve")
    String approve(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        return decide(id, AccessStatus.APPROVED, form, result, scope, model, redirect);
    }

    @PostMapping("/access/{id}/refuse")
    String refuse(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        return decide(id, AccessStatus.REFUSED, form, result, scope, model, redirect);
    }

    private String decide(long id, AccessStatus outcome, DecisionForm form, BindingResult result, Scope scope,
            Model model, RedirectAttributes redirect) {
        AccessRequest request = service.require(id, scope);
        if (request.getStatus().isDecided()) {
            redirect.addFlashAttribute("error", "access.error.alreadyDecided");
            return "redirect:/access/" + id;
        }
        if (result.hasFieldErrors("version")) {
            // not a version this page ever sent: treat it as stale, show the current values
            model.addAttribute("conflict", request);
            form.setVersion(request.getVersion());
            return renderDetail(id, outcome, scope, model);
        }
        if (result.hasErrors()) {
            return renderDetail(id, outcome, scope, model);
        }
        try {
            service.decide(id, outcome, form, scope);
            redirect.addFlashAttribute("success", "access.decided." + outcome.name());
            return "redirect:/access/" + id;
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return renderDetail(id, outcome, scope, model);
        } catch (BusinessRuleException e) {
            if (e.field() == null) {
                redirect.addFlashAttribute("error", e.messageKey());
                return "redirect:/access/" + id;
            }
            Forms.reject(result, e);
            return renderDetail(id, outcome, scope, model);
        }
    }

    private String renderDetail(long id, AccessStatus outcome, Scope scope, Model model) {
        model.addAttribute("page", pages.detail(id, scope));
        model.addAttribute("failed", outcome.name());
        return DETAIL;
    }

    private String render(Region street, AccessRequest request, Model model) {
        model.addAttribute("street", street);
        model.addAttribute("existing", request);
        model.addAttribute("communities", service.communitiesOf(street));
        model.addAttribute("kinds", AccessKind.values());
        return FORM;
    }
}
