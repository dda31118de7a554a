package org.grassroots.development;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.grassroots.development.DevelopmentViews.PersonPage;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.web.Forms;
import org.springframework.context.MessageSource;
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

/**
 * The development pipeline: the board of a scope, the probation list, a person's steps with the form
 * for the next one and the correction of the last one, and the street's approval queue.
 */
@Controller
class DevelopmentController {

    private static final String PERSON = "development/person";
    private static final String APPROVAL = "development/approval";

    private final DevelopmentPages pages;
    private final DevelopmentService development;
    private final DevelopmentExport export;
    private final MessageSource messages;

    DevelopmentController(DevelopmentPages pages, DevelopmentService development, DevelopmentExport export,
            MessageSource messages) {
        this.pages = pages;
        this.export = export;
        this.development = development;
        this.messages = messages;
    }

    // ---------------------------------------------------------------- board and probation

    @GetMapping("/development")
    String board(@RequestParam(required = false) Long orgId, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String alert, @RequestParam(defaultValue = "0") int page, Scope scope,
            Model model, Locale locale) {
        Stage stageFilter = parse(Stage.class, stage);
        String alertFilter = alertFilter(alert);
        if (alertFilter == null && alert != null && !alert.isBlank()) {
            model.addAttribute("filterError", "development.filter.unknown");
        }
        if (stage != null && !stage.isBlank() && stageFilter == null) {
            model.addAttribute("filterError", "development.filter.unknown");
        }
        model.addAttribute("page", pages.board(orgId, stageFilter, alertFilter, page, scope, locale));
        model.addAttribute("stages", Stage.values());
        model.addAttribute("alerts", Alert.values());
        model.addAttribute("orgId", orgId);
        model.addAttribute("stage", stageFilter == null ? null : stageFilter.name());
        model.addAttribute("alert", alertFilter);
        return "development/board";
    }

    /** The board's people for the same filter, every page, as an Excel ledger. */
    @GetMapping("/development.xlsx")
    void exportBoard(@RequestParam(required = false) Long orgId, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String alert, Scope scope, Locale locale, HttpServletResponse response)
            throws IOException {
        List<DevelopmentViews.PersonRow> rows = pages.boardExport(orgId, parse(Stage.class, stage),
                alertFilter(alert), scope, locale);
        attachment(response, "development-board.xlsx");
        export.board(rows, locale, response.getOutputStream());
    }

    /** The probation list, every page, as an Excel register. */
    @GetMapping("/development/probation.xlsx")
    void exportProbation(@RequestParam(required = false) Long orgId, Scope scope, Locale locale,
            HttpServletResponse response) throws IOException {
        List<DevelopmentViews.PersonRow> rows = pages.probationExport(orgId, scope, locale);
        attachment(response, "development-probation.xlsx");
        export.probation(rows, locale, response.getOutputStream());
    }

    /** ANY, OVERDUE or an alert's name; anything else filters nothing. */
    private static String alertFilter(String alert) {
        String value = alert == null || alert.isBlank() ? null : alert.trim();
        return value == null || value.equals("ANY") || value.equals("OVERDUE") || parse(Alert.class, value) != null
                ? value : null;
    }

