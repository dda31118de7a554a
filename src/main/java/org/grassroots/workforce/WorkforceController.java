package org.grassroots.workforce;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.grassroots.member.Education;
import org.grassroots.region.Region;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
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

/** The worker team of a region: the roster or the per-child structure, the post forms, leaving, the export. */
@Controller
class WorkforceController {

    private static final String FORM = "workforce/form";
    private static final String LEAVE_FORM = "workforce/leave";

    private final WorkforceService service;
    private final WorkforcePages pages;
    private final WorkforceQueries queries;
    private final WorkforceExport export;

    WorkforceController(WorkforceService service, WorkforcePages pages, WorkforceQueries queries,
            WorkforceExport export) {
        this.service = service;
        this.pages = pages;
        this.queries = queries;
        this.export = export;
    }

    @GetMapping("/regions/{id}/workers")
    String workers(@PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean former, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "0") int checkPage, Scope scope, Model model) {
        model.addAttribute("page", pages.workers(id, scope, q, former, page, checkPage));
        return "workforce/workers";
    }

    @GetMapping("/regions/{id}/workers.xlsx")
    void xlsx(@PathVariable long id, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        Region community = service.requireCommunity(id, scope);
        List<WorkforceViews.WorkerRow> rows = pages.roster(id, scope);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("workers-" + id + ".xlsx").build().toString());
        export.write(community.getName(), rows, locale, response.getOutputStream());
    }

    @GetMapping("/regions/{id}/workers/new")
    String newWorker(@PathVariable long id, Scope scope, Model model) {
        Region community = service.requireCommunity(id, scope);
        WorkerForm form = new WorkerForm();
        form.setStartOn(service.today());
        form.setFullTime(Boolean.TRUE);
        form.setRole(WorkerRole.COMMUNITY_WORKER);
        model.addAttribute("workerForm", form);
        return render(community, null, model);
    }

    @PostMapping("/regions/{id}/workers")
    String create(@PathVariable long id, @Valid @ModelAttribute("workerForm") WorkerForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        Region community = service.requireCommunity(id, scope);
        if (result.hasErrors()) {
            return render(community, null, model);
        }
        try {
            service.create(id, form, scope);
            redirect.addFlashAttribute("success", "workforce.saved");
            return "redirect:/regions/" + id + "/workers";
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        }
        return render(community, null, model);
    }

    @GetMapping("/workers/{id}/edit")
    String edit(@PathVariable long id, Scope scope, Model model) {
        CommunityWorker worker = service.require(id, scope);
        model.addAttribute("workerForm", WorkerForm.of(worker));
        return render(service.requireCommunity(worker.getCommunityId(), scope), worker, model);
    }

    @PostMapping("/workers/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("workerForm") WorkerForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        CommunityWorker worker = service.require(id, scope);
        Region community = service.requireCommunity(worker.getCommunityId(), scope);
        if (result.hasErrors()) {
            return render(community, worker, model);
        }
        try {
            service.update(id, form, scope);
            redirect.addFlashAttribute("success", "workforce.saved");
            return "redirect:/regions/" + community.getId() + "/workers";
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        }
        return render(community, worker, model);
    }

    @GetMapping("/workers/{id}/leave")
    String leaveForm(@PathVariable long id, Scope scope, Model model) {
        CommunityWorker worker = service.require(id, scope);
        LeaveForm form = new LeaveForm();
        form.setEndOn(service.today());
        form.setVersion(worker.getVersion());
        model.addAttribute("leaveForm", form);
        model.addAttribute("worker", worker);
        return LEAVE_FORM;
    }

    @PostMapping("/workers/{id}/leave")
    String leave(@PathVariable long id, @Valid @ModelAttribute("leaveForm") LeaveForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        CommunityWorker worker = service.require(id, scope);
        model.addAttribute("worker", worker);
        if (result.hasErrors()) {
            return LEAVE_FORM;
        }
        try {
            service.leave(id, form, scope);
            redirect.addFlashAttribute("success", "workforce.left");
            return "redirect:/regions/" + worker.getCommunityId() + "/workers";
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        }
        return LEAVE_FORM;
    }

    private String render(Region community, CommunityWorker worker, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("worker", worker);
        model.addAttribute("roles", WorkerRole.values());
        model.addAttribute("educations", Education.values());
        model.addAttribute("certificates", Certificate.values());
        model.addAttribute("members", queries.memberChoices(community.getId()));
        return FORM;
    }
}
