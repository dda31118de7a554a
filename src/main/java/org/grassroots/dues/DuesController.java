package org.grassroots.dues;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.grassroots.org.PartyOrg;
import org.grassroots.shared.Scope;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An organization's dues: the monthly ledger (month written 2026-11), the annual summary, both as
 * Excel too, the arrears list (and as Excel); and the dues figures of a region. A month or year that cannot be read
 * shows the current one with a notice.
 */
@Controller
class DuesController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_QUERY = 50;

    private final DuesPages pages;
    private final DuesService dues;
    private final DuesExport export;
    private final MessageSource messages;

    DuesController(DuesPages pages, DuesService dues, DuesExport export, MessageSource messages) {
        this.pages = pages;
        this.dues = dues;
        this.export = export;
        this.messages = messages;
    }

    @GetMapping("/orgs/{id}/dues")
    String ledger(@PathVariable long id, @RequestParam(required = false) String month,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Scope scope,
            Model model) {
        YearMonth shown = month(month);
        model.addAttribute("page", pages.ledger(id, shown == null ? pages.currentMonth() : shown,
                shown == null && month != null && !month.isBlank(), query(q), page, scope));
        return "dues/ledger";
    }

    @GetMapping("/orgs/{id}/dues.xlsx")
    void ledgerExport(@PathVariable long id, @RequestParam(required = false) String month,
            @RequestParam(required = false) String q, Scope scope, Locale locale, HttpServletResponse response)
            throws IOException {
        YearMonth shown = month(month);
        YearMonth m = shown == null ? pages.currentMonth() : shown;
        PartyOrg org = dues.requireOrg(id, scope);
        var rows = pages.ledgerRows(org, m, query(q), scope);
        var totals = pages.totals(m, rows);
        dues.recordExport(org, "ledger " + m, rows.size());
        attachment(response, "dues-" + m + ".xlsx");
        export.writeLedger(org.getName(), m, rows, totals, locale, response.getOutputStream());
    }

    @GetMapping("/orgs/{id}/dues/year")
    String year(@PathVariable long id, @RequestParam(required = false) String year,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Scope scope,
            Model model) {
        Integer shown = year(year);
        model.addAttribute("page", pages.year(id, shown == null ? pages.currentMonth().getYear() : shown,
                shown == null && year != null && !year.isBlank(), query(q), page, scope));
        return "dues/year";
    }

    @GetMapping("/orgs/{id}/dues/year.xlsx")
    void yearExport(@PathVariable long id, @RequestParam(required = false) String year, Scope scope, Locale locale,
            HttpServletResponse response) throws IOException {
        Integer shown = year(year);
        int y = shown == null ? pages.currentMonth().getYear() : shown;
        PartyOrg org = dues.requireOrg(id, scope);
        var rows = pages.yearRows(org, y, null, scope);
        dues.recordExport(org, "year " + y, rows.size());
        attachment(response, "dues-" + y + ".xlsx");
        export.writeYear(org.getName(), y, DuesPages.months(y), rows, locale, response.getOutputStream());
    }

    @GetMapping("/orgs/{id}/dues/arrears")
    String arrears(@PathVariable long id, @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(defaultValue = "0") int page, Scope scope, Model model) {
        model.addAttribute("page", pages.arrears(id, all, page, scope));
        return "dues/arrears";
    }

    /** The arrears list as Excel, every row for the same filter as the page (all=true: everyone in arrears). */
    @GetMapping("/orgs/{id}/dues/arrears.xlsx")
    void arrearsExport(@PathVariable long id, @RequestParam(defaultValue = "false") boolean all, Scope scope,
            Locale locale, HttpServletResponse response) throws IOException {
        PartyOrg org = dues.requireOrg(id, scope);
        var rows = pages.arrearsRows(org, all, scope);
        dues.recordExport(org, all ? "arrears all" : "arrears flagged", rows.size());
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename(messages.getMessage("lists.arrears.file", new Object[] {Long.toString(org.getId()),
                        pages.currentMonth().toString()}, locale), StandardCharsets.UTF_8).build().toString());
        export.writeArrears(org.getName(), all, rows, locale, response.getOutputStream());
    }

    @GetMapping("/regions/{id}/dues")
    String region(@PathVariable long id, Scope scope, Model model) {
        model.addAttribute("page", pages.figures(id, scope));
        return "dues/region";
    }

    private static void attachment(HttpServletResponse response, String filename) {
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(filename).build()
                .toString());
    }

    /** 2026-11, or null when absent or unreadable. */
    static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            YearMonth m = YearMonth.parse(text.trim());
            return MemberAccount.plausible(m) ? m : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer year(String text) {
        if (text == null || !text.trim().matches("\\d{4}")) {
            return null;
        }
        int y = Integer.parseInt(text.trim());
        return y >= MemberAccount.FIRST_YEAR && y <= MemberAccount.LAST_YEAR ? y : null;
    }

    private static String query(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String t = q.trim();
        return t.length() > MAX_QUERY ? t.substring(0, MAX_QUERY) : t;
    }
}
