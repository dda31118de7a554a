package org.grassroots.meeting;

import org.grassroots.shared.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Compliance per level with its drill-down, and the reminders of a region. Read only. */
@Controller
class ComplianceController {

    private final ComplianceViewService views;

    ComplianceController(ComplianceViewService views) {
        this.views = views;
    }

    /** ?period=2026-11 | 2026-Q4 | 2026 (default: this quarter); with ?overdue=REQUIREMENT_ID the drill-down. */
    @GetMapping("/regions/{id}/compliance")
    String compliance(@PathVariable long id, @RequestParam(required = false) String period,
            @RequestParam(required = false) Long overdue, @RequestParam(defaultValue = "0") int page, Scope scope,
            Model model) {
        if (overdue != null) {
            model.addAttribute("page", views.overdue(id, period, overdue, page, scope));
            return "compliance/overdue";
        }
        model.addAttribute("page", views.compliance(id, period, scope));
        return "compliance/region";
    }

    @GetMapping("/regions/{id}/reminders")
    String reminders(@PathVariable long id, @RequestParam(required = false) ReminderKind show,
            @RequestParam(defaultValue = "0") int page, Scope scope, Model model) {
        model.addAttribute("page", views.reminders(id, show, page, scope));
        return "compliance/reminders";
    }
}
