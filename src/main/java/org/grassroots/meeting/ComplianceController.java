package org.grassroots.meeting;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.grassroots.shared.Scope;
import org.grassroots.shared.web.FragmentHtml;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Compliance per level with its drill-down, and the reminders of a region. Read only. */
@Controller
class ComplianceController {

    private final ComplianceViewService views;
    private final FragmentHtml html;
    private final MessageSource messages;

    ComplianceController(ComplianceViewService views, FragmentHtml html, MessageSource messages) {
        this.views = views;
        this.html = html;
        this.messages = messages;
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
        ComplianceViews.CompliancePage view = views.compliance(id, period, scope);
        model.addAttribute("page", view);
        model.addAttribute("sections", sections(view));
        return "compliance/region";
    }

    /**
     * The page's two tables, rendered once for equal figures: a community's table of organizations was most
     * of its page's time. The values listed are all each table shows.
     */
    private Map<String, String> sections(ComplianceViews.CompliancePage view) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", view);
        Map<String, String> sections = new HashMap<>();
        sections.put("rates", html.renderFor(Arrays.asList(view.region().getId(), view.childLevel(), view.columns(),
                view.tabs(), view.totals(), view.children(), view.direct()), "compliance/fragments :: rates", model));
        if (view.childLevel() == null || view.direct() != null) {
            String heading = view.childLevel() == null ? "compliance.orgs.community" : "compliance.orgs.direct";
            model.put("heading", messages.getMessage(heading, null, LocaleContextHolder.getLocale()));
            sections.put("orgs", html.renderFor(List.of(heading, view.glance(), view.orgs()),
                    "compliance/fragments :: orgs", model));
        }
        return sections;
    }

    @GetMapping("/regions/{id}/reminders")
    String reminders(@PathVariable long id, @RequestParam(required = false) ReminderKind show,
            @RequestParam(defaultValue = "0") int page, Scope scope, Model model) {
        model.addAttribute("page", views.reminders(id, show, page, scope));
        return "compliance/reminders";
    }
}