    private static void attachment(HttpServletResponse response, String filename) {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(filename).build()
                .toString());
    }

    @GetMapping("/development/probation")
    String probation(@RequestParam(required = false) Long orgId, @RequestParam(defaultValue = "0") int page,
            Scope scope, Model model, Locale locale) {
        model.addAttribute("page", pages.probation(orgId, page, scope, locale));
        model.addAttribute("orgId", orgId);
        return "development/probation";
    }

    // ---------------------------------------------------------------- one person

    @GetMapping("/members/{id}/development")
    String person(@PathVariable long id, @RequestParam(required = false) String step, Scope scope, Model model,
            Locale locale) {
        PersonPage page = pages.person(id, scope, locale);
        model.addAttribute("form", defaultForm(page, parse(StepCode.class, step)));
        model.addAttribute("correction", correctionFor(page));
        return render(page, model);
    }

    /** The step asked for (from the probation list), else the next step, else the first that may be recorded. */
    private StepForm defaultForm(PersonPage page, StepCode wanted) {
        StepForm form = new StepForm();
        StepDef chosen = page.available().stream().filter(s -> s.code() == wanted).findFirst()
                .orElse(page.available().stream().filter(s -> page.next() != null && s.code() == page.next().code())
                        .findFirst().orElse(page.available().isEmpty() ? null : page.available().get(0)));
        if (chosen != null) {
            form.setStepCode(chosen.code());
            form.setDecidedBy(page.deciders().get(chosen.code()));
        }
        form.setDoneOn(development.today());
        return form;
    }

    @PostMapping("/members/{id}/development/steps")
    String record(@PathVariable long id, @Valid @ModelAttribute("form") StepForm form, BindingResult result,
            Scope scope, Model model, Locale locale, RedirectAttributes redirect) {
        PersonPage page = pages.person(id, scope, locale);
        model.addAttribute("correction", correctionFor(page));
        model.addAttribute("showForm", true);
        if (result.hasErrors()) {
            model.addAttribute("extraPeople", pages.otherPeople(page, java.util.Arrays.asList(form.getIntroducer1Id(),
                    form.getIntroducer2Id(), form.getMentor1Id(), form.getMentor2Id()), scope));
            return render(page, model);
        }
        try {
            DevelopmentService.Recorded recorded = development.record(id, form, scope);
            redirect.addFlashAttribute("success", recorded.step().isPending() ? "development.step.submitted"
                    : "development.step.saved");
            redirect.addFlashAttribute("notices", resolve(recorded.notices(), locale));
            return "redirect:/members/" + id + "/development";
        } catch (StepRefused e) {
            reject(result, e.violations(), locale);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        }
        model.addAttribute("extraPeople", pages.otherPeople(page, java.util.Arrays.asList(form.getIntroducer1Id(),
                form.getIntroducer2Id(), form.getMentor1Id(), form.getMentor2Id()), scope));
        return render(page, model);
    }

    @PostMapping("/members/{id}/development/steps/{stepId}/correct")
    String correct(@PathVariable long id, @PathVariable long stepId,
            @Valid @ModelAttribute("correction") ReasonForm correction, BindingResult result, Scope scope,
            Model model, Locale locale, RedirectAttributes redirect) {
        PersonPage page = pages.person(id, scope, locale);
        if (!result.hasErrors()) {
            try {
                development.correct(id, stepId, correction, scope);
                redirect.addFlashAttribute("success", "development.correct.done");
                return "redirect:/members/" + id + "/development";
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("form", defaultForm(page, null));
        model.addAttribute("correctionFailed", true);
        return render(page, model);
    }

    private static ReasonForm correctionFor(PersonPage page) {
        ReasonForm f = new ReasonForm();
        f.setVersion(page.last() == null ? null : page.last().getVersion());
        return f;
    }

    private String render(PersonPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("member", page.member());
        return PERSON;
    }

    // ---------------------------------------------------------------- the street's approvals

    @GetMapping("/development/approvals")
    String approvals(@RequestParam(defaultValue = "0") int page, Scope scope, Model model, Locale locale) {
        model.addAttribute("page", pages.approvals(page, scope, locale));
        return "development/approvals";
    }

    @GetMapping("/development/approvals/{stepId}")
    String approval(@PathVariable long stepId, Scope scope, Model model, Locale locale) {
        var page = pages.approval(stepId, scope, locale);
        ApprovalForm approve = new ApprovalForm();
        approve.setApprovedOn(development.today());
        approve.setVersion(page.step().getVersion());
        ReasonForm giveBack = new ReasonForm();
        giveBack.setVersion(page.step().getVersion());
        model.addAttribute("approve", approve);
        model.addAttribute("giveBack", giveBack);
        model.addAttribute("page", page);
        return APPROVAL;
    }

    @PostMapping("/development/approvals/{stepId}/approve")
    String approve(@PathVariable long stepId, @Valid @ModelAttribute("approve") ApprovalForm approve,
            BindingResult result, Scope scope, Model model, Locale locale, RedirectAttributes redirect) {
        var page = pages.approval(stepId, scope, locale);
        if (!result.hasErrors()) {
            try {
                DevelopmentService.Recorded done = development.approve(stepId, approve, scope);
                redirect.addFlashAttribute("success", "development.approval.approved");
                redirect.addFlashAttribute("notices", resolve(done.notices(), locale));
                return "redirect:/development/approvals";
            } catch (StepRefused e) {
                reject(result, e.violations(), locale);
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        ReasonForm giveBack = new ReasonForm();
        giveBack.setVersion(page.step().getVersion());
        model.addAttribute("giveBack", giveBack);
        model.addAttribute("page", page);
        return APPROVAL;
    }

    @PostMapping("/development/approvals/{stepId}/return")
    String giveBack(@PathVariable long stepId, @Valid @ModelAttribute("giveBack") ReasonForm giveBack,
            BindingResult result, Scope scope, Model model, Locale locale, RedirectAttributes redirect) {
        var page = pages.approval(stepId, scope, locale);
        if (!result.hasErrors()) {
            try {
                development.giveBack(stepId, giveBack, scope);
                redirect.addFlashAttribute("success", "development.approval.returned");
                return "redirect:/development/approvals";
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        ApprovalForm approve = new ApprovalForm();
        approve.setApprovedOn(development.today());
        approve.setVersion(page.step().getVersion());
        model.addAttribute("approve", approve);
        model.addAttribute("page", page);
        return APPROVAL;
    }

    // ---------------------------------------------------------------- messages

    /** Each violation beside its field, with its steps, statuses and lists named in the reader's language. */
    private void reject(BindingResult result, List<DevelopmentPolicy.Violation> violations, Locale locale) {
        for (DevelopmentPolicy.Violation v : violations) {
            result.rejectValue(v.field(), v.key(), localize(v.args(), locale), v.key());
        }
    }

    private List<String> resolve(List<DevelopmentPolicy.Notice> notices, Locale locale) {
        return notices.stream().map(n -> messages.getMessage(n.key(), localize(n.args(), locale), locale)).toList();
    }

    private Object[] localize(Object[] args, Locale locale) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = localize(args[i], locale);
        }
        return out;
    }

    private Object localize(Object arg, Locale locale) {
        if (arg instanceof StepCode code) {
            return pages.stepLabel(code, locale);
        }
        if (arg instanceof org.grassroots.member.MemberStatus status) {
            return messages.getMessage("member.status." + status.name(), null, locale);
        }
        if (arg instanceof Collection<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(x -> parts.add(String.valueOf(localize(x, locale))));
            return String.join(messages.getMessage("development.list.separator", null, locale), parts);
        }
        return arg instanceof java.time.LocalDate ? arg.toString() : arg;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
