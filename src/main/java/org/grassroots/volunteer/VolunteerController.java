package org.grassroots.volunteer;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.grassroots.region.Region;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.grassroots.shared.web.Forms;
import org.grassroots.volunteer.VolunteerViews.Filter;
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

/** The volunteers of a region's communities: the list, one volunteer, registration, edits and leaving. */
@Controller
class VolunteerController {

    private static final String FORM = "volunteer/form";

    private final VolunteerService volunteers;
    private final VolunteerPages pages;
    private final VolunteerExport export;
    private final MessageSource messages;

    VolunteerController(VolunteerService volunteers, VolunteerPages pages, VolunteerExport export,
            MessageSource messages) {
        this.volunteers = volunteers;
        this.pages = pages;
        this.export = export;
        this.messages = messages;
    }

    /** ?q= name or skills, ?filter=CURRENT|LEFT|ALL, ?page= from 0; unreadable values fall back to the defaults. */
    @GetMapping("/regions/{regionId}/volunteers")
    String list(@PathVariable long regionId, @RequestParam(required = false) String q,
            @RequestParam(required = false) String filter, @RequestParam(required = false) String page, Scope scope,
            Model model) {
        model.addAttribute("page", pages.list(regionId, q, filterOf(filter), pageOf(page), scope));
        return "volunteer/list";
    }

    /** The list as Excel: every volunteer for the same text and filter, phones masked. */
    @GetMapping("/regions/{regionId}/volunteers.xlsx")
    void export(@PathVariable long regionId, @RequestParam(required = false) String q,
            @RequestParam(required = false) String filter, Scope scope, Locale locale, HttpServletResponse response)
            throws IOException {
        var list = pages.allVolunteers(regionId, q, filterOf(filter), scope);
        String name = messages.getMessage("lists.volunteers.file", new Object[] {Long.toString(regionId),
                volunteers.today().toString()}, locale);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8).build().toString());
        export.write(list, locale, response.getOutputStream());
    }

    @GetMapping("/volunteers/{id}")
    String detail(@PathVariable long id, Scope scope, Model model) {
        model.addAttribute("page", pages.volunteer(id, scope));
        model.addAttribute("today", volunteers.today());
        return "volunteer/detail";
    }

    @GetMapping("/regions/{communityId}/volunteers/new")
    String newVolunteer(@PathVariable long communityId, Scope scope, Model model) {
        Region community = volunteers.requireCommunity(communityId, scope);
        VolunteerForm form = new VolunteerForm();
        form.setRegisteredOn(volunteers.today());
        model.addAttribute("volunteerForm", form);
        return render(community, null, model);
    }

    @PostMapping("/regions/{communityId}/volunteers")
    String create(@PathVariable long communityId, @Valid @ModelAttribute("volunteerForm") VolunteerForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        Region community = volunteers.requireCommunity(communityId, scope);
        if (result.hasErrors()) {
            return render(community, null, model);
        }
        try {
            Volunteer saved = volunteers.register(communityId, form, scope);
            redirect.addFlashAttribute("success", "volunteer.saved");
            return "redirect:/volunteers/" + saved.getId();
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        }
        return render(community, null, model);
    }

    @GetMapping("/volunteers/{id}/edit")
    String edit(@PathVariable long id, Scope scope, Model model) {
        Volunteer v = volunteers.require(id, scope);
        model.addAttribute("volunteerForm", VolunteerForm.of(v));
        return render(volunteers.requireCommunity(v.getCommunityId(), scope), v, model);
    }

    @PostMapping("/volunteers/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("volunteerForm") VolunteerForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        Volunteer v = volunteers.require(id, scope);
        Region community = volunteers.requireCommunity(v.getCommunityId(), scope);
        if (result.hasErrors()) {
            return render(community, v, model);
        }
        try {
            volunteers.update(id, form, scope);
            redirect.addFlashAttribute("success", "volunteer.saved");
            return "redirect:/volunteers/" + id;
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        }
        return render(community, v, model);
    }

    /** The volunteer leaves on the day given (today when blank); the row is kept. */
    @PostMapping("/volunteers/{id}/leave")
    String leave(@PathVariable long id, @ModelAttribute LeaveForm form, BindingResult result, Scope scope,
            RedirectAttributes redirect) {
        volunteers.require(id, scope);
        if (result.hasErrors()) {
            redirect.addFlashAttribute("error", "volunteer.leftOn.invalid");
            return "redirect:/volunteers/" + id;
        }
        try {
            volunteers.leave(id, form.getLeftOn(), scope);
            redirect.addFlashAttribute("success", "volunteer.left.done");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/volunteers/" + id;
    }

    private String render(Region community, Volunteer volunteer, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("volunteer", volunteer);
        model.addAttribute("members", pages.memberChoices(community.getId(), volunteer));
        return FORM;
    }

    static Filter filterOf(String filter) {
        for (Filter f : Filter.values()) {
            if (f.name().equalsIgnoreCase(filter == null ? "" : filter.trim())) {
                return f;
            }
        }
        return Filter.CURRENT;
    }

    static int pageOf(String page) {
        Integer n = numberOf(page);
        return n == null ? 0 : Math.max(0, n);
    }

    /** A whole number typed into a query parameter; null when there is none or it is not one. */
    static Integer numberOf(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
