package org.grassroots.resident;

import jakarta.validation.Valid;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.grassroots.shared.web.Forms;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A unit's reports to communities: filing, editing, the community's receipt, and ending. */
@Controller
class UnitReportController {

    private static final String FORM = "resident/report-form";

    private final UnitReportService reports;
    private final ResidentUnitService units;

    UnitReportController(UnitReportService reports, ResidentUnitService units) {
        this.reports = reports;
        this.units = units;
    }

    @GetMapping("/resident-units/{id}/reports/new")
    String newReport(@PathVariable long id, Scope scope, Model model) {
        ResidentUnit unit = units.require(id, scope);
        model.addAttribute("form", UnitReportForm.forUnit(unit, units.today()));
        return render(unit, null, scope, model);
    }

    @PostMapping("/resident-units/{id}/reports")
    String create(@PathVariable long id, @Valid @ModelAttribute("form") UnitReportForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        ResidentUnit unit = units.require(id, scope);
        if (result.hasErrors()) {
            return render(unit, null, scope, model);
        }
        try {
            reports.create(id, form, scope);
            redirect.addFlashAttribute("success", "resident.report.saved");
            return "redirect:/resident-units/" + id;
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        } catch (DataIntegrityViolationException e) {
            // another open report of the unit to the community was saved after the check
            result.rejectValue("communityId", "resident.report.duplicate", "resident.report.duplicate");
        }
        return render(unit, null, scope, model);
    }

    @GetMapping("/unit-reports/{id}/edit")
    String edit(@PathVariable long id, Scope scope, Model model) {
        UnitReport report = reports.require(id, scope);
        model.addAttribute("form", UnitReportForm.of(report));
        return render(units.requireVisible(report.getUnitId(), scope), report, scope, model);
    }

    @PostMapping("/unit-reports/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitReportForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        UnitReport report = reports.require(id, scope);
        ResidentUnit unit = units.requireVisible(report.getUnitId(), scope);
        form.setCommunityId(report.getCommunityId());
        if (result.hasErrors()) {
            return render(unit, report, scope, model);
        }
        try {
            reports.update(id, form, scope);
            redirect.addFlashAttribute("success", "resident.report.saved");
            return "redirect:/resident-units/" + unit.getId();
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        }
        return render(unit, report, scope, model);
    }

    /** The community records the receipt; a bad day comes back as a message on the unit page. */
    @PostMapping("/unit-reports/{id}/receive")
    String receive(@PathVariable long id, @ModelAttribute ReportDateForm day, BindingResult result, Scope scope,
            RedirectAttributes redirect) {
        UnitReport report = reports.require(id, scope);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("error", "resident.report.date.invalid");
        } else {
            try {
                reports.receive(id, day.getOn(), scope);
                redirect.addFlashAttribute("success", "resident.report.received");
            } catch (BusinessRuleException e) {
                redirect.addFlashAttribute("error", e.messageKey());
            }
        }
        return "redirect:/resident-units/" + report.getUnitId();
    }

    @PostMapping("/unit-reports/{id}/end")
    String end(@PathVariable long id, @ModelAttribute ReportDateForm day, BindingResult result, Scope scope,
            RedirectAttributes redirect) {
        UnitReport report = reports.require(id, scope);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("error", "resident.report.date.invalid");
        } else {
            try {
                reports.end(id, day.getOn(), scope);
                redirect.addFlashAttribute("success", "resident.report.ended");
            } catch (BusinessRuleException e) {
                redirect.addFlashAttribute("error", e.messageKey());
            }
        }
        return "redirect:/resident-units/" + report.getUnitId();
    }

    private String render(ResidentUnit unit, UnitReport report, Scope scope, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("report", report);
        model.addAttribute("communities", report == null ? reports.communityChoices(unit, scope) : java.util.List.of());
        model.addAttribute("communityName", report == null ? null : reports.communityName(report));
        return FORM;
    }
}
