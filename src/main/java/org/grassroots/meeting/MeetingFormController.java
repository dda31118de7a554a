package org.grassroots.meeting;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Records and edits meetings. Every error re-displays the form with everything typed; choosing
 * another type or day re-lists the attendance (by htmx, or by the plain refresh button without it).
 */
@Controller
class MeetingFormController {

    private static final String FORM = "meeting/form";

    private final MeetingService meetings;
    private final MeetingPages pages;

    MeetingFormController(MeetingService meetings, MeetingPages pages) {
        this.meetings = meetings;
        this.pages = pages;
    }

    /** The empty form, or the form as typed so far when the refresh button sent it (type and day changed). */
    @GetMapping("/orgs/{id}/meetings/new")
    String newForm(@PathVariable long id, @ModelAttribute("form") MeetingForm form, BindingResult result, Scope scope,
            Model model) {
        model.addAttribute("page", pages.newForm(id, form, true, scope));
        return FORM;
    }

    /** Just the attendance table (and the chair and recorder choices) for htmx; the whole form otherwise. */
    @GetMapping("/orgs/{id}/meetings/attendees")
    String attendees(@PathVariable long id, @ModelAttribute("form") MeetingForm form, BindingResult result,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Scope scope, Model model) {
        model.addAttribute("page", pages.newForm(id, form, true, scope));
        return htmx == null ? FORM : "meeting/attendees :: swap";
    }

    @PostMapping("/orgs/{id}/meetings")
    String create(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Meeting saved = meetings.record(id, form, scope);
                redirect.addFlashAttribute("success", "meeting.saved");
                return "redirect:/meetings/" + saved.getId();
            } catch (BusinessRuleException e) {
                reject(result, e, model);
            } catch (InvalidInputException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("page", pages.newForm(id, form, false, scope));
        return FORM;
    }

    /** The stored meeting, or (refresh) the form as typed with the attendance of the chosen type and day. */
    @GetMapping("/meetings/{id}/edit")
    String editForm(@PathVariable long id, @ModelAttribute("form") MeetingForm form, BindingResult result,
            @RequestParam(required = false) String refresh, Scope scope, Model model) {
        MeetingViews.FormPage page = pages.editForm(id, refresh == null ? null : form, true, scope);
        model.addAttribute("page", page);
        if (refresh == null) {
            model.addAttribute("form", page.form());
        }
        return FORM;
    }

    @PostMapping("/meetings/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                meetings.update(id, form, scope);
                redirect.addFlashAttribute("success", "meeting.saved");
                return "redirect:/meetings/" + id;
            } catch (StaleEditException e) {
                model.addAttribute("conflict", e.current());
                form.setVersion(e.currentVersion());
            } catch (BusinessRuleException e) {
                reject(result, e, model);
            } catch (InvalidInputException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("page", pages.editForm(id, form, false, scope));
        return FORM;
    }

    /** The duplicate warning also offers the box that confirms a second record of the same day. */
    private static void reject(BindingResult result, BusinessRuleException e, Model model) {
        Forms.reject(result, e);
        if ("meeting.duplicate".equals(e.messageKey())) {
            model.addAttribute("askDuplicate", true);
        }
    }
}
