package org.grassroots.reporting;

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

/** The service categories for the city administrator (the route rule admits no other role). */
@Controller
class CategoryController {

    private static final String LIST = "redirect:/settings/service-categories";
    private static final String FORM = "reporting/category-form";

    private final CategoryService categories;

    CategoryController(CategoryService categories) {
        this.categories = categories;
    }

    @GetMapping("/settings/service-categories")
    String list(Model model) {
        model.addAttribute("categories", categories.all());
        return "reporting/categories";
    }

    @GetMapping("/settings/service-categories/new")
    String newCategory(Model model) {
        CategoryForm form = new CategoryForm();
        form.setSortOrder(categories.all().stream().mapToInt(ServiceCategory::getSortOrder).max().orElse(0) + 10);
        model.addAttribute("categoryForm", form);
        model.addAttribute("category", null);
        return FORM;
    }

    @PostMapping("/settings/service-categories")
    String create(@Valid @ModelAttribute("categoryForm") CategoryForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("category", null);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            categories.create(form);
            redirect.addFlashAttribute("success", "reporting.category.saved");
            return LIST;
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return FORM;
        }
    }

    @GetMapping("/settings/service-categories/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        ServiceCategory category = categories.require(code);
        model.addAttribute("categoryForm", CategoryForm.of(category));
        model.addAttribute("category", category);
        return FORM;
    }

    /** Renames and reorders; the code stays what it was. */
    @PostMapping("/settings/service-categories/{code}")
    String rename(@PathVariable String code, @Valid @ModelAttribute("categoryForm") CategoryForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        ServiceCategory category = categories.require(code);
        model.addAttribute("category", category);
        form.setCode(category.getCode());
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            categories.rename(code, form);
            redirect.addFlashAttribute("success", "reporting.category.saved");
            return LIST;
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        }
        return FORM;
    }

    @PostMapping("/settings/service-categories/{code}/deactivate")
    String deactivate(@PathVariable String code, RedirectAttributes redirect) {
        categories.activate(code, false);
        redirect.addFlashAttribute("success", "reporting.category.deactivated");
        return LIST;
    }

    @PostMapping("/settings/service-categories/{code}/reactivate")
    String reactivate(@PathVariable String code, RedirectAttributes redirect) {
        categories.activate(code, true);
        redirect.addFlashAttribute("success", "reporting.category.reactivated");
        return LIST;
    }
}
