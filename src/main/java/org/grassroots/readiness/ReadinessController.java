package org.grassroots.readiness;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.grassroots.region.Region;
import org.grassroots.shared.Scope;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 三有一化 of a region's communities: the list with filter, search and paging, and its export. */
@Controller
class ReadinessController {

    private final ReadinessPages pages;
    private final ReadinessExport export;

    ReadinessController(ReadinessPages pages, ReadinessExport export) {
        this.pages = pages;
        this.export = export;
    }

    @GetMapping("/regions/{id}/readiness")
    String list(@PathVariable long id, @RequestParam(required = false) String lacking,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Scope scope,
            Model model) {
        model.addAttribute("page", pages.list(id, scope, Lacking.of(lacking), q, page));
        return "readiness/list";
    }

    @GetMapping("/regions/{id}/readiness.xlsx")
    void xlsx(@PathVariable long id, @RequestParam(required = false) String lacking,
            @RequestParam(required = false) String q, Scope scope, Locale locale, HttpServletResponse response)
            throws IOException {
        Region region = pages.region(id, scope);
        var rows = pages.export(id, scope, Lacking.of(lacking), q);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("readiness-" + id + ".xlsx").build().toString());
        export.write(region.getName(), rows, locale, response.getOutputStream());
    }
}
