package org.grassroots.meeting;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The system administrator can rebuild the compliance summaries from the raw records and see the drift. */
@Controller
class ComplianceAdminController {

    private final ComplianceService compliance;

    ComplianceAdminController(ComplianceService compliance) {
        this.compliance = compliance;
    }

    @GetMapping("/admin/compliance")
    String page() {
        return "admin/compliance";
    }

    @PostMapping("/admin/compliance/rebuild")
    String rebuild(RedirectAttributes redirect) {
        redirect.addFlashAttribute("report", compliance.rebuild());
        return "redirect:/admin/compliance";
    }
}
