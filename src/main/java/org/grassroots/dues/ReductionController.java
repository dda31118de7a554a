package org.grassroots.dues;

import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.Scope;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The queue of hardship reductions: everyone reads the requests in their scope; the street working
 * committee, the level above the community's organizations, approves or rejects them.
 */
@Controller
class ReductionController {

    static final String DECIDER_ROLE = "ROLE_STREET_STAFF";

    private final DuesPages pages;
    private final DuesService dues;

    ReductionController(DuesPages pages, DuesService dues) {
        this.pages = pages;
        this.dues = dues;
    }

    @GetMapping("/dues/reductions")
    String queue(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            Scope scope, Authentication auth, Model model) {
        ReductionStatus shown = parse(status);
        boolean canDecide = auth.getAuthorities().stream().anyMatch(a -> DECIDER_ROLE.equals(a.getAuthority()));
        model.addAttribute("page", pages.reductions(shown, page, scope, canDecide));
        model.addAttribute("statuses", ReductionStatus.values());
        return "dues/reductions";
    }

    @PostMapping("/dues/reductions/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String note,
            @RequestParam(required = false) String version, Scope scope, RedirectAttributes redirect) {
        return decide(id, ReductionStatus.APPROVED, note, version, scope, redirect);
    }

    @PostMapping("/dues/reductions/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String note,
            @RequestParam(required = false) String version, Scope scope, RedirectAttributes redirect) {
        return decide(id, ReductionStatus.REJECTED, note, version, scope, redirect);
    }

    private String decide(long id, ReductionStatus decision, String note, String version, Scope scope,
            RedirectAttributes redirect) {
        dues.requireReduction(id, scope);
        try {
            dues.decide(id, decision, note, parseVersion(version), scope);
            redirect.addFlashAttribute("success", decision == ReductionStatus.APPROVED ? "dues.reduction.approved"
                    : "dues.reduction.rejected");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/dues/reductions";
    }

    private static ReductionStatus parse(String status) {
        if (status == null || status.isBlank()) {
            return ReductionStatus.PENDING;
        }
        if ("ALL".equals(status)) {
            return null;
        }
        try {
            return ReductionStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return ReductionStatus.PENDING;
        }
    }

    private static Long parseVersion(String version) {
        try {
            return version == null ? null : Long.valueOf(version.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
