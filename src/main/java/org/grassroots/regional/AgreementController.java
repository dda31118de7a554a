package org.grassroots.regional;

import jakarta.validation.Valid;
import org.grassroots.region.Region;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.grassroots.shared.web.Forms;
import org.grassroots.resident.ResidentUnitService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Co-building agreements: the list of a region, one agreement with its reviews, the form, a review. */
@Controller
class AgreementController {

    private static final String FORM = "regional/agreement-form";

    private final AgreementService agreements;
    private final RegionalPages pages;
    private final ResidentUnitService units;

    AgreementController(AgreementService agreements, RegionalPages pages, ResidentUnitService units) {
        this.agreements = agreements;
        this.pages = pages;
        this.units = units;
    }

    @GetMapping("/regions/{regionId}/agreements")
    String list(@PathVariable long regionId, @ModelAttribute("search") ListSearch search, BindingResult result,
            Scope scope, Model model) {
        model.addAttribute("page", pages.agreements(regionId, search, scope));
        return "regional/agreements";
    }

    @GetMapping("/agreements/{id}")
    String agreement(@PathVariable long id, Scope scope, Model model) {
        model.addAttribute("page", pages.agreement(id, scope));
        if (!model.containsAttribute("review")) {
            ReviewForm review = new ReviewForm();
            review.setReviewedOn(agreements.today());
            model.addAttribute("review", review);
        }
        model.addAttribute("results", ReviewResult.values());
        return "regional/agreement";
    }

    @GetMapping("/regions/{regionId}/agreements/new")
    String newAgreement(@PathVariable long regionId, Scope scope, Model model) {
        Region seat = units.requireSeat(regionId, scope);
        AgreementForm form = new AgreementForm();
        form.setStartOn(agreements.today());
        form.setEndOn(agreements.today().plusYears(3).minusDays(1));
        model.addAttribute("form", form);
        return render(seat, null, model);
    }

    @PostMapping("/regions/{regionId}/agreements")
    String create(@PathVariable long regionId, @Valid @ModelAttribute("form") AgreementForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        Region seat = units.requireSeat(regionId, scope);
        if (result.hasErrors()) {
            return render(seat, null, model);
        }
        try {
            Agreement saved = agreements.create(regionId, form, scope);
            redirect.addFlashAttribute("success", "regional.saved");
            return "redirect:/agreements/" + saved.getId();
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return render(seat, null, model);
        }
    }

    @GetMapping("/agreements/{id}/edit")
    String edit(@PathVariable long id, Scope scope, Model model) {
        Agreement a = agreements.require(id, scope);
        model.addAttribute("form", AgreementForm.of(a));
        return render(units.requireSeat(a.getRegionId(), scope), a, model);
    }

    @PostMapping("/agreements/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        Agreement a = agreements.require(id, scope);
        Region seat = units.requireSeat(a.getRegionId(), scope);
        if (result.hasErrors()) {
            return render(seat, a, model);
        }
        try {
            agreements.update(id, form, scope);
            redirect.addFlashAttribute("success", "regional.saved");
            return "redirect:/agreements/" + id;
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return render(seat, a, model);
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return render(seat, a, model);
        }
    }

    @PostMapping("/agreements/{id}/reviews")
    String review(@PathVariable long id, @Valid @ModelAttribute("review") ReviewForm review, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        agreements.require(id, scope);
        if (!result.hasErrors()) {
            try {
                agreements.review(id, review, scope);
                redirect.addFlashAttribute("success", "regional.review.saved");
                return "redirect:/agreements/" + id;
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("page", pages.agreement(id, scope));
        model.addAttribute("results", ReviewResult.values());
        return "regional/agreement";
    }

    /** Organizations and open units of the seat, with the agreement's own unit kept. */
    private String render(Region seat, Agreement agreement, Model model) {
        model.addAttribute("seat", seat);
        model.addAttribute("agreement", agreement);
        model.addAttribute("orgs", pages.orgChoices(seat));
        java.util.List<RegionalViews.Choice> choices = new java.util.ArrayList<>(pages.unitChoices(seat));
        if (agreement != null && choices.stream().noneMatch(c -> c.id() == agreement.getUnitId())) {
            choices.addAll(0, pages.unitChoice(agreement.getUnitId()));
        }
        model.addAttribute("units", choices);
        return FORM;
    }
}
