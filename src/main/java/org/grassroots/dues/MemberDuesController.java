package org.grassroots.dues;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.grassroots.member.PartyMember;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's dues page and its forms: record a base, a payment (or the correction of a voided one),
 * void a payment with a reason, ask for a hardship reduction. Forms come back with every value and a
 * message beside each field that broke a rule.
 */
@Controller
class MemberDuesController {

    private static final String BASE_FORM = "dues/base-form";
    private static final String PAYMENT_FORM = "dues/payment-form";
    private static final String VOID_FORM = "dues/void-form";
    private static final String REDUCTION_FORM = "dues/reduction-form";

    private final DuesPages pages;
    private final DuesService dues;

    MemberDuesController(DuesPages pages, DuesService dues) {
        this.pages = pages;
        this.dues = dues;
    }

    @GetMapping("/members/{id}/dues")
    String page(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Scope scope, Model model) {
        model.addAttribute("page", pages.member(id, page, scope));
        return "dues/member";
    }

    // ---------------------------------------------------------------- bases

    @GetMapping("/members/{id}/dues/bases/new")
    String newBase(@PathVariable long id, Scope scope, Model model) {
        var page = pages.member(id, scope);
        PartyMember m = page.member();
        BaseForm form = new BaseForm();
        form.setCategory(page.category() != null ? page.category() : DuesCategory.suggestedFor(m.getOccupation()));
        YearMonth current = page.current();
        if (page.bases().isEmpty()) {
            YearMonth start = YearMonth.of(current.getYear(), 1);
            YearMonth admitted = m.getAdmittedOn() == null ? null : YearMonth.from(m.getAdmittedOn());
            form.setEffectiveMonth(admitted != null && admitted.isAfter(start) ? admitted : start);
            form.setKind(BaseKind.ANNUAL);
        } else {
            form.setEffectiveMonth(current);
            form.setKind(BaseKind.CHANGE);
        }
        model.addAttribute("duesBase", form);
        return renderBase(page, model);
    }

    @PostMapping("/members/{id}/dues/bases")
    String createBase(@PathVariable long id, @Valid @ModelAttribute("duesBase") BaseForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        var page = pages.member(id, scope);
        if (result.hasErrors()) {
            return renderBase(page, model);
        }
        try {
            dues.recordBase(id, form, scope);
            redirect.addFlashAttribute("success", "dues.base.saved");
            return "redirect:/members/" + id + "/dues";
        } catch (DuesInputException e) {
            e.rejectOn(result);
            return renderBase(page, model);
        }
    }

    private String renderBase(DuesViews.MemberDuesPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("categories", DuesCategory.values());
        model.addAttribute("kinds", BaseKind.values());
        return BASE_FORM;
    }

    // ---------------------------------------------------------------- payments

    @GetMapping("/members/{id}/dues/payments/new")
    String newPayment(@PathVariable long id, @RequestParam(required = false) Long replaces, Scope scope,
            Model model) {
        var page = pages.member(id, scope);
        PaymentForm form = replaces == null ? dues.blankPayment(id, scope) : correction(id, replaces, scope);
        model.addAttribute("duesPayment", form);
        return renderPayment(page, model);
    }

    private PaymentForm correction(long memberId, long paymentId, Scope scope) {
        DuesPayment old = dues.requirePayment(paymentId, scope);
        if (!old.getMemberId().equals(memberId)) {
            throw new NotFoundException("dues_payment", paymentId);
        }
        return dues.correctionOf(paymentId, scope);
    }

    @PostMapping("/members/{id}/dues/payments")
    String createPayment(@PathVariable long id, @Valid @ModelAttribute("duesPayment") PaymentForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        var page = pages.member(id, scope);
        if (result.hasErrors()) {
            return renderPayment(page, model);
        }
        try {
            DuesPayment saved = dues.recordPayment(id, form, scope);
            redirect.addFlashAttribute("success", saved.isToCentre() ? "dues.payment.savedCentre" : "dues.payment.saved");
            return "redirect:/members/" + id + "/dues";
        } catch (DuesInputException e) {
            e.rejectOn(result);
            return renderPayment(page, model);
        }
    }

    private String renderPayment(DuesViews.MemberDuesPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("methods", PaymentMethod.values());
        return PAYMENT_FORM;
    }

    @GetMapping("/dues/payments/{id}/void")
    String voidForm(@PathVariable long id, Scope scope, Model model) {
        DuesPayment payment = dues.requirePayment(id, scope);
        VoidForm form = new VoidForm();
        form.setVersion(payment.getVersion());
        model.addAttribute("duesVoid", form);
        return renderVoid(payment, scope, model);
    }

    @PostMapping("/dues/payments/{id}/void")
    String voidPayment(@PathVariable long id, @Valid @ModelAttribute("duesVoid") VoidForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        DuesPayment payment = dues.requirePayment(id, scope);
        if (result.hasErrors()) {
            return renderVoid(payment, scope, model);
        }
        try {
            dues.voidPayment(id, form, scope);
            redirect.addFlashAttribute("success", "dues.void.done");
            redirect.addFlashAttribute("voidedPayment", id);
            return "redirect:/members/" + payment.getMemberId() + "/dues";
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return renderVoid((DuesPayment) e.current(), scope, model);
        } catch (DuesInputException e) {
            e.rejectOn(result);
            return renderVoid(payment, scope, model);
        }
    }

    private String renderVoid(DuesPayment payment, Scope scope, Model model) {
        model.addAttribute("payment", payment);
        model.addAttribute("member", dues.requireMember(payment.getMemberId(), scope));
        return VOID_FORM;
    }

    // ---------------------------------------------------------------- reductions

    @GetMapping("/members/{id}/dues/reductions/new")
    String newReduction(@PathVariable long id, Scope scope, Model model) {
        var page = pages.member(id, scope);
        ReductionForm form = new ReductionForm();
        YearMonth from = page.firstOpen() != null ? page.firstOpen() : page.current();
        form.setFromMonth(from);
        form.setToMonth(YearMonth.of(from.getYear(), 12));
        form.setMonthlyAmount(BigDecimal.ZERO.setScale(2));
        model.addAttribute("duesReduction", form);
        return renderReduction(page, model);
    }

    @PostMapping("/members/{id}/dues/reductions")
    String createReduction(@PathVariable long id, @Valid @ModelAttribute("duesReduction") ReductionForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        var page = pages.member(id, scope);
        if (result.hasErrors()) {
            return renderReduction(page, model);
        }
        try {
            dues.requestReduction(id, form, scope);
            redirect.addFlashAttribute("success", "dues.reduction.requested");
            return "redirect:/members/" + id + "/dues";
        } catch (DuesInputException e) {
            e.rejectOn(result);
            return renderReduction(page, model);
        }
    }

    private String renderReduction(DuesViews.MemberDuesPage page, Model model) {
        model.addAttribute("page", page);
        return REDUCTION_FORM;
    }
}
