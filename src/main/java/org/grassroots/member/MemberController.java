package org.grassroots.member;

import jakarta.validation.Valid;
import org.grassroots.org.OrgService;
import org.grassroots.org.OrgType;
import org.grassroots.region.RegionService;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.grassroots.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class MemberController {

    private static final String FORM = "member/form";
    private static final int MAX_EXPORT = 50_000;

    private final MemberService members;
    private final OrgService orgs;
    private final RegionService regions;
    private final MemberExport export;
    private final org.springframework.beans.factory.ObjectProvider<MemberPageLine> lines;
    private final org.springframework.beans.factory.ObjectProvider<MemberTimeline> timelines;

    MemberController(MemberService members, OrgService orgs, RegionService regions, MemberExport export,
            org.springframework.beans.factory.ObjectProvider<MemberPageLine> lines,
            org.springframework.beans.factory.ObjectProvider<MemberTimeline> timelines) {
        this.members = members;
        this.orgs = orgs;
        this.regions = regions;
        this.export = export;
        this.lines = lines;
        this.timelines = timelines;
    }

    @InitBinder("search")
    void searchBinder(WebDataBinder binder) {
        binder.setDisallowedFields("orgPath", "orgIds*");
    }

    @GetMapping("/members")
    String list(@ModelAttribute("search") MemberSearch search, Scope scope, Model model) {
        MemberService.MemberPage found = members.search(search, scope);
        model.addAttribute("results", found.page());
        model.addAttribute("countCapped", found.more());
        model.addAttribute("statuses", MemberStatus.values());
        // a city or district holds thousands of organizations: the filter lists the upper levels
        OrgService.FilterChoices choices = orgs.filterChoices(scope, search.getOrgId());
        model.addAttribute("orgs", choices.orgs());
        model.addAttribute("orgsShortened", choices.shortened());
        return "member/list";
    }

    /** The search as an Excel roster (masked ID numbers and phones), up to MAX_EXPORT rows. */
    @GetMapping("/members/export")
    void export(@ModelAttribute("search") MemberSearch search, Scope scope, java.util.Locale locale,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        var pages = members.searchAll(search, scope, MAX_EXPORT);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                .filename("members.xlsx").build().toString());
        export.write(pages, locale, response.getOutputStream());
    }

    @GetMapping("/members/{id}")
    String detail(@PathVariable long id, Scope scope, Model model) {
        PartyMember member = members.require(id, scope);
        addDetail(member, model);
        return "member/detail";
    }

    /** Shows the full ID number once, and writes who saw it to the audit log. */
    @PostMapping("/members/{id}/id-number")
    String revealIdNumber(@PathVariable long id, Scope scope, Model model) {
        model.addAttribute("fullIdNumber", members.revealIdNumber(id, scope));
        addDetail(members.require(id, scope), model);
        return "member/detail";
    }

    private void addDetail(PartyMember member, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("residence", members.residenceOf(member).orElse(null));
        model.addAttribute("pageLines", lines.orderedStream().flatMap(l -> l.lineFor(member).stream()).toList());
        var history = members.historyOf(member);
        model.addAttribute("history", history);
        var orgIds = history.stream().flatMap(h -> java.util.stream.Stream.of(h.getFromOrgId(), h.getToOrgId()))
                .filter(java.util.Objects::nonNull).distinct().toList();
        model.addAttribute("orgNames", orgs.byIds(orgIds).stream()
                .collect(java.util.stream.Collectors.toMap(o -> o.getId(), o -> o.getName())));
        // the timeline: the member's own history rows and every other feature's events, in date order
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        java.util.List<TimelineRow> timeline = new java.util.ArrayList<>();
        history.forEach(h -> timeline.add(new TimelineRow(h.getEffectiveOn(), h, null)));
        timelines.orderedStream().flatMap(t -> t.eventsOf(member, locale).stream())
                .forEach(e -> timeline.add(new TimelineRow(e.on(), null, e)));
        timeline.sort(java.util.Comparator.comparing(TimelineRow::on));
        model.addAttribute("timeline", timeline);
    }

    /** A row of the member's timeline: a history row of this package, or another feature's event. */
    record TimelineRow(java.time.LocalDate on, MemberHistory history, MemberTimeline.Event event) {
    }

    @GetMapping("/members/new")
    String newForm(@RequestParam(required = false) Long orgId, Scope scope, Model model) {
        MemberForm form = new MemberForm();
        form.setStatus(MemberStatus.FULL);
        if (orgId != null) {
            form.setOrgId(orgs.require(orgId, scope).getId());
        }
        model.addAttribute("form", form);
        return render(null, scope, model);
    }

    @PostMapping("/members")
    String create(@Valid @ModelAttribute("form") MemberForm form, BindingResult result, Scope scope, Model model,
            RedirectAttributes redirect) {
        if (form.getIdNumber() == null || form.getIdNumber().isBlank()) {
            result.rejectValue("idNumber", "member.idNumber.required");
        }
        if (result.hasErrors()) {
            return render(null, scope, model);
        }
        try {
            PartyMember saved = members.create(form, scope);
            redirect.addFlashAttribute("success", "member.saved");
            return "redirect:/members/" + saved.getId();
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        }
        return render(null, scope, model);
    }

    @GetMapping("/members/{id}/edit")
    String editForm(@PathVariable long id, Scope scope, Model model) {
        PartyMember member = members.require(id, scope);
        model.addAttribute("form", MemberForm.of(member));
        return render(member, scope, model);
    }

    @PostMapping("/members/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") MemberForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        PartyMember member = members.require(id, scope);
        if (result.hasErrors()) {
            return render(member, scope, model);
        }
        try {
            members.update(id, form, scope);
            redirect.addFlashAttribute("success", "member.saved");
            return "redirect:/members/" + id;
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        }
        return render(member, scope, model);
    }

    private String render(PartyMember member, Scope scope, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("statuses", member == null ? java.util.List.of(MemberStatus.values())
                : java.util.Arrays.stream(MemberStatus.values()).filter(member.getStatus()::canChangeTo).toList());
        model.addAttribute("educations", Education.values());
        model.addAttribute("occupations", Occupation.values());
        model.addAttribute("ethnicities", Ethnicity.ALL);
        model.addAttribute("orgs", orgs.openInScope(scope).stream()
                .filter(o -> o.getType() != OrgType.PARTY_GROUP).toList());
        model.addAttribute("groups", members.groupsInScope(scope));
        model.addAttribute("committeeRoles", CommitteeRole.values());
        model.addAttribute("communities", regions.communitiesInScope(scope.kind() == Scope.Kind.REGION ? scope
                : Scope.ofRegion(0, "/")));
        return FORM;
    }
}
