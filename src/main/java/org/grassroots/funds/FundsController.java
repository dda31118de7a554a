package org.grassroots.funds;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.grassroots.shared.web.Forms;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A region's funds for a year: the community's budget and spending with their forms, the level tables, Excel. */
@Controller
class FundsController {

    private static final String BUDGET_FORM = "funds/budget-form";
    private static final String SPENDING_FORM = "funds/spending-form";

    private final FundsService service;
    private final FundsPages pages;
    private final FundsExport export;

    FundsController(FundsService service, FundsPages pages, FundsExport export) {
        this.service = service;
        this.pages = pages;
        this.export = export;
    }

    @GetMapping("/regions/{id}/funds")
    String funds(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int lackPage, Scope scope,
            Model model) {
        model.addAttribute("page", pages.page(id, scope, year, page, lackPage));
        return "funds/funds";
    }

    @GetMapping("/regions/{id}/funds.xlsx")
    void xlsx(@PathVariable long id, @RequestParam(required = false) Integer year, Scope scope, Locale locale,
            HttpServletResponse response) throws IOException {
        FundsViews.FundsPage page = pages.page(id, scope, year, 0, 0);
        Region region = page.region();
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("funds-" + id + "-" + page.year() + ".xlsx").build().toString());
        String title = region.getName() + " " + page.year();
        if (region.getLevel() == RegionLevel.COMMUNITY) {
            export.writeCommunity(title, page.lines(), page.categories(), page.total(),
                    pages.allSpending(id, page.year()), locale, response.getOutputStream());
        } else {
            export.writeLevel(title, page.summary(), locale, response.getOutputStream());
        }
    }

    // ---------------------------------------------------------------- budget lines

    @GetMapping("/regions/{id}/funds/budget/new")
    String newBudget(@PathVariable long id, @RequestParam(required = false) Integer year, Scope scope, Model model) {
        Region community = service.requireCommunity(id, scope);
        BudgetForm form = new BudgetForm();
        form.setYear(pages.yearOr(year));
        model.addAttribute("budgetForm", form);
        return renderBudget(community, null, model);
    }

    @PostMapping("/regions/{id}/funds/budget")
    String createBudget(@PathVariable long id, @Valid @ModelAttribute("budgetForm") BudgetForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        Region community = service.requireCommunity(id, scope);
        if (result.hasErrors()) {
            return renderBudget(community, null, model);
        }
        try {
            service.createBudget(id, form, scope);
            redirect.addFlashAttribute("success", "funds.budget.saved");
            return "redirect:/regions/" + id + "/funds?year=" + form.getYear();
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return renderBudget(community, null, model);
        }
    }

    @GetMapping("/fund-budgets/{id}/edit")
    String editBudget(@PathVariable long id, Scope scope, Model model) {
        FundBudget b = service.requireBudget(id, scope);
        model.addAttribute("budgetForm", BudgetForm.of(b));
        return renderBudget(service.requireCommunity(b.getCommunityId(), scope), b, model);
    }

    @PostMapping("/fund-budgets/{id}")
    String updateBudget(@PathVariable long id, @Valid @ModelAttribute("budgetForm") BudgetForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        FundBudget b = service.requireBudget(id, scope);
        Region community = service.requireCommunity(b.getCommunityId(), scope);
        if (result.hasErrors()) {
            return renderBudget(community, b, model);
        }
        try {
            service.updateBudget(id, form, scope);
            redirect.addFlashAttribute("success", "funds.budget.saved");
            return "redirect:/regions/" + community.getId() + "/funds?year=" + form.getYear();
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        }
        return renderBudget(community, b, model);
    }

    @PostMapping("/fund-budgets/{id}/delete")
    String deleteBudget(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        FundBudget b = service.requireBudget(id, scope);
        int year = service.deleteBudget(id, scope);
        redirect.addFlashAttribute("success", "funds.budget.deleted");
        return "redirect:/regions/" + b.getCommunityId() + "/funds?year=" + year;
    }

    private String renderBudget(Region community, FundBudget budget, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("budget", budget);
        model.addAttribute("categories", FundCategory.values());
        model.addAttribute("sources", FundSource.values());
        return BUDGET_FORM;
    }

    // ---------------------------------------------------------------- spending

    @GetMapping("/regions/{id}/funds/spending/new")
    String newSpending(@PathVariable long id, @RequestParam(required = false) Integer year, Scope scope,
            Model model) {
        Region community = service.requireCommunity(id, scope);
        SpendingForm form = new SpendingForm();
        int y = pages.yearOr(year);
        form.setYear(y);
        form.setSpentOn(service.today().getYear() == y ? service.today() : null);
        model.addAttribute("spendingForm", form);
        return renderSpending(community, null, model);
    }

    @PostMapping("/regions/{id}/funds/spending")
    String createSpending(@PathVariable long id, @Valid @ModelAttribute("spendingForm") SpendingForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        Region community = service.requireCommunity(id, scope);
        if (result.hasErrors()) {
            return renderSpending(community, null, model);
        }
        try {
            FundsService.Saved saved = service.createSpending(id, form, scope);
            flash(redirect, saved);
            return "redirect:/regions/" + id + "/funds?year=" + form.getYear();
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return renderSpending(community, null, model);
        }
    }

    @GetMapping("/fund-spendings/{id}/edit")
    String editSpending(@PathVariable long id, Scope scope, Model model) {
        FundSpending s = service.requireSpending(id, scope);
        model.addAttribute("spendingForm", SpendingForm.of(s));
        return renderSpending(service.requireCommunity(s.getCommunityId(), scope), s, model);
    }

    @PostMapping("/fund-spendings/{id}")
    String updateSpending(@PathVariable long id, @Valid @ModelAttribute("spendingForm") SpendingForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        FundSpending s = service.requireSpending(id, scope);
        Region community = service.requireCommunity(s.getCommunityId(), scope);
        if (result.hasErrors()) {
            return renderSpending(community, s, model);
        }
        try {
            FundsService.Saved saved = service.updateSpending(id, form, scope);
            flash(redirect, saved);
            return "redirect:/regions/" + community.getId() + "/funds?year=" + form.getYear();
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        }
        return renderSpending(community, s, model);
    }

    @PostMapping("/fund-spendings/{id}/delete")
    String deleteSpending(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        FundSpending s = service.deleteSpending(id, scope);
        redirect.addFlashAttribute("success", "funds.spending.deleted");
        return "redirect:/regions/" + s.getCommunityId() + "/funds?year=" + s.getSpentOn().getYear();
    }

    private static void flash(RedirectAttributes redirect, FundsService.Saved saved) {
        redirect.addFlashAttribute("success", "funds.spending.saved");
        if (saved.unbudgeted()) {
            redirect.addFlashAttribute("fundsWarning", "funds.spending.unbudgeted");
        }
    }

    private String renderSpending(Region community, FundSpending spending, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("spending", spending);
        model.addAttribute("categories", FundCategory.values());
        return SPENDING_FORM;
    }
}
