package org.grassroots.assessment;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import org.grassroots.assessment.AssessmentViews.RegionPage;
import org.grassroots.assessment.AssessmentViews.ScoresPage;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.NotFoundException;
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

/** Indicator trees, their scores table and export, one region's scores and the manual-score entry. */
@Controller
class AssessmentController {

    private static final String TREE_FORM = "assessment/tree-form";
    private static final String INDICATOR_FORM = "assessment/indicator-form";
    private static final String REGION = "assessment/region";

    private final AssessmentService service;
    private final AssessmentPages pages;
    private final AssessmentExport export;

    AssessmentController(AssessmentService service, AssessmentPages pages, AssessmentExport export) {
        this.service = service;
        this.pages = pages;
        this.export = export;
    }

    @GetMapping("/assessment")
    String list(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page,
            Scope scope, Model model) {
        model.addAttribute("page", pages.list(scope, year, page));
        model.addAttribute("standing", pages.myStanding(scope, year));
        model.addAttribute("thisYear", pages.thisYear());
        model.addAttribute("scope", scope);
        return "assessment/list";
    }

    // ---------------------------------------------------------------- trees

    @GetMapping("/assessment/trees/new")
    String newTree(Scope scope, Model model) {
        requireDefiner(scope);
        TreeForm form = new TreeForm();
        form.setYear(pages.thisYear());
        form.setAssessedLevel(AssessedLevel.COMMUNITY);
        model.addAttribute("treeForm", form);
        return renderTree(null, model);
    }

    @PostMapping("/assessment/trees")
    String createTree(@Valid @ModelAttribute("treeForm") TreeForm form, BindingResult result, Scope scope, Model model,
            RedirectAttributes redirect) {
        requireDefiner(scope);
        if (result.hasErrors()) {
            return renderTree(null, model);
        }
        AssessmentTree saved = service.create(form, scope);
        redirect.addFlashAttribute("success", "assessment.tree.saved");
        return "redirect:/assessment/trees/" + saved.getId();
    }

    @GetMapping("/assessment/trees/{id}")
    String tree(@PathVariable long id, Scope scope, Model model) {
        model.addAttribute("page", pages.tree(id, scope));
        model.addAttribute("sources", Source.values());
        if (!model.containsAttribute("indicatorForm")) {
            model.addAttribute("indicatorForm", new IndicatorForm());
        }
        return "assessment/tree";
    }

    @GetMapping("/assessment/trees/{id}/edit")
    String editTree(@PathVariable long id, Scope scope, Model model) {
        AssessmentTree tree = service.requireOwned(id, scope);
        model.addAttribute("treeForm", TreeForm.of(tree));
        return renderTree(tree, model);
    }

    @PostMapping("/assessment/trees/{id}")
    String updateTree(@PathVariable long id, @Valid @ModelAttribute("treeForm") TreeForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        AssessmentTree tree = service.requireOwned(id, scope);
        if (result.hasErrors()) {
            return renderTree(tree, model);
        }
        try {
            service.update(id, form, scope);
            redirect.addFlashAttribute("success", "assessment.tree.saved");
            return "redirect:/assessment/trees/" + id;
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return renderTree(tree, model);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return renderTree(tree, model);
        }
    }

