package org.grassroots.transfer;

import jakarta.validation.Valid;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.web.Forms;
import org.grassroots.transfer.TransferViews.Tab;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Transfers: the incoming and outgoing lists, one transfer with its steps, and the two forms. */
@Controller
class TransferController {

    private static final String FORM = "transfer/form";
    private static final String DETAIL = "transfer/detail";
    private static final java.util.Set<String> FILTERS = java.util.Set.of("DRAFT", "SENT", "RECEIVED", "RETURNED",
            "EXPIRED", "CANCELLED", "OVERDUE");

    private final TransferService transfers;
    private final TransferPages pages;

    TransferController(TransferService transfers, TransferPages pages) {
        this.transfers = transfers;
        this.pages = pages;
    }

    @GetMapping("/transfers")
    String list(@RequestParam(defaultValue = "OUTGOING") String tab, @RequestParam(required = false) String state,
            @RequestParam(required = false) String q, @RequestParam(required = false) Long memberId,
            @RequestParam(defaultValue = "0") int page, Scope scope, Model model) {
        Tab shown = "INCOMING".equals(tab) ? Tab.INCOMING : Tab.OUTGOING;
        String filter = state != null && FILTERS.contains(state) ? state : null;
        if (state != null && !state.isBlank() && filter == null) {
            model.addAttribute("filterError", "transfer.filter.unknown");
        }
        String query = q == null ? null : q.trim();
        if (query != null && query.length() > 50) {
            query = query.substring(0, 50);
        }
        model.addAttribute("page", pages.list(shown, filter, query, memberId, page, scope));
        model.addAttribute("filters", FILTERS.stream().sorted().toList());
        return "transfer/list";
    }

    @GetMapping("/transfers/{id}")
    String detail(@PathVariable long id, Scope scope, Model model) {
        TransferViews.Detail page = pages.detail(id, scope);
        return renderDetail(page, receiveForm(page), returnForm(page), model);
    }

    // ---------------------------------------------------------------- drafting

    @GetMapping("/members/{id}/transfers/new")
    String newTransfer(@PathVariable long id, Scope scope, Model model) {
        TransferForm form = new TransferForm();
        form.setKind(TransferKind.WITHIN);
        form.setIssuedOn(transfers.today());
        model.addAttribute("transferForm", form);
        return renderForm(pages.member(id, scope), scope, model);
    }

    @PostMapping("/members/{id}/transfers")
    String create(@PathVariable long id, @Valid @ModelAttribute("transferForm") TransferForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        TransferViews.MemberLine member = pages.member(id, scope);
        if (result.hasErrors()) {
            return renderForm(member, scope, model);
        }
        try {
            MemberTransfer saved = transfers.draft(id, form, scope);
            redirect.addFlashAttribute("success", "transfer.saved");
            return "redirect:/transfers/" + saved.getId();
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        }
        return renderForm(member, scope, model);
    }

    @GetMapping("/transfers/new-in")
    String newArrival(Scope scope, Model model) {
        TransferForm form = new TransferForm();
        form.setKind(TransferKind.IN);
        form.setIssuedOn(transfers.today());
        model.addAttribute("transferForm", form);
        return renderForm(null, scope, model);
    }

    @PostMapping("/transfers/in")
    String createArrival(@Valid @ModelAttribute("transferForm") TransferForm form, BindingResult result, Scope scope,
            Model model, RedirectAttributes redirect) {
        form.setKind(TransferKind.IN);
        if (!result.hasErrors()) {
            try {
                MemberTransfer saved = transfers.recordArrival(form, scope);
                redirect.addFlashAttribute("success", "transfer.saved");
                return "redirect:/transfers/" + saved.getId();
            } catch (InvalidInputException e) {
                Forms.reject(result, e);
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return renderForm(null, scope, model);
    }

    private String renderForm(TransferViews.MemberLine member, Scope scope, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("kinds", member == null ? java.util.List.of(TransferKind.IN)
                : java.util.List.of(TransferKind.WITHIN, TransferKind.OUT));
        model.addAttribute("orgs", member == null ? transfers.receivingOrgsInScope(scope)
                : pages.receivingOrgs());
        return FORM;
    }

    // ---------------------------------------------------------------- the steps

    @PostMapping("/transfers/{id}/send")
    String send(@PathVariable long id, @RequestParam(required = false) Long version, Scope scope,
            RedirectAttributes redirect) {
        pages.detail(id, scope);
        try {
            transfers.send(id, version, scope);
            redirect.addFlashAttribute("success", "transfer.sent");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/transfers/" + id;
    }

    @PostMapping("/transfers/{id}/receive")
    String receive(@PathVariable long id, @Valid @ModelAttribute("receive") ReceiveForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        TransferViews.Detail page = pages.detail(id, scope);
        if (!result.hasErrors()) {
            try {
                transfers.receive(id, form, scope);
                redirect.addFlashAttribute("success", "transfer.received");
                return "redirect:/transfers/" + id;
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("receiveFailed", true);
        return renderDetail(page, form, returnForm(page), model);
    }

    @PostMapping("/transfers/{id}/return")
    String giveBack(@PathVariable long id, @Valid @ModelAttribute("giveBack") ReturnForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        TransferViews.Detail page = pages.detail(id, scope);
        if (!result.hasErrors()) {
            try {
                transfers.giveBack(id, form, scope);
                redirect.addFlashAttribute("success", "transfer.returned");
                return "redirect:/transfers/" + id;
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("returnFailed", true);
        return renderDetail(page, receiveForm(page), form, model);
    }

    @PostMapping("/transfers/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) Long version, Scope scope,
            RedirectAttributes redirect) {
        pages.detail(id, scope);
        try {
            transfers.cancel(id, version, scope);
            redirect.addFlashAttribute("success", "transfer.cancelled");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/transfers/" + id;
    }

    private ReceiveForm receiveForm(TransferViews.Detail page) {
        ReceiveForm f = new ReceiveForm();
        f.setReceivedOn(transfers.today());
        f.setVersion(page.transfer().getVersion());
        return f;
    }

    private static ReturnForm returnForm(TransferViews.Detail page) {
        ReturnForm f = new ReturnForm();
        f.setVersion(page.transfer().getVersion());
        return f;
    }

    private static String renderDetail(TransferViews.Detail page, ReceiveForm receive, ReturnForm giveBack,
            Model model) {
        model.addAttribute("page", page);
        model.addAttribute("receive", receive);
        model.addAttribute("giveBack", giveBack);
        return DETAIL;
    }
}
