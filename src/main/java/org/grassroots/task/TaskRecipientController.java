package org.grassroots.task;

import jakarta.validation.Valid;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.grassroots.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A received task: acknowledge it, report progress, complete it with evidence, or forward it down. */
@Controller
class TaskRecipientController {

    private static final String PAGE = "task/recipient";

    private final TaskService tasks;
    private final TaskPages pages;
    private final TaskController issuing;

    TaskRecipientController(TaskService tasks, TaskPages pages, TaskController issuing) {
        this.tasks = tasks;
        this.pages = pages;
        this.issuing = issuing;
    }

    @GetMapping("/task-recipients/{id}")
    String page(@PathVariable long id, Scope scope, Model model) {
        return render(id, null, null, scope, model);
    }

    @PostMapping("/task-recipients/{id}/acknowledge")
    String acknowledge(@PathVariable long id, @RequestParam(required = false) Long version, Scope scope, Model model,
            RedirectAttributes redirect) {
        try {
            tasks.acknowledge(id, version, scope);
            redirect.addFlashAttribute("success", "task.acknowledged");
            return "redirect:/task-recipients/" + id;
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            return render(id, null, null, scope, model);
        }
    }

    @PostMapping("/task-recipients/{id}/progress")
    String progress(@PathVariable long id, @Valid @ModelAttribute("taskNoteForm") NoteForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        tasks.requireMine(id, scope);
        if (!result.hasErrors()) {
            try {
                tasks.report(id, form, scope);
                redirect.addFlashAttribute("success", "task.reported");
                return "redirect:/task-recipients/" + id;
            } catch (StaleEditException e) {
                model.addAttribute("conflict", e.current());
                form.setVersion(e.currentVersion());
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return render(id, form, null, scope, model);
    }

    @PostMapping("/task-recipients/{id}/complete")
    String complete(@PathVariable long id, @Valid @ModelAttribute("taskCompleteForm") CompleteForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        tasks.requireMine(id, scope);
        if (!result.hasErrors()) {
            try {
                tasks.complete(id, form, scope);
                redirect.addFlashAttribute("success", "task.completed");
                return "redirect:/task-recipients/" + id;
            } catch (StaleEditException e) {
                model.addAttribute("conflict", e.current());
                form.setVersion(e.currentVersion());
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return render(id, null, form, scope, model);
    }

    @GetMapping("/task-recipients/{id}/forward")
    String forwardForm(@PathVariable long id, Scope scope, Model model) {
        TaskRecipient from = tasks.requireMine(id, scope);
        model.addAttribute("taskForm", TaskForm.forwardOf(pages.taskOf(from)));
        return issuing.render(from, scope, model);
    }

    @PostMapping("/task-recipients/{id}/forward")
    String forward(@PathVariable long id, @Valid @ModelAttribute("taskForm") TaskForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        TaskRecipient from = tasks.requireMine(id, scope);
        if (result.hasErrors()) {
            return issuing.render(from, scope, model);
        }
        try {
            WorkTask child = tasks.forward(id, form, scope);
            redirect.addFlashAttribute("success", "task.forwarded");
            return "redirect:/tasks/" + child.getId();
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        }
        return issuing.render(from, scope, model);
    }

    private String render(long id, NoteForm note, CompleteForm complete, Scope scope, Model model) {
        TaskViews.RecipientPage page = pages.recipient(id, scope);
        long version = page.recipient().getVersion();
        if (note == null) {
            note = new NoteForm();
            note.setVersion(version);
        }
        if (complete == null) {
            complete = new CompleteForm();
            complete.setVersion(version);
        }
        model.addAttribute("page", page);
        model.addAttribute("taskNoteForm", note);
        model.addAttribute("taskCompleteForm", complete);
        return PAGE;
    }
}
