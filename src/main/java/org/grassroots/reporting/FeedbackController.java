package org.grassroots.reporting;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.grassroots.shared.Scope;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The quarterly feedback to employers (反馈单): the employers of a region, one sheet printable or as .xlsx. */
@Controller
class FeedbackController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReportingPages pages;
    private final FeedbackExport export;

    FeedbackController(ReportingPages pages, FeedbackExport export) {
        this.pages = pages;
        this.export = export;
    }

    @GetMapping("/regions/{id}/feedback")
    String employers(@PathVariable long id, @RequestParam(required = false) String quarter,
            @RequestParam(defaultValue = "0") int page, Scope scope, Model model) {
        model.addAttribute("page", pages.feedback(id, quarter, page, scope));
        return "reporting/feedback";
    }

    @GetMapping("/regions/{id}/feedback/sheet")
    String sheet(@PathVariable long id, @RequestParam(required = false) String quarter, @RequestParam String employer,
            Scope scope, Model model) {
        model.addAttribute("sheet", pages.sheet(id, quarter, employer, scope));
        return "reporting/sheet";
    }

    @GetMapping("/regions/{id}/feedback/sheet.xlsx")
    void xlsx(@PathVariable long id, @RequestParam(required = false) String quarter, @RequestParam String employer,
            Scope scope, Locale locale, HttpServletResponse response) throws IOException {
        ReportingViews.Sheet sheet = pages.exportSheet(id, quarter, employer, scope);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("feedback-" + id + "-" + sheet.quarter() + ".xlsx").build().toString());
        export.write(sheet, locale, response.getOutputStream());
    }
}
