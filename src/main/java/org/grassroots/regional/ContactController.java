package org.grassroots.regional;

import jakarta.validation.Valid;
import org.grassroots.resident.ResidentUnit;
import org.grassroots.resident.ResidentUnitService;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The contacts of a resident unit: add, edit and remove; they show on the unit page. */
@Controller
class ContactController {

    private static final String FORM = "regional/contact-form";

    private final ContactService contacts;
    private final ResidentUnitService units;

    ContactController(ContactService contacts, ResidentUnitService units) {
        this.contacts = contacts;
        this.units = units;
    }

    @GetMapping("/resident-units/{unitId}/contacts/new")
    String newContact(@PathVariable long unitId, Scope scope, Model model) {
        ResidentUnit unit = units.require(unitId, scope);
        model.addAttribute("form", new ContactForm());
        return render(unit, null, model);
    }

    @PostMapping("/resident-units/{unitId}/contacts")
    String add(@PathVariable long unitId, @Valid @ModelAttribute("form") ContactForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        ResidentUnit unit = units.require(unitId, scope);
        if (result.hasErrors()) {
            return render(unit, null, model);
        }
        contacts.add(unitId, form, scope);
        redirect.addFlashAttribute("success", "regional.saved");
        return "redirect:/resident-units/" + unitId;
    }

    @GetMapping("/unit-contacts/{id}/edit")
    String edit(@PathVariable long id, Scope scope, Model model) {
        UnitContact c = contacts.require(id, scope);
        model.addAttribute("form", ContactForm.of(c));
        return render(units.require(c.getUnitId(), scope), c, model);
    }

    @PostMapping("/unit-contacts/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ContactForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        UnitContact c = contacts.require(id, scope);
        ResidentUnit unit = units.require(c.getUnitId(), scope);
        if (result.hasErrors()) {
            return render(unit, c, model);
        }
        try {
            contacts.update(id, form, scope);
            redirect.addFlashAttribute("success", "regional.saved");
            return "redirect:/resident-units/" + unit.getId();
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return render(unit, c, model);
        }
    }

    @PostMapping("/unit-contacts/{id}/delete")
    String delete(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        long unitId = contacts.delete(id, scope);
        redirect.addFlashAttribute("success", "regional.contact.deleted");
        return "redirect:/resident-units/" + unitId;
    }

    private String render(ResidentUnit unit, UnitContact contact, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("contact", contact);
        return FORM;
    }
}
