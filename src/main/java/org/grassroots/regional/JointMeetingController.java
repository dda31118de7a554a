package org.grassroots.regional;

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

/** The regional overview of a region, and the joint meeting of a street or community. */
@Controller
class JointMeetingController {

    private static final String MEMBER_FORM = "regional/member-form";
    private static final String MEETING_FORM = "regional/meeting-form";
    private static final String FOLLOW_UP_FORM = "regional/follow-up-form";

    private final JointMeetingService joint;
    private final RegionalPages pages;

    JointMeetingController(JointMeetingService joint, RegionalPages pages) {
        this.joint = joint;
        this.pages = pages;
    }

    @GetMapping("/regions/{regionId}/regional")
    String overview(@PathVariable long regionId, Scope scope, Model model) {
        model.addAttribute("page", pages.overview(regionId, scope));
        return "regional/overview";
    }

    @GetMapping("/regions/{regionId}/joint-meeting")
    String joint(@PathVariable long regionId, @RequestParam(defaultValue = "0") String page, Scope scope,
            Model model) {
        model.addAttribute("page", pages.joint(regionId, pageNumber(page), scope));
        return "regional/joint";
    }

    static int pageNumber(String page) {
        try {
            return Math.max(0, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    // ---------------------------------------------------------------- members

    @GetMapping("/regions/{regionId}/joint-meeting/members/new")
    String newMember(@PathVariable long regionId, Scope scope, Model model) {
        Region seat = joint.requireSeat(regionId, scope);
        JointMemberForm form = new JointMemberForm();
        form.setJoinedOn(joint.today());
        model.addAttribute("form", form);
        return renderMember(seat, null, model);
    }

    @PostMapping("/regions/{regionId}/joint-meeting/members")
    String addMember(@PathVariable long regionId, @Valid @ModelAttribute("form") JointMemberForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        Region seat = joint.requireSeat(regionId, scope);
        if (result.hasErrors()) {
            return renderMember(seat, null, model);
        }
        try {
            joint.addMember(regionId, form, scope);
            redirect.addFlashAttribute("success", "regional.saved");
            return "redirect:/regions/" + regionId + "/joint-meeting";
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return renderMember(seat, null, model);
        }
    }

    @GetMapping("/joint-members/{id}/edit")
    String editMember(@PathVariable long id, Scope scope, Model model) {
        JointMember m = joint.requireMember(id, scope);
        model.addAttribute("form", JointMemberForm.of(m));
        return renderMember(joint.requireSeat(m.getRegionId(), scope), m, model);
    }

    @PostMapping("/joint-members/{id}")
    String updateMember(@PathVariable long id, @Valid @ModelAttribute("form") JointMemberForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        JointMember m = joint.requireMember(id, scope);
        Region seat = joint.requireSeat(m.getRegionId(), scope);
        if (result.hasErrors()) {
            return renderMember(seat, m, model);
        }
        try {
            joint.updateMember(id, form, scope);
            redirect.addFlashAttribute("success", "regional.saved");
            return "redirect:/regions/" + seat.getId() + "/joint-meeting";
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return renderMember(seat, m, model);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return renderMember(seat, m, model);
        }
    }

    private String renderMember(Region seat, JointMember member, Model model) {
        model.addAttribute("seat", seat);
        model.addAttribute("member", member);
        model.addAttribute("units", pages.unitChoices(seat));
        return MEMBER_FORM;
    }

    // ---------------------------------------------------------------- meetings

    @GetMapping("/regions/{regionId}/joint-meetings/new")
    String newMeeting(@PathVariable long regionId, Scope scope, Model model) {
        Region seat = joint.requireSeat(regionId, scope);
        JointMeetingForm form = new JointMeetingForm();
        form.setHeldOn(joint.today());
        model.addAttribute("form", form);
        return renderMeeting(seat, null, model);
    }

    @PostMapping("/regions/{regionId}/joint-meetings")
    String recordMeeting(@PathVariable long regionId, @Valid @ModelAttribute("form") JointMeetingForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        Region seat = joint.requireSeat(regionId, scope);
        if (result.hasErrors()) {
            return renderMeeting(seat, null, model);
        }
        try {
            joint.recordMeeting(regionId, form, scope);
            redirect.addFlashAttribute("success", "regional.saved");
            return "redirect:/regions/" + regionId + "/joint-meeting";
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return renderMeeting(seat, null, model);
        }
    }

    @GetMapping("/joint-meetings/{id}/edit")
    String editMeeting(@PathVariable long id, Scope scope, Model model) {
        JointMeeting m = joint.requireMeeting(id, scope);
        model.addAttribute("form", JointMeetingForm.of(m));
        return renderMeeting(joint.requireSeat(m.getRegionId(), scope), m, model);
    }

    @PostMapping("/joint-meetings/{id}")
    String updateMeeting(@PathVariable long id, @Valid @ModelAttribute("form") JointMeetingForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        JointMeeting m = joint.requireMeeting(id, scope);
        Region seat = joint.requireSeat(m.getRegionId(), scope);
        if (result.hasErrors()) {
            return renderMeeting(seat, m, model);
        }
        try {
            joint.updateMeeting(id, form, scope);
            redirect.addFlashAttribute("success", "regional.saved");
            return "redirect:/regions/" + seat.getId() + "/joint-meeting";
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return renderMeeting(seat, m, model);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return renderMeeting(seat, m, model);
        }
    }

    private String renderMeeting(Region seat, JointMeeting meeting, Model model) {
        model.addAttribute("seat", seat);
        model.addAttribute("meeting", meeting);
        model.addAttribute("members", pages.memberRows(seat.getId()));
        return MEETING_FORM;
    }

    // ---------------------------------------------------------------- follow-ups

    @GetMapping("/regions/{regionId}/follow-ups/new")
    String newFollowUp(@PathVariable long regionId, @RequestParam(required = false) Long meetingId, Scope scope,
            Model model) {
        Region seat = joint.requireSeat(regionId, scope);
        FollowUpForm form = new FollowUpForm();
        form.setMeetingId(meetingId);
        model.addAttribute("form", form);
        return renderFollowUp(seat, null, model);
    }

    @PostMapping("/regions/{regionId}/follow-ups")
    String addFollowUp(@PathVariable long regionId, @Valid @ModelAttribute("form") FollowUpForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        Region seat = joint.requireSeat(regionId, scope);
        if (result.hasErrors()) {
            return renderFollowUp(seat, null, model);
        }
        try {
            joint.addFollowUp(regionId, form, scope);
            redirect.addFlashAttribute("success", "regional.saved");
            return "redirect:/regions/" + regionId + "/joint-meeting";
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return renderFollowUp(seat, null, model);
        }
    }

    @GetMapping("/follow-ups/{id}/edit")
    String editFollowUp(@PathVariable long id, Scope scope, Model model) {
        FollowUp f = joint.requireFollowUp(id, scope);
        model.addAttribute("form", FollowUpForm.of(f));
        return renderFollowUp(joint.requireSeat(f.getRegionId(), scope), f, model);
    }

    @PostMapping("/follow-ups/{id}")
    String updateFollowUp(@PathVariable long id, @Valid @ModelAttribute("form") FollowUpForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        FollowUp f = joint.requireFollowUp(id, scope);
        Region seat = joint.requireSeat(f.getRegionId(), scope);
        if (result.hasErrors()) {
            return renderFollowUp(seat, f, model);
        }
        try {
            joint.updateFollowUp(id, form, scope);
            redirect.addFlashAttribute("success", "regional.saved");
            return "redirect:/regions/" + seat.getId() + "/joint-meeting";
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return renderFollowUp(seat, f, model);
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return renderFollowUp(seat, f, model);
        }
    }

    private String renderFollowUp(Region seat, FollowUp followUp, Model model) {
        model.addAttribute("seat", seat);
        model.addAttribute("followUp", followUp);
        model.addAttribute("owners", pages.memberRows(seat.getId()).stream()
                .filter(m -> m.member().isCurrent()
                        || (followUp != null && m.member().getUnitId().equals(followUp.getOwnerUnitId())))
                .map(m -> new RegionalViews.Choice(m.member().getUnitId(), m.unitName())).distinct().toList());
        model.addAttribute("meetings", joint.meetingsOf(seat.getId()));
        model.addAttribute("statuses", FollowUpStatus.values());
        return FOLLOW_UP_FORM;
    }
}
