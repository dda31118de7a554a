package org.grassroots.venue;

import jakarta.validation.Valid;
import java.util.List;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.grassroots.shared.web.Forms;
import org.grassroots.venue.VenueViews.Filter;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Service venues: the list and warnings of a region, one venue, the venue form and closing. */
@Controller
class VenueController {

    private static final String FORM = "venue/form";

    private final VenueService venues;
    private final VenuePages pages;

    VenueController(VenueService venues, VenuePages pages) {
        this.venues = venues;
        this.pages = pages;
    }

    /** ?q= name, address or services, ?filter=OPEN|CLOSED|ALL, ?page= from 0; unreadable values fall back. */
    @GetMapping("/regions/{regionId}/venues")
    String list(@PathVariable long regionId, @RequestParam(required = false) String q,
            @RequestParam(required = false) String filter, @RequestParam(required = false) String page, Scope scope,
            Model model) {
        model.addAttribute("page", pages.list(regionId, q, filterOf(filter), pageOf(page), scope));
        return "venue/list";
    }

    @GetMapping("/venues/{id}")
    String detail(@PathVariable long id, Scope scope, Model model) {
        model.addAttribute("page", pages.venue(id, scope));
        return "venue/detail";
    }

    @GetMapping("/regions/{regionId}/venues/new")
    String newVenue(@PathVariable long regionId, Scope scope, Model model) {
        Region region = venues.requireKeeper(regionId, scope);
        VenueForm form = new VenueForm();
        form.setRegionId(region.getId());
        form.setKind(region.getLevel() == RegionLevel.STREET ? VenueKind.CENTER
                : VenueKind.STATION);
        if (region.getLevel() == RegionLevel.COMMUNITY) {
            form.getCircleIds().add(region.getId());
        }
        model.addAttribute("venueForm", form);
        return render(region, region, null, model);
    }

    @PostMapping("/regions/{regionId}/venues")
    String create(@PathVariable long regionId, @Valid @ModelAttribute("venueForm") VenueForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        Region region = venues.requireKeeper(regionId, scope);
        Region keeper = venues.keeperChoices(region).stream()
                .filter(r -> r.getId().equals(form.getRegionId())).findFirst().orElse(region);
        if (!result.hasErrors()) {
            try {
                ServiceVenue saved = venues.create(regionId, form, scope);
                redirect.addFlashAttribute("success", "venue.saved");
                return "redirect:/venues/" + saved.getId();
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return render(region, keeper, null, model);
    }

    @GetMapping("/venues/{id}/edit")
    String edit(@PathVariable long id, Scope scope, Model model) {
        ServiceVenue v = venues.require(id, scope);
        model.addAttribute("venueForm", VenueForm.of(v));
        Region keeper = venues.requireKeeper(v.getRegionId(), scope);
        return render(keeper, keeper, v, model);
    }

    @PostMapping("/venues/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("venueForm") VenueForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        ServiceVenue v = venues.require(id, scope);
        Region keeper = venues.requireKeeper(v.getRegionId(), scope);
        form.setRegionId(v.getRegionId());
        if (!result.hasErrors()) {
            try {
                venues.update(id, form, scope);
                redirect.addFlashAttribute("success", "venue.saved");
                return "redirect:/venues/" + id;
            } catch (StaleEditException e) {
                model.addAttribute("conflict", e.current());
                form.setVersion(e.currentVersion());
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return render(keeper, keeper, v, model);
    }

    /** Venues are never deleted: they close on a day and stop serving their circle. */
    @PostMapping("/venues/{id}/close")
    String close(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        venues.close(id, scope);
        redirect.addFlashAttribute("success", "venue.closed.done");
        return "redirect:/venues/" + id;
    }

    private String render(Region region, Region keeper, ServiceVenue venue, Model model) {
        model.addAttribute("region", region);
        model.addAttribute("venue", venue);
        model.addAttribute("keepers", venue == null ? venues.keeperChoices(region) : List.of(keeper));
        model.addAttribute("circleChoices", venues.circleChoices(keeper));
        model.addAttribute("keeper", keeper);
        model.addAttribute("kinds", VenueKind.values());
        return FORM;
    }

    private static Filter filterOf(String filter) {
        for (Filter f : Filter.values()) {
            if (f.name().equalsIgnoreCase(filter == null ? "" : filter.trim())) {
                return f;
            }
        }
        return Filter.OPEN;
    }

    private static int pageOf(String page) {
        try {
            return page == null || page.isBlank() ? 0 : Math.max(0, Integer.parseInt(page.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
