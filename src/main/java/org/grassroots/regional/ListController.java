package org.grassroots.regional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.grassroots.region.Region;
import org.grassroots.region.RegionService;
import org.grassroots.resident.ResidentUnit;
import org.grassroots.resident.ResidentUnitService;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
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
 * The three lists: needs, resources and projects of a region (each also as Excel), their forms, the
 * matching page and the two claims (a unit claims a need, a community claims a resource), which open a
 * project draft.
 */
@Controller
class ListController {

    private static final String NEED_FORM = "regional/need-form";
    private static final String RESOURCE_FORM = "regional/resource-form";
    private static final String PROJECT_FORM = "regional/project-form";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ListService lists;
    private final RegionalPages pages;
    private final ResidentUnitService units;
    private final RegionService regions;
    private final ListExport export;
    private final MessageSource messages;

    ListController(ListService lists, RegionalPages pages, ResidentUnitService units, RegionService regions,
            ListExport export, MessageSource messages) {
        this.lists = lists;
        this.pages = pages;
        this.units = units;
        this.regions = regions;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping("/regions/{regionId}/needs")
    String needs(@PathVariable long regionId, @ModelAttribute("search") ListSearch search, BindingResult result,
            Scope scope, Model model) {
        model.addAttribute("page", pages.needs(regionId, search, scope));
        model.addAttribute("statuses", NeedStatus.values());
        return "regional/needs";
    }

    @GetMapping("/regions/{regionId}/resources")
    String resources(@PathVariable long regionId, @ModelAttribute("search") ListSearch search, BindingResult result,
            Scope scope, Model model) {
        model.addAttribute("page", pages.resources(regionId, search, scope));
        model.addAttribute("types", ResourceType.values());
        return "regional/resources";
    }

    @GetMapping("/regions/{regionId}/projects")
    String projects(@PathVariable long regionId, @ModelAttribute("search") ListSearch search, BindingResult result,
            Scope scope, Model model) {
        model.addAttribute("page", pages.projects(regionId, search, scope));
        model.addAttribute("statuses", ProjectStatus.values());
        return "regional/projects";
    }

    /** The needs as Excel: every row the page finds for the same search, not just one page. */
    @GetMapping("/regions/{regionId}/needs.xlsx")
    void needsExport(@PathVariable long regionId, @ModelAttribute("search") ListSearch search, BindingResult result,
            Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        var list = pages.allNeeds(regionId, search, scope);
        attachment(response, "lists.needs.file", regionId, locale);
        export.writeNeeds(list, locale, response.getOutputStream());
    }

    @GetMapping("/regions/{regionId}/resources.xlsx")
    void resourcesExport(@PathVariable long regionId, @ModelAttribute("search") ListSearch search,
            BindingResult result, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        var list = pages.allResources(regionId, search, scope);
        attachment(response, "lists.resources.file", regionId, locale);
        export.writeResources(list, locale, response.getOutputStream());
    }

    @GetMapping("/regions/{regionId}/projects.xlsx")
    void projectsExport(@PathVariable long regionId, @ModelAttribute("search") ListSearch search,
            BindingResult result, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        var list = pages.allProjects(regionId, search, scope);
        attachment(response, "lists.projects.file", regionId, locale);
        export.writeProjects(list, locale, response.getOutputStream());
    }

    private void attachment(HttpServletResponse response, String fileKey, long regionId, Locale locale) {
        String name = messages.getMessage(fileKey, new Object[] {Long.toString(regionId), lists.today().toString()},
                locale);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(name, StandardCharsets.UTF_8).build().toString());
    }

    @GetMapping("/regions/{regionId}/matching")
    String matching(@PathVariable long regionId, @RequestParam(defaultValue = "0") String page, Scope scope,
            Model model) {
        model.addAttribute("page", pages.matching(regionId, JointMeetingController.pageNumber(page), scope));
        return "regional/matching";
    }

    // ---------------------------------------------------------------- needs

    @GetMapping("/regions/{regionId}/needs/new")
    String newNeed(@PathVariable long regionId, Scope scope, Model model) {
        Region community = lists.requireCommunity(regionId, scope);
        NeedForm form = new NeedForm();
        form.setRaisedOn(lists.today());
        model.addAttribute("form", form);
        return renderNeed(community, null, model);
    }

    @PostMapping("/regions/{regionId}/needs")
    String raise(@PathVariable long regionId, @Valid @ModelAttribute("form") NeedForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        Region community = lists.requireCommunity(regionId, scope);
        if (result.hasErrors()) {
            return renderNeed(community, null, model);
        }
        try {
            lists.raise(regionId, form, scope);
            redirect.addFlashAttribute("success", "regional.saved");
            return "redirect:/regions/" + regionId + "/needs";
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return renderNeed(community, null, model);
        }
    }

    @GetMapping("/needs/{id}/edit")
    String editNeed(@PathVariable long id, Scope scope, Model model) {
        Need n = lists.requireNeed(id, scope);
        model.addAttribute("form", NeedForm.of(n));
        return renderNeed(lists.requireCommunity(n.getCommunityId(), scope), n, model);
    }

    @PostMapping("/needs/{id}")
    String updateNeed(@PathVariable long id, @Valid @ModelAttribute("form") NeedForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        Need n = lists.requireNeed(id, scope);
        Region community = lists.requireCommunity(n.getCommunityId(), scope);
        if (result.hasErrors()) {
            return renderNeed(community, n, model);
        }
        try {
            lists.updateNeed(id, form, scope);
            redirect.addFlashAttribute("success", "regional.saved");
            return "redirect:/regions/" + community.getId() + "/needs";
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return renderNeed(community, n, model);
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return renderNeed(community, n, model);
        }
    }

