package org.grassroots.reporting;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.grassroots.region.Region;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.grassroots.shared.web.Forms;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** In-service members reporting to a community: the overview, the periods, one period and its services. */
@Controller
class ReportingController {

    private static final String REPORT_FORM = "reporting/report-form";
    private static final String SERVICE_FORM = "reporting/service-form";

    private final ReportingService reporting;
    private final ReportingPages pages;
    private final MessageSource messages;

    ReportingController(ReportingService reporting, ReportingPages pages, MessageSource messages) {
        this.reporting = reporting;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/regions/{id}/reporting")
    String overview(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Scope scope, Model model) {
        model.addAttribute("page", pages.overview(id, page, scope));
        return "reporting/overview";
    }

    @GetMapping("/regions/{id}/member-reports")
    String list(@PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Scope scope,
            Model model) {
        model.addAttribute("page", pages.reports(id, q, status, page, scope));
        model.addAttribute("filters", ReportFilter.values());
        return "reporting/reports";
    }

    @GetMapping("/member-reports/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Scope scope, Model model) {
        model.addAttribute("page", pages.report(id, page, scope));
        return "reporting/report";
    }

    // ---------------------------------------------------------------- periods

    @GetMapping("/regions/{id}/member-reports/new")
    String newReport(@PathVariable long id, Scope scope, Model model) {
        Region community = reporting.requireCommunity(id, scope);
        ReportForm form = new ReportForm();
        form.setKind(PersonKind.MEMBER);
        form.setReportedOn(reporting.today());
        model.addAttribute("reportForm", form);
        return renderReport(community, null, form, model);
    }

    @PostMapping("/regions/{id}/member-reports")
    String createReport(@PathVariable long id, @Valid @ModelAttribute("reportForm") ReportForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        Region community = reporting.requireCommunity(id, scope);
        if (result.hasErrors()) {
            return renderReport(community, null, form, model);
        }
        try {
            MemberReport saved = reporting.createReport(id, form, scope);
            redirect.addFlashAttribute("success", "reporting.report.saved");
            return "redirect:/member-reports/" + saved.getId();
        } catch (ReportingInputException e) {
            reject(result, e);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        } catch (ReportOverlapRace e) {
            Forms.reject(result, reporting.overlapError(e));
        }
        return renderReport(community, null, form, model);
    }

    @GetMapping("/member-reports/{id}/edit")
    String editReport(@PathVariable long id, Scope scope, Model model) {
        MemberReport report = reporting.requireReport(id, scope);
        ReportForm form = ReportForm.of(report);
        model.addAttribute("reportForm", form);
        return renderReport(reporting.requireCommunity(report.getCommunityId(), scope), report, form, model);
    }

    @PostMapping("/member-reports/{id}")
    String updateReport(@PathVariable long id, @Valid @ModelAttribute("reportForm") ReportForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        MemberReport report = reporting.requireReport(id, scope);
        Region community = reporting.requireCommunity(report.getCommunityId(), scope);
        if (result.hasErrors()) {
            return renderReport(community, report, form, model);
        }
        try {
            reporting.updateReport(id, form, scope);
            redirect.addFlashAttribute("success", "reporting.report.saved");
            return "redirect:/member-reports/" + id;
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
        } catch (ReportingInputException e) {
            reject(result, e);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        } catch (ReportOverlapRace e) {
            Forms.reject(result, reporting.overlapError(e));
        }
        return renderReport(community, report, form, model);
    }

    @PostMapping("/member-reports/{id}/renew")
    String renew(@PathVariable long id, Scope scope, Locale locale, RedirectAttributes redirect) {
        reporting.requireReport(id, scope);
        try {
            MemberReport next = reporting.renew(id, scope);
            redirect.addFlashAttribute("success", "reporting.renew.done");
            return "redirect:/member-reports/" + next.getId();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("reportingError", text(e, locale));
        } catch (ReportOverlapRace e) {
            redirect.addFlashAttribute("reportingError", text(reporting.overlapError(e), locale));
        }
        return "redirect:/member-reports/" + id;
    }

    @PostMapping("/member-reports/{id}/end")
    String end(@PathVariable long id, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn, Scope scope, Locale locale,
            RedirectAttributes redirect) {
        reporting.requireReport(id, scope);
        try {
            reporting.endReport(id, endedOn, scope);
            redirect.addFlashAttribute("success", "reporting.end.done");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("reportingError", text(e, locale));
        }
        return "redirect:/member-reports/" + id;
    }

    private String renderReport(Region community, MemberReport report, ReportForm form, Model model) {
        Set<Long> held = report == null ? Set.of() : report.getPostIds();
        Set<Long> checked = new HashSet<>(form.getPostIds() == null ? Set.of() : form.getPostIds());
        model.addAttribute("community", community);
        model.addAttribute("report", report);
        model.addAttribute("kinds", PersonKind.values());
        model.addAttribute("posts", pages.postChoices(community.getId(), held));
        model.addAttribute("checkedPosts", checked);
        model.addAttribute("units", pages.unitChoices(community.getId()));
        model.addAttribute("months", reporting.rules().reReportMonths());
        model.addAttribute("linkedMember", report == null || report.getMemberId() == null ? null
                : pages.person(report));
        return REPORT_FORM;
    }

    // ---------------------------------------------------------------- services

    @GetMapping("/member-reports/{id}/services/new")
    String newService(@PathVariable long id, Scope scope, Model model) {
        MemberReport report = reporting.requireReport(id, scope);
        ServiceForm form = new ServiceForm();
        form.setServedOn(reporting.today());
        model.addAttribute("serviceForm", form);
        return renderService(report, null, model);
    }

    @PostMapping("/member-reports/{id}/services")
    String createService(@PathVariable long id, @Valid @ModelAttribute("serviceForm") ServiceForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        MemberReport report = reporting.requireReport(id, scope);
        if (result.hasErrors()) {
            return renderService(report, null, model);
        }
        try {
            reporting.createService(id, form, scope);
            redirect.addFlashAttribute("success", "reporting.service.saved");
            return "redirect:/member-reports/" + id;
        } catch (ReportingInputException e) {
            reject(result, e);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        }
        return renderService(report, null, model);
    }

    @GetMapping("/service-records/{id}/edit")
    String editService(@PathVariable long id, Scope scope, Model model) {
        ServiceRecord record = reporting.requireRecord(id, scope);
        model.addAttribute("serviceForm", ServiceForm.of(record));
        return renderService(reporting.requireReport(record.getReportId(), scope), record, model);
    }

    @PostMapping("/service-records/{id}")
    String updateService(@PathVariable long id, @Valid @ModelAttribute("serviceForm") ServiceForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        ServiceRecord record = reporting.requireRecord(id, scope);
        MemberReport report = reporting.requireReport(record.getReportId(), scope);
        if (result.hasErrors()) {
            return renderService(report, record, model);
        }
        try {
            reporting.updateService(id, form, scope);
            redirect.addFlashAttribute("success", "reporting.service.saved");
            return "redirect:/member-reports/" + report.getId();
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
        } catch (ReportingInputException e) {
            reject(result, e);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        }
        return renderService(report, record, model);
    }

    @PostMapping("/service-records/{id}/delete")
    String deleteService(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        long reportId = reporting.deleteService(id, scope);
        redirect.addFlashAttribute("success", "reporting.service.deleted");
        return "redirect:/member-reports/" + reportId;
    }

    private String renderService(MemberReport report, ServiceRecord record, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("record", record);
        model.addAttribute("person", pages.person(report));
        model.addAttribute("posts", pages.postChoices(report.getCommunityId(), report.getPostIds()).stream()
                .filter(p -> report.getPostIds().contains(p.id())).toList());
        return SERVICE_FORM;
    }

    // ---------------------------------------------------------------- helpers

    static void reject(BindingResult result, ReportingInputException e) {
        e.problems().forEach(p -> result.rejectValue(p.field(), p.key(), p.args(), p.key()));
    }

    private String text(BusinessRuleException e, Locale locale) {
        return messages.getMessage(e.messageKey(), e.args(), locale);
    }
}
