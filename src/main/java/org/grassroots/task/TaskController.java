package org.grassroots.task;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.web.Forms;
import org.grassroots.task.TaskViews.Tab;
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

/** Tasks: the issued and received lists, the inbox, issuing a task, one task and its export. */
@Controller
class TaskController {

    static final String FORM = "task/form";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final TaskService tasks;
    private final TaskPages pages;
    private final TaskExport export;

    TaskController(TaskService tasks, TaskPages pages, TaskExport export) {
        this.tasks = tasks;
        this.pages = pages;
        this.export = export;
    }

    @GetMapping("/tasks")
    String list(@RequestParam(required = false) String tab, @RequestParam(required = false) String q,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "false") String overdue,
            @RequestParam(defaultValue = "0") int page, Scope scope, Model model) {
        Tab shown = "RECEIVED".equals(tab) ? Tab.RECEIVED : Tab.ISSUED;
        RecipientStatus filter = Arrays.stream(RecipientStatus.values()).filter(s -> s.name().equals(status))
                .findFirst().orElse(null);
        if (status != null && !status.isBlank() && filter == null) {
            model.addAttribute("filterError", "task.filter.unknown");
        }
        String query = q == null || q.isBlank() ? null : q.trim();
        if (query != null && query.length() > 50) {
            query = query.substring(0, 50);
        }
        model.addAttribute("page", pages.list(shown, query, filter, "true".equals(overdue), page, scope));
        model.addAttribute("statuses", RecipientStatus.values());
        return "task/list";
    }

    @GetMapping("/tasks/inbox")
    String inbox(@RequestParam(defaultValue = "0") int page, Scope scope, Model model) {
        model.addAttribute("page", pages.inbox(page, scope));
        return "task/inbox";
    }

    @GetMapping("/tasks/new")
    String newTask(Scope scope, Model model) {
        model.addAttribute("taskForm", TaskForm.blank());
        return render(null, scope, model);
    }

    @PostMapping("/tasks")
    String create(@Valid @ModelAttribute("taskForm") TaskForm form, BindingResult result, Scope scope, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return render(null, scope, model);
        }
        try {
            WorkTask saved = tasks.create(form, scope);
            redirect.addFlashAttribute("success", "task.saved");
            return "redirect:/tasks/" + saved.getId();
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        }
        return render(null, scope, model);
    }

    @GetMapping("/tasks/{id}")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Scope scope, Model model) {
        model.addAttribute("page", pages.task(id, page, scope));
        return "task/detail";
    }

    @GetMapping("/tasks/{id}/recipients.xlsx")
    void exportRecipients(@PathVariable long id, Scope scope, Locale locale, HttpServletResponse response)
            throws IOException {
        var lines = pages.allLines(id, scope);
        WorkTask task = tasks.requireTask(id);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("task-" + id + "-recipients.xlsx").build().toString());
        export.write(task, lines, locale, response.getOutputStream());
    }

    /** The issuing form, also used to forward a received task ({@code from}: the recipient row). */
    String render(TaskRecipient from, Scope scope, Model model) {
        model.addAttribute("from", from);
        model.addAttribute("parentTask", from == null ? null : pages.taskOf(from));
        model.addAttribute("regionChoices", pages.regionChoices(scope));
        model.addAttribute("orgChoices", pages.orgChoices(scope));
        model.addAttribute("priorities", TaskPriority.values());
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("minDeadline", tasks.today());
        return FORM;
    }
}
