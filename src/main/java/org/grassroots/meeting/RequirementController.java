package org.grassroots.meeting;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The requirement table for the city administrator (the route rule admits no other role). */
@Controller
class RequirementController {

    private static final String LIST = "compliance/requirements";

    private final RequirementSettings settings;

    RequirementController(RequirementSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/settings/requirements")
    String list(Model model) {
        model.addAttribute("form", new RequirementCountForm());
        return render(model);
    }

    @PostMapping("/settings/requirements/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") RequirementCountForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        form.setId(id);
        if (result.hasErrors()) {
            return render(model);
        }
        try {
            settings.changeCount(id, form.getMinCount(), form.getVersion());
            redirect.addFlashAttribute("success", "requirement.saved");
            return "redirect:/settings/requirements";
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return render(model);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return render(model);
        }
    }

    private String render(Model model) {
        model.addAttribute("rows", settings.rows());
        return LIST;
    }
}
