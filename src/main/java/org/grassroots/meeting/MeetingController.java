package org.grassroots.meeting;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Locale;
import org.grassroots.org.PartyOrg;
import org.grassroots.shared.Scope;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organization's meetings (list, calendar, status, ledger) and the record of one meeting. */
@Controller
class MeetingController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final MeetingPages pages;
    private final MeetingService meetings;
    private final MeetingLedger ledger;
    private final MeetingLedgerExport export;

    MeetingController(MeetingPages pages, MeetingService meetings, MeetingLedger ledger, MeetingLedgerExport export) {
        this.pages = pages;
        this.meetings = meetings;
        this.ledger = ledger;
        this.export = export;
    }

    /** The year of the month shown, with that month as a calendar; month is written 2026-11. */
    @GetMapping("/orgs/{id}/meetings")
    String list(@PathVariable long id, @RequestParam(required = false) String month, Scope scope, Locale locale,
            Model model) {
        YearMonth shown = Period.parse(month).filter(p -> p.frequency() == Frequency.MONTH)
                .map(p -> YearMonth.from(p.start())).orElse(null);
        model.addAttribute("page", pages.list(id, shown, scope, locale));
        return "meeting/list";
    }

    @GetMapping("/orgs/{id}/meetings/ledger")
    void ledger(@PathVariable long id, @RequestParam(required = false) Integer year, Scope scope, Locale locale,
            HttpServletResponse response) throws IOException {
        int y = year == null || year < 1900 || year > 9999 ? pages.today().getYear() : year;
        MeetingViews.Ledger collected = ledger.collect(id, y, scope);
        response.setContentType(XLSX);
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("meetings-" + id + "-" + y + ".xlsx").build().toString());
        export.write(collected, locale, response.getOutputStream());
    }

    @GetMapping("/meetings/{id}")
    String detail(@PathVariable long id, Scope scope, Model model) {
        model.addAttribute("record", pages.record(id, scope));
        return "meeting/detail";
    }

    /** Takes the record out of the ledger and the counts; the row itself is kept, marked deleted. */
    @PostMapping("/meetings/{id}/delete")
    String delete(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        PartyOrg org = meetings.delete(id, scope);
        redirect.addFlashAttribute("success", "meeting.deleted");
        return "redirect:/orgs/" + org.getId() + "/meetings";
    }
}
