package org.grassroots.audit;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for the system administrator and the city's organization department: who did
 * what to which kind of record, when. Rows carry usernames, codes and ids, no personal data.
 */
@Controller
class AuditController {

    private final AuditService audit;
    private final AuditExport export;
    private final AuditExportLog exportLog;

    AuditController(AuditService audit, AuditExport export, AuditExportLog exportLog) {
        this.audit = audit;
        this.export = export;
        this.exportLog = exportLog;
    }

    @GetMapping("/audit")
    String list(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult errors,
            @RequestParam(defaultValue = "0") String page, Model model) {
        model.addAttribute("results", audit.find(filter.withoutRejected(errors), pageNumber(page)));
        model.addAttribute("entityTypes", audit.entityTypes());
        model.addAttribute("actions", audit.actions());
        return "audit/list";
    }

    /** The same filters as a workbook; the export is itself audited, in the same transaction as the read. */
    @GetMapping("/audit.xlsx")
    void export(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult errors, Locale locale,
            HttpServletResponse response) throws IOException {
        AuditFilter kept = filter.withoutRejected(errors);
        List<AuditEvent> rows = exportLog.readAndRecord(kept);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment().filename("audit.xlsx").build()
                .toString());
        export.write(rows, locale, response.getOutputStream());
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(0, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
