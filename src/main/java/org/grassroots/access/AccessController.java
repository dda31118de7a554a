package org.grassroots.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.shared.Scope;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The registry's read side: a street's list and export, a community's approved items, one request, the burden. */
@Controller
class AccessController {

    private final AccessPages pages;
    private final AccessExport export;

    AccessController(AccessPages pages, AccessExport export) {
        this.pages = pages;
        this.export = export;
    }

    /** A street's registry or a community's approved items; a district or the city goes to its burden page. */
    @GetMapping("/regions/{regionId}/access")
    String list(@PathVariable long regionId, @RequestParam(required = false) String q,
            @RequestParam(required = false) String status, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String month, @RequestParam(defaultValue = "0") String page, Scope scope,
            Model model) {
        Region region = pages.region(regionId, scope);
        if (region.getLevel() == RegionLevel.DISTRICT || region.getLevel() == RegionLevel.CITY) {
            return "redirect:/regions/" + regionId + "/access/burden";
        }
        model.addAttribute("page", pages.list(regionId, new AccessPages.Params(q, status, kind, month,
                pageNumber(page)), scope));
        model.addAttribute("kinds", AccessKind.values());
        model.addAttribute("statuses", AccessStatus.values());
        return "access/list";
    }

    @GetMapping("/regions/{regionId}/access.xlsx")
    void xlsx(@PathVariable long regionId, @RequestParam(required = false) String q,
            @RequestParam(required = false) String status, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String month, Scope scope, Locale locale, HttpServletResponse response)
            throws IOException {
        Region region = pages.listRegion(regionId, scope);
        var rows = pages.exportRows(regionId, new AccessPages.Params(q, status, kind, month, 0), scope);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("access-" + regionId + ".xlsx").build().toString());
        export.write(region.getName(), rows, locale, response.getOutputStream());
    }

    @GetMapping("/regions/{regionId}/access/burden")
    String burden(@PathVariable long regionId, Scope scope, Model model) {
        model.addAttribute("page", pages.burden(regionId, scope));
        return "access/burden";
    }

    @GetMapping("/access/{id}")
    String detail(@PathVariable long id, Scope scope, Model model) {
        AccessViews.DetailPage page = pages.detail(id, scope);
        model.addAttribute("page", page);
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", DecisionForm.of(page.request()));
        }
        return "access/detail";
    }

    /** A page number as typed: anything but a small non-negative number is the first page. */
    private static int pageNumber(String page) {
        try {
            return Math.max(0, Integer.parseInt(page.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