    private String renderNeed(Region community, Need need, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("need", need);
        model.addAttribute("categories", pages.categories());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("raisedByKinds", RaisedBy.values());
        model.addAttribute("projects", need == null ? List.of() : pages.projectsOfNeed(need.getId()));
        return NEED_FORM;
    }

    // ---------------------------------------------------------------- resources

    @GetMapping("/resident-units/{unitId}/resources/new")
    String newResource(@PathVariable long unitId, Scope scope, Model model) {
        ResidentUnit unit = units.require(unitId, scope);
        model.addAttribute("form", new ResourceForm());
        return renderResource(unit, null, model);
    }

    @PostMapping("/resident-units/{unitId}/resources")
    String offer(@PathVariable long unitId, @Valid @ModelAttribute("form") ResourceForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        ResidentUnit unit = units.require(unitId, scope);
        if (result.hasErrors()) {
            return renderResource(unit, null, model);
        }
        try {
            lists.offer(unitId, form, scope);
            redirect.addFlashAttribute("success", "regional.saved");
            return "redirect:/resident-units/" + unitId;
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return renderResource(unit, null, model);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return renderResource(unit, null, model);
        }
    }

    @GetMapping("/resources/{id}/edit")
    String editResource(@PathVariable long id, Scope scope, Model model) {
        UnitResource r = lists.requireResource(id, scope);
        model.addAttribute("form", ResourceForm.of(r));
        return renderResource(units.require(r.getUnitId(), scope), r, model);
    }

    @PostMapping("/resources/{id}")
    String updateResource(@PathVariable long id, @Valid @ModelAttribute("form") ResourceForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        UnitResource r = lists.requireResource(id, scope);
        ResidentUnit unit = units.require(r.getUnitId(), scope);
        if (result.hasErrors()) {
            return renderResource(unit, r, model);
        }
        try {
            lists.updateResource(id, form, scope);
            redirect.addFlashAttribute("success", "regional.saved");
            return "redirect:/resident-units/" + unit.getId();
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return renderResource(unit, r, model);
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return renderResource(unit, r, model);
        }
    }

    @PostMapping("/resources/{id}/withdraw")
    String withdraw(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        UnitResource r = lists.requireResource(id, scope);
        lists.withdraw(id, scope);
        redirect.addFlashAttribute("success", "regional.resource.withdrawn.done");
        return "redirect:/resident-units/" + r.getUnitId();
    }

    private String renderResource(ResidentUnit unit, UnitResource resource, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("resource", resource);
        model.addAttribute("categories", pages.categories());
        model.addAttribute("types", ResourceType.values());
        return RESOURCE_FORM;
    }

    // ---------------------------------------------------------------- projects

    /**
     * A project draft. From a need ("a unit claims it") or from a resource ("a community claims it") the
     * form opens with that choice made and the origin recorded.
     */
    @GetMapping("/regions/{regionId}/projects/new")
    String newProject(@PathVariable long regionId, @RequestParam(required = false) String needId,
            @RequestParam(required = false) String resourceId, Scope scope, Model model) {
        Region region = regions.require(regionId, scope);
        ProjectForm form = new ProjectForm();
        Long need = number(needId);
        Long resource = number(resourceId);
        if (need != null) {
            form.setNeedId(need);
            form.setOrigin(ProjectOrigin.UNIT_CLAIM);
        }
        if (resource != null) {
            form.getResourceIds().add(resource);
            form.setOrigin(need == null ? ProjectOrigin.COMMUNITY_CLAIM : ProjectOrigin.MATCH);
        }
        model.addAttribute("form", form);
        return renderProject(region, null, model);
    }

    @PostMapping("/regions/{regionId}/projects")
    String startProject(@PathVariable long regionId, @Valid @ModelAttribute("form") ProjectForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        Region region = regions.require(regionId, scope);
        if (form.getNeedId() == null) {
            result.rejectValue("needId", "regional.project.need.required", "regional.project.need.required");
        }
        if (result.hasErrors()) {
            return renderProject(region, null, model);
        }
        try {
            lists.start(form, scope);
            redirect.addFlashAttribute("success", "regional.saved");
            return "redirect:/regions/" + regionId + "/projects";
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return renderProject(region, null, model);
        }
    }

    @GetMapping("/projects/{id}/edit")
    String editProject(@PathVariable long id, Scope scope, Model model) {
        Project p = lists.requireProject(id, scope);
        model.addAttribute("form", ProjectForm.of(p));
        return renderProject(communityOf(p, scope), p, model);
    }

    @PostMapping("/projects/{id}")
    String updateProject(@PathVariable long id, @Valid @ModelAttribute("form") ProjectForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        Project p = lists.requireProject(id, scope);
        Region community = communityOf(p, scope);
        if (form.getNeedId() == null) {
            result.rejectValue("needId", "regional.project.need.required", "regional.project.need.required");
        }
        if (result.hasErrors()) {
            return renderProject(community, p, model);
        }
        try {
            lists.updateProject(id, form, scope);
            redirect.addFlashAttribute("success", "regional.saved");
            return "redirect:/regions/" + community.getId() + "/projects";
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return renderProject(community, p, model);
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return renderProject(community, p, model);
        }
    }

    private Region communityOf(Project p, Scope scope) {
        return lists.requireCommunity(lists.requireNeed(p.getNeedId(), scope).getCommunityId(), scope);
    }

    private String renderProject(Region region, Project project, Model model) {
        model.addAttribute("region", region);
        model.addAttribute("project", project);
        model.addAttribute("needs", pages.needChoices(region, project == null ? null : project.getNeedId()));
        model.addAttribute("resources", pages.resourceChoices(region,
                project == null ? List.of() : project.getResourceIds()));
        model.addAttribute("statuses", ProjectStatus.values());
        return PROJECT_FORM;
    }

    private static Long number(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