    @PostMapping("/assessment/trees/{id}/publish")
    String publish(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        try {
            service.publish(id, scope);
            redirect.addFlashAttribute("success", "assessment.tree.published.done");
        } catch (WeightsBrokenException e) {
            redirect.addFlashAttribute("weightErrors", e.problems());
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/assessment/trees/" + id;
    }

    @PostMapping("/assessment/trees/{id}/unpublish")
    String unpublish(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        service.unpublish(id, scope);
        redirect.addFlashAttribute("success", "assessment.tree.unpublished.done");
        return "redirect:/assessment/trees/" + id;
    }

    @PostMapping("/assessment/trees/{id}/copy")
    String copy(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        try {
            AssessmentTree copy = service.copyToNextYear(id, scope);
            redirect.addFlashAttribute("success", "assessment.tree.copied");
            return "redirect:/assessment/trees/" + copy.getId();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            return "redirect:/assessment/trees/" + id;
        }
    }

    private void requireDefiner(Scope scope) {
        if (!service.mayDefine(scope)) {
            throw new NotFoundException("region", scope.nodeId());
        }
    }

    private String renderTree(AssessmentTree tree, Model model) {
        model.addAttribute("tree", tree);
        model.addAttribute("levels", AssessedLevel.values());
        return TREE_FORM;
    }

    // ---------------------------------------------------------------- indicators

    @PostMapping("/assessment/trees/{id}/indicators")
    String addIndicator(@PathVariable long id, @Valid @ModelAttribute("indicatorForm") IndicatorForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        AssessmentTree tree = service.requireOwned(id, scope);
        if (result.hasErrors()) {
            return renderIndicator(tree, null, scope, model);
        }
        try {
            service.addIndicator(id, form, scope);
            redirect.addFlashAttribute("success", "assessment.indicator.saved");
            return "redirect:/assessment/trees/" + id;
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return renderIndicator(tree, null, scope, model);
        }
    }

    @GetMapping("/assessment/indicators/{id}/edit")
    String editIndicator(@PathVariable long id, Scope scope, Model model) {
        AssessmentIndicator indicator = service.requireIndicator(id, scope);
        AssessmentTree tree = service.requireOwned(indicator.getTreeId(), scope);
        model.addAttribute("indicatorForm", IndicatorForm.of(indicator));
        return renderIndicator(tree, indicator, scope, model);
    }

    @PostMapping("/assessment/indicators/{id}")
    String updateIndicator(@PathVariable long id, @Valid @ModelAttribute("indicatorForm") IndicatorForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        AssessmentIndicator indicator = service.requireIndicator(id, scope);
        AssessmentTree tree = service.requireOwned(indicator.getTreeId(), scope);
        if (result.hasErrors()) {
            return renderIndicator(tree, indicator, scope, model);
        }
        try {
            service.updateIndicator(id, form, scope);
            redirect.addFlashAttribute("success", "assessment.indicator.saved");
            return "redirect:/assessment/trees/" + tree.getId();
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return renderIndicator(tree, indicator, scope, model);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return renderIndicator(tree, indicator, scope, model);
        }
    }

    @PostMapping("/assessment/indicators/{id}/remove")
    String removeIndicator(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        AssessmentIndicator indicator = service.requireIndicator(id, scope);
        try {
            service.removeIndicator(id, scope);
            redirect.addFlashAttribute("success", "assessment.indicator.removed");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/assessment/trees/" + indicator.getTreeId();
    }

    private String renderIndicator(AssessmentTree tree, AssessmentIndicator indicator, Scope scope, Model model) {
        model.addAttribute("tree", tree);
        model.addAttribute("indicator", indicator);
        model.addAttribute("groups", pages.tree(tree.getId(), scope).groups());
        model.addAttribute("sources", Source.values());
        return INDICATOR_FORM;
    }

    // ---------------------------------------------------------------- scores

    @GetMapping("/assessment/trees/{id}/scores")
    String scores(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Scope scope, Model model) {
        model.addAttribute("page", pages.scores(id, scope, page));
        return "assessment/scores";
    }

    @GetMapping("/assessment/trees/{id}/scores.xlsx")
    void xlsx(@PathVariable long id, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        ScoresPage page = pages.export(id, scope);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("assessment-" + id + "-" + page.tree().getYear() + ".xlsx").build().toString());
        export.write(page.tree(), page.owner().getName(), page.tops(), page.rows(),
                page.rankings(), locale, response.getOutputStream());
    }

    @GetMapping("/assessment/trees/{id}/regions/{regionId}")
    String region(@PathVariable long id, @PathVariable long regionId, Scope scope, Model model) {
        model.addAttribute("page", pages.region(id, regionId, scope));
        if (!model.containsAttribute("manualScoreForm")) {
            model.addAttribute("manualScoreForm", new ManualScoreForm());
        }
        return REGION;
    }

    @PostMapping("/assessment/trees/{id}/regions/{regionId}/scores")
    String score(@PathVariable long id, @PathVariable long regionId, @Valid @ModelAttribute("manualScoreForm")
            ManualScoreForm form, BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        RegionPage page = pages.region(id, regionId, scope);
        if (!page.mayScore()) {
            throw new NotFoundException("assessment_tree", id);
        }
        model.addAttribute("page", page);
        if (result.hasErrors()) {
            return REGION;
        }
        try {
            service.score(id, regionId, form, scope);
            redirect.addFlashAttribute("success", "assessment.score.saved");
            return "redirect:/assessment/trees/" + id + "/regions/" + regionId;
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return REGION;
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return REGION;
        }
    }
}
