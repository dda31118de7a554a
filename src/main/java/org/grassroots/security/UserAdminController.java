package org.grassroots.security;

import org.grassroots.audit.AuditService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** System administration: the users and their grants, and the audit log. */
@Controller
class UserAdminController {

    private static final int PAGE_SIZE = 20;

    private final AppUserRepository users;
    private final AuditService audit;

    UserAdminController(AppUserRepository users, AuditService audit) {
        this.users = users;
        this.audit = audit;
    }

    @GetMapping("/admin/users")
    String users(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", users.search(q.trim(), PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return "admin/users";
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("results", audit.search(q, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return "admin/audit";
    }
}
