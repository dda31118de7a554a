package org.grassroots.resident;

import jakarta.validation.Valid;
import org.grassroots.region.Region;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The registry of resident units: the list of a region, one unit, the unit form and closing. */
@Controller
class ResidentUnitController {

    private static final String FORM = "resident/unit-form";

    private final ResidentUnitService units;
    private final ResidentPages pages;

    ResidentUnitController(ResidentUnitService units, ResidentPages pages) {
        this.units = units;
        this.pages = pages;
    }

    /** Filters that do not bind (an unknown kind, a page that is not a number) fall back to none. */
    @GetMapping("/regions/{regionId}/resident-units")
    String list(@PathVariable long regionId, @ModelAttribute("search") UnitSearch search, BindingResult result,
            Scope scope, Model model) {
        model.addAttribute("page", pages.list(regionId, search, scope));
        model.addAttribute("kinds", UnitKind.values());
        return "resident/list";
    }

    @GetMapping("/resident-units/{id}")
    String unit(@PathVariable long id, Scope scope, Model model) {
        model.addAttribute("page", pages.unit(id, scope));
        return "resident/unit";
    }

    @GetMapping("/regions/{regionId}/resident-units/new")
    String newUnit(@PathVariable long regionId, Scope scope, Model model) {
        Region seat = units.requireSeat(regionId, scope);
        model.addAttribute("form", new ResidentUnitForm());
        return render(seat, null, scope, model);
    }

    @PostMapping("/regions/{regionId}/resident-units")
    String create(@PathVariable long regionId, @Valid @ModelAttribute("form") ResidentUnitForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        Region seat = units.requireSeat(regionId, scope);
        if (result.hasErrors()) {
            return render(seat, null, scope, model);
        }
        try {
            ResidentUnit saved = units.create(regionId, form, scope);
            redirect.addFlashAttribute("success", "resident.unit.saved");
            return "redirect:/resident-units/" + saved.getId();
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return render(seat, null, scope, model);
        }
    }

    @GetMapping("/resident-units/{id}/edit")
    String edit(@PathVariable long id, Scope scope, Model model) {
        ResidentUnit unit = units.require(id, scope);
        model.addAttribute("form", ResidentUnitForm.of(unit));
        return render(seat(unit, scope), unit, scope, model);
    }

    @PostMapping("/resident-units/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ResidentUnitForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        ResidentUnit unit = units.require(id, scope);
        if (result.hasErrors()) {
            return render(seat(unit, scope), unit, scope, model);
        }
        try {
            units.update(id, form, scope);
            redirect.addFlashAttribute("success", "resident.unit.saved");
            return "redirect:/resident-units/" + id;
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return render(seat(unit, scope), unit, scope, model);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return render(seat(unit, scope), unit, scope, model);
        }
    }

    /** Units are never deleted: they close today, and their open reports end with them. */
    @PostMapping("/resident-units/{id}/close")
    String close(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        units.close(id, scope);
        redirect.addFlashAttribute("success", "resident.unit.closed.done");
        return "redirect:/resident-units/" + id;
    }

    private Region seat(ResidentUnit unit, Scope scope) {
        return units.requireSeat(unit.getRegionId(), scope);
    }

    private String render(Region seat, ResidentUnit unit, Scope scope, Model model) {
        model.addAttribute("seat", seat);
        model.addAttribute("unit", unit);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("orgs", units.orgChoices(unit, scope));
        return FORM;
    }
}
