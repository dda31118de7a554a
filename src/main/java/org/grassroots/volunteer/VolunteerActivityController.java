package org.grassroots.volunteer;

import jakarta.validation.Valid;
import org.grassroots.region.Region;
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

/** Volunteer activities: the list of a year, one activity with its hours, the activity form and the hours. */
@Controller
class VolunteerActivityController {

    private static final String FORM = "volunteer/activity-form";
    private static final String DETAIL = "volunteer/activity";

    private final VolunteerService volunteers;
    private final VolunteerPages pages;

    VolunteerActivityController(VolunteerService volunteers, VolunteerPages pages) {
        this.volunteers = volunteers;
        this.pages = pages;
    }

    /** ?year= (default this year), ?page= from 0; unreadable values fall back to the defaults. */
    @GetMapping("/regions/{regionId}/volunteer-activities")
    String list(@PathVariable long regionId, @RequestParam(required = false) String year,
            @RequestParam(required = false) String page, Scope scope, Model model) {
        model.addAttribute("page", pages.activities(regionId, VolunteerController.numberOf(year),
                VolunteerController.pageOf(page), scope));
        return "volunteer/activities";
    }

    @GetMapping("/volunteer-activities/{id}")
    String detail(@PathVariable long id, Scope scope, Model model) {
        model.addAttribute("hoursForm", new HoursForm());
        return renderDetail(id, scope, model);
    }

    @GetMapping("/regions/{communityId}/volunteer-activities/new")
    String newActivity(@PathVariable long communityId, Scope scope, Model model) {
        Region community = volunteers.requireCommunity(communityId, scope);
        ActivityForm form = new ActivityForm();
        form.setHeldOn(volunteers.today());
        model.addAttribute("activityForm", form);
        return render(community, null, model);
    }

    @PostMapping("/regions/{communityId}/volunteer-activities")
    String create(@PathVariable long communityId, @Valid @ModelAttribute("activityForm") ActivityForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        Region community = volunteers.requireCommunity(communityId, scope);
        if (result.hasErrors()) {
            return render(community, null, model);
        }
        VolunteerActivity saved = volunteers.createActivity(communityId, form, scope);
        redirect.addFlashAttribute("success", "volunteer.activity.saved");
        return "redirect:/volunteer-activities/" + saved.getId();
    }

    @GetMapping("/volunteer-activities/{id}/edit")
    String edit(@PathVariable long id, Scope scope, Model model) {
        VolunteerActivity a = volunteers.requireActivity(id, scope);
        model.addAttribute("activityForm", ActivityForm.of(a));
        return render(volunteers.requireCommunity(a.getCommunityId(), scope), a, model);
    }

    @PostMapping("/volunteer-activities/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("activityForm") ActivityForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        VolunteerActivity a = volunteers.requireActivity(id, scope);
        Region community = volunteers.requireCommunity(a.getCommunityId(), scope);
        if (result.hasErrors()) {
            return render(community, a, model);
        }
        try {
            volunteers.updateActivity(id, form, scope);
            redirect.addFlashAttribute("success", "volunteer.activity.saved");
            return "redirect:/volunteer-activities/" + id;
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        }
        return render(community, a, model);
    }

    /** Hours of one volunteer; errors re-display the activity page with the values typed. */
    @PostMapping("/volunteer-activities/{id}/hours")
    String hours(@PathVariable long id, @Valid @ModelAttribute("hoursForm") HoursForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        volunteers.requireActivity(id, scope);
        if (result.hasErrors()) {
            return renderDetail(id, scope, model);
        }
        try {
            boolean created = volunteers.recordHours(id, form, scope);
            redirect.addFlashAttribute("success", created ? "volunteer.hours.saved" : "volunteer.hours.replaced");
            return "redirect:/volunteer-activities/" + id;
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        }
        return renderDetail(id, scope, model);
    }

    @PostMapping("/volunteer-activities/{id}/hours/{volunteerId}/delete")
    String deleteHours(@PathVariable long id, @PathVariable long volunteerId, Scope scope,
            RedirectAttributes redirect) {
        volunteers.deleteHours(id, volunteerId, scope);
        redirect.addFlashAttribute("success", "volunteer.hours.deleted");
        return "redirect:/volunteer-activities/" + id;
    }

    private String renderDetail(long id, Scope scope, Model model) {
        model.addAttribute("page", pages.activity(id, scope));
        return DETAIL;
    }

    private String render(Region community, VolunteerActivity activity, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("activity", activity);
        return FORM;
    }
}
