package org.grassroots.neworg;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import org.grassroots.neworg.NewOrgViews.OrgChoice;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "two new" registry: the list of a region (with its export), the coverage page, one unit, and the
 * forms to register, edit, move, change coverage, close and link members.
 */
@Controller
class NewOrgController {

    private static final String FORM = "neworg/form";
    private static final String REDIRECT = "redirect:/new-orgs/";

    private final NewOrgService units;
    private final NewOrgPages pages;
    private final CoveragePages coverage;
    private final NewOrgExport export;
    private final RegionService regions;

    NewOrgController(NewOrgService units, NewOrgPages pages, CoveragePages coverage, NewOrgExport export,
            RegionService regions) {
        this.units = units;
        this.pages = pages;
        this.coverage = coverage;
        this.export = export;
        this.regions = regions;
    }

    // ---------------------------------------------------------------- reading

    /** Filters that do not bind (an unknown kind, a page that is not a number) fall back to none. */
    @GetMapping("/regions/{regionId}/new-orgs")
    String list(@PathVariable long regionId, @ModelAttribute("search") NewOrgSearch search, BindingResult result,
            Scope scope, Model model) {
        model.addAttribute("page", pages.list(regionId, search, scope));
        addChoices(model);
        return "neworg/list";
    }

    @GetMapping("/regions/{regionId}/new-orgs.xlsx")
    void exportList(@PathVariable long regionId, @ModelAttribute("search") NewOrgSearch search,
            BindingResult result, Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        var rows = pages.export(regionId, search, scope);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment().filename("new-orgs.xlsx").build()
                .toString());
        export.write(rows, locale, response.getOutputStream());
    }

    @GetMapping("/regions/{regionId}/coverage")
    String coverage(@PathVariable long regionId, Scope scope, Model model) {
        model.addAttribute("page", coverage.page(regionId, scope));
        return "neworg/coverage";
    }

    @GetMapping("/new-orgs/{id}")
    String detail(@PathVariable long id, Scope scope, Model model) {
        if (!model.containsAttribute("linkForm")) {
            model.addAttribute("linkForm", new LinkForm());
        }
        model.addAttribute("page", pages.detail(id, scope));
        return "neworg/detail";
    }

    // ---------------------------------------------------------------- register and edit

    @GetMapping("/regions/{regionId}/new-orgs/new")
    String newUnit(@PathVariable long regionId, Scope scope, Model model) {
        Region region = regions.require(regionId, scope);
        NewOrgForm form = new NewOrgForm();
        if (region.getLevel() == RegionLevel.COMMUNITY) {
            form.setCommunityId(region.getId());
            form.setStreetId(region.getParent().getId());
        } else if (region.getLevel() == RegionLevel.STREET) {
            form.setStreetId(region.getId());
        }
        form.setCoverageMode(CoverageMode.NONE);
        model.addAttribute("newOrgForm", form);
        return render(region, null, scope, model);
    }

    @PostMapping("/regions/{regionId}/new-orgs")
    String create(@PathVariable long regionId, @Valid @ModelAttribute("newOrgForm") NewOrgForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        Region region = regions.require(regionId, scope);
        if (result.hasErrors()) {
            return render(region, null, scope, model);
        }
        try {
            NewOrg saved = units.create(form, scope);
            redirect.addFlashAttribute("success", "neworg.saved");
            return REDIRECT + saved.getId();
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return render(region, null, scope, model);
        }
    }

    @GetMapping("/new-orgs/{id}/edit")
    String edit(@PathVariable long id, Scope scope, Model model) {
        NewOrg unit = units.require(id, scope);
        model.addAttribute("newOrgForm", NewOrgForm.of(unit));
        return render(null, unit, scope, model);
    }

    @PostMapping("/new-orgs/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("newOrgForm") NewOrgForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        NewOrg unit = units.require(id, scope);
        if (result.hasErrors()) {
            return render(null, unit, scope, model);
        }
        try {
            units.update(id, form, scope);
            redirect.addFlashAttribute("success", "neworg.saved");
            return REDIRECT + id;
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return render(null, unit, scope, model);
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return render(null, unit, scope, model);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return render(null, unit, scope, model);
        }
    }

    private String render(Region region, NewOrg unit, Scope scope, Model model) {
        model.addAttribute("region", region);
        model.addAttribute("unit", unit);
        addChoices(model);
        model.addAttribute("streets", units.streetChoices(scope));
        model.addAttribute("communities", units.communityChoices(scope));
        model.addAttribute("orgs", units.orgChoices(unit, scope).stream().map(OrgChoice::of).toList());
        return FORM;
    }

    private static void addChoices(Model model) {
        model.addAttribute("kinds", NewOrgKind.values());
        model.addAttribute("locationTypes", LocationType.values());
        model.addAttribute("modes", CoverageMode.values());
        model.addAttribute("coverages", Coverage.values());
    }

    // ---------------------------------------------------------------- move

    @GetMapping("/new-orgs/{id}/move")
    String moveForm(@PathVariable long id, Scope scope, Model model) {
        NewOrg unit = units.require(id, scope);
        MoveForm form = new MoveForm();
        form.setMovedOn(units.today());
        form.setVersion(unit.getVersion());
        model.addAttribute("moveForm", form);
        return renderMove(unit, scope, model);
    }

    @PostMapping("/new-orgs/{id}/move")
    String move(@PathVariable long id, @Valid @ModelAttribute("moveForm") MoveForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        NewOrg unit = units.require(id, scope);
        if (result.hasErrors()) {
            return renderMove(unit, scope, model);
        }
        try {
            units.move(id, form, scope);
            redirect.addFlashAttribute("success", "neworg.moved");
            return REDIRECT + id;
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return renderMove(unit, scope, model);
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return renderMove(unit, scope, model);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return renderMove(unit, scope, model);
        }
    }

    private String renderMove(NewOrg unit, Scope scope, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("streets", units.streetChoices(scope));
        model.addAttribute("communities", units.communityChoices(scope));
        return "neworg/move";
    }

    // ---------------------------------------------------------------- coverage change

    @GetMapping("/new-orgs/{id}/coverage")
    String coverageForm(@PathVariable long id, Scope scope, Model model) {
        NewOrg unit = units.require(id, scope);
        model.addAttribute("coverageForm", CoverageForm.of(unit, units.today()));
        return renderCoverage(unit, scope, model);
    }

    @PostMapping("/new-orgs/{id}/coverage")
    String changeCoverage(@PathVariable long id, @Valid @ModelAttribute("coverageForm") CoverageForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        NewOrg unit = units.require(id, scope);
        if (result.hasErrors()) {
            return renderCoverage(unit, scope, model);
        }
        try {
            units.changeCoverage(id, form, scope);
            redirect.addFlashAttribute("success", "neworg.coverageChanged");
            return REDIRECT + id;
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return renderCoverage(unit, scope, model);
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return renderCoverage(unit, scope, model);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return renderCoverage(unit, scope, model);
        }
    }

    private String renderCoverage(NewOrg unit, Scope scope, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("modes", CoverageMode.values());
        model.addAttribute("orgs", units.orgChoices(unit, scope).stream().map(OrgChoice::of).toList());
        return "neworg/coverage-form";
    }

    // ---------------------------------------------------------------- close

    @GetMapping("/new-orgs/{id}/close")
    String closeForm(@PathVariable long id, Scope scope, Model model) {
        NewOrg unit = units.require(id, scope);
        CloseForm form = new CloseForm();
        form.setClosedOn(units.today());
        form.setVersion(unit.getVersion());
        model.addAttribute("closeForm", form);
        model.addAttribute("unit", unit);
        return "neworg/close";
    }

    @PostMapping("/new-orgs/{id}/close")
    String close(@PathVariable long id, @Valid @ModelAttribute("closeForm") CloseForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        NewOrg unit = units.require(id, scope);
        model.addAttribute("unit", unit);
        if (result.hasErrors()) {
            return "neworg/close";
        }
        try {
            units.close(id, form, scope);
            redirect.addFlashAttribute("success", "neworg.closed.done");
            return REDIRECT + id;
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return "neworg/close";
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return "neworg/close";
        }
    }

    // ---------------------------------------------------------------- members employed

    @PostMapping("/new-orgs/{id}/members")
    String link(@PathVariable long id, @Valid @ModelAttribute("linkForm") LinkForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        units.require(id, scope);
        if (!result.hasErrors()) {
            try {
                units.link(id, form, scope);
                redirect.addFlashAttribute("success", "neworg.link.done");
                return REDIRECT + id;
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("page", pages.detail(id, scope));
        return "neworg/detail";
    }

    @PostMapping("/new-orgs/{id}/members/{memberId}/unlink")
    String unlink(@PathVariable long id, @PathVariable long memberId, Scope scope, RedirectAttributes redirect) {
        units.unlink(id, memberId, scope);
        redirect.addFlashAttribute("success", "neworg.unlink.done");
        return REDIRECT + id;
    }
}
