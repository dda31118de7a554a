package org.grassroots.floating;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import org.grassroots.floating.FloatingViews.InflowDetail;
import org.grassroots.floating.FloatingViews.MemberRef;
import org.grassroots.floating.FloatingViews.OutflowDetail;
import org.grassroots.floating.FloatingViews.Tab;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.grassroots.shared.web.Forms;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ContentDisposition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Mobile members: the lists and their export, one outflow or inflow with its steps, and the forms. */
@Controller
class FloatingController {

    private static final String OUTFLOW_FORM = "floating/outflow-form";
    private static final String INFLOW_FORM = "floating/inflow-form";
    private static final String OUTFLOW = "floating/outflow";
    private static final String INFLOW = "floating/inflow";

    private final FloatingService floating;
    private final FloatingPages pages;
    private final FloatingExport export;

    FloatingController(FloatingService floating, FloatingPages pages, FloatingExport export) {
        this.floating = floating;
        this.pages = pages;
        this.export = export;
    }

    // ---------------------------------------------------------------- lists

    @GetMapping("/floating")
    String list(@RequestParam(defaultValue = "OUTFLOW") String tab, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "0") int page,
            Scope scope, Model model) {
        Tab shown = tabOf(tab);
        if (shown == null) {
            model.addAttribute("filterError", "floating.tab.unknown");
            shown = Tab.OUTFLOW;
        }
        model.addAttribute("page", pages.list(shown, query(q), all, page, scope));
        return "floating/list";
    }

    /** The current list (tab, search, ended included or not) as an Excel sheet; phones masked. */
    @GetMapping("/floating.xlsx")
    void exportList(@RequestParam(defaultValue = "OUTFLOW") String tab, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean all, Scope scope, Locale locale,
            HttpServletResponse response) throws IOException {
        Tab shown = tabOf(tab) == null ? Tab.OUTFLOW : tabOf(tab);
        FloatingViews.ListPage page = pages.export(shown, query(q), all, scope);
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("floating-" + shown.name().toLowerCase(Locale.ROOT) + ".xlsx").build().toString());
        export.write(page, locale, response.getOutputStream());
    }

    private static Tab tabOf(String tab) {
        for (Tab t : Tab.values()) {
            if (t.name().equals(tab)) {
                return t;
            }
        }
        return null;
    }

    private static String query(String q) {
        String query = q == null ? null : q.trim();
        return query != null && query.length() > 50 ? query.substring(0, 50) : query;
    }

    // ---------------------------------------------------------------- outflows

    @GetMapping("/members/{id}/outflows/new")
    String newOutflow(@PathVariable long id, Scope scope, Model model) {
        MemberRef member = pages.member(id, scope);
        OutflowForm form = new OutflowForm();
        form.setSince(floating.today());
        model.addAttribute("outflowForm", form);
        return renderOutflowForm(member, null, model);
    }

    @PostMapping("/members/{id}/outflows")
    String createOutflow(@PathVariable long id, @Valid @ModelAttribute("outflowForm") OutflowForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        MemberRef member = pages.member(id, scope);
        if (!result.hasErrors()) {
            try {
                FloatingService.Saved saved = floating.createOutflow(id, form, scope);
                redirect.addFlashAttribute("success", "floating.outflow.saved");
                return "redirect:/floating/outflows/" + saved.outflow().getId();
            } catch (DataIntegrityViolationException e) {
                // another user opened an outflow for the member at the same moment (uk_floating_outflow_open)
                result.reject("floating.outflow.openExists", "floating.outflow.openExists");
            } catch (InvalidInputException e) {
                Forms.reject(result, e);
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return renderOutflowForm(member, null, model);
    }

    @GetMapping("/floating/outflows/{id}")
    String outflow(@PathVariable long id, Scope scope, Model model) {
        OutflowDetail page = pages.outflow(id, scope);
        return renderOutflow(page, contactForm(), endForm(page.outflow().getVersion()),
                decisionForm(page.outflow()), model);
    }

    @GetMapping("/floating/outflows/{id}/edit")
    String editOutflow(@PathVariable long id, Scope scope, Model model) {
        OutflowDetail page = pages.outflow(id, scope);
        model.addAttribute("outflowForm", OutflowForm.of(page.outflow()));
        return renderOutflowForm(page.member(), page.outflow(), model);
    }

    @PostMapping("/floating/outflows/{id}")
    String updateOutflow(@PathVariable long id, @Valid @ModelAttribute("outflowForm") OutflowForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        OutflowDetail page = pages.outflow(id, scope);
        if (!result.hasErrors()) {
            try {
                floating.updateOutflow(id, form, scope);
                redirect.addFlashAttribute("success", "floating.outflow.saved");
                return "redirect:/floating/outflows/" + id;
            } catch (StaleEditException e) {
                model.addAttribute("conflict", e.current());
                form.setVersion(e.currentVersion());
            } catch (InvalidInputException e) {
                Forms.reject(result, e);
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return renderOutflowForm(page.member(), page.outflow(), model);
    }

    @PostMapping("/floating/outflows/{id}/contacts")
    String addContact(@PathVariable long id, @Valid @ModelAttribute("floatingContact") ContactForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        OutflowDetail page = pages.outflow(id, scope);
        if (!result.hasErrors()) {
            try {
                floating.addContact(id, form, scope);
                redirect.addFlashAttribute("success", "floating.contact.saved");
                return "redirect:/floating/outflows/" + id;
            } catch (InvalidInputException e) {
                Forms.reject(result, e);
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("contactFailed", true);
        return renderOutflow(page, form, endForm(page.outflow().getVersion()), decisionForm(page.outflow()), model);
    }

    @PostMapping("/floating/outflows/{id}/return")
    String returnHome(@PathVariable long id, @Valid @ModelAttribute("floatingEnd") EndForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        OutflowDetail page = pages.outflow(id, scope);
        if (!result.hasErrors()) {
            try {
                floating.returnHome(id, form, scope);
                redirect.addFlashAttribute("success", "floating.outflow.returned");
                return "redirect:/floating/outflows/" + id;
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("returnFailed", true);
        return renderOutflow(page, contactForm(), form, decisionForm(page.outflow()), model);
    }

    @PostMapping("/floating/outflows/{id}/decision")
    String decide(@PathVariable long id, @Valid @ModelAttribute("floatingDecision") DecisionForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        OutflowDetail page = pages.outflow(id, scope);
        if (!result.hasErrors()) {
            try {
                floating.decide(id, form, scope);
                redirect.addFlashAttribute("success", "floating.decision.saved");
                return "redirect:/floating/outflows/" + id;
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("decisionFailed", true);
        return renderOutflow(page, contactForm(), endForm(page.outflow().getVersion()), form, model);
    }

    private String renderOutflowForm(MemberRef member, FloatingOutflow outflow, Model model) {
        model.addAttribute("member", member);
        model.addAttribute("outflow", outflow);
        model.addAttribute("reasons", OutflowReason.values());
        model.addAttribute("certStatuses", CertificateStatus.RECORDED);
        model.addAttribute("orgs", pages.hostOrgs());
        return OUTFLOW_FORM;
    }

    private ContactForm contactForm() {
        ContactForm form = new ContactForm();
        form.setContactOn(floating.today());
        form.setWay(ContactWay.PHONE);
        return form;
    }

    private EndForm endForm(long version) {
        EndForm form = new EndForm();
        form.setEndOn(floating.today());
        form.setVersion(version);
        return form;
    }

    private DecisionForm decisionForm(FloatingOutflow f) {
        DecisionForm form = new DecisionForm();
        form.setDecisionOn(f.getDecisionOn() == null ? floating.today() : f.getDecisionOn());
        form.setDecisionText(f.getDecisionText());
        form.setVersion(f.getVersion());
        return form;
    }

    private static String renderOutflow(OutflowDetail page, ContactForm contact, EndForm ret, DecisionForm decision,
            Model model) {
        model.addAttribute("page", page);
        model.addAttribute("floatingContact", contact);
        model.addAttribute("floatingEnd", ret);
        model.addAttribute("floatingDecision", decision);
        model.addAttribute("ways", ContactWay.values());
        return OUTFLOW;
    }

    // ---------------------------------------------------------------- inflows

    @GetMapping("/floating/inflows/new")
    String newInflow(Scope scope, Model model) {
        InflowForm form = new InflowForm();
        form.setSince(floating.today());
        model.addAttribute("inflowForm", form);
        return renderInflowForm(null, scope, model);
    }

    @PostMapping("/floating/inflows")
    String createInflow(@Valid @ModelAttribute("inflowForm") InflowForm form, BindingResult result, Scope scope,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                FloatingInflow saved = floating.createInflow(form, scope);
                redirect.addFlashAttribute("success", "floating.inflow.saved");
                return "redirect:/floating/inflows/" + saved.getId();
            } catch (DataIntegrityViolationException e) {
                // the linked record got another open inflow at the same moment (uk_floating_inflow_open)
                result.rejectValue("idNumber", "floating.idNumber.openExists", "floating.idNumber.openExists");
            } catch (InvalidInputException e) {
                Forms.reject(result, e);
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return renderInflowForm(null, scope, model);
    }

    @GetMapping("/floating/inflows/{id}")
    String inflow(@PathVariable long id, Scope scope, Model model) {
        InflowDetail page = pages.inflow(id, scope);
        return renderInflow(page, endForm(page.inflow().getVersion()), model);
    }

    @GetMapping("/floating/inflows/{id}/edit")
    String editInflow(@PathVariable long id, Scope scope, Model model) {
        InflowDetail page = pages.inflow(id, scope);
        model.addAttribute("inflowForm", InflowForm.of(page.inflow()));
        return renderInflowForm(page, scope, model);
    }

    @PostMapping("/floating/inflows/{id}")
    String updateInflow(@PathVariable long id, @Valid @ModelAttribute("inflowForm") InflowForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        InflowDetail page = pages.inflow(id, scope);
        if (!result.hasErrors()) {
            try {
                floating.updateInflow(id, form, scope);
                redirect.addFlashAttribute("success", "floating.inflow.saved");
                return "redirect:/floating/inflows/" + id;
            } catch (DataIntegrityViolationException e) {
                // the linked record got another open inflow at the same moment (uk_floating_inflow_open)
                result.rejectValue("idNumber", "floating.idNumber.openExists", "floating.idNumber.openExists");
            } catch (StaleEditException e) {
                model.addAttribute("conflict", e.current());
                form.setVersion(e.currentVersion());
            } catch (InvalidInputException e) {
                Forms.reject(result, e);
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        return renderInflowForm(page, scope, model);
    }

    @PostMapping("/floating/inflows/{id}/end")
    String endInflow(@PathVariable long id, @Valid @ModelAttribute("floatingEnd") EndForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        InflowDetail page = pages.inflow(id, scope);
        if (!result.hasErrors()) {
            try {
                floating.endInflow(id, form, scope);
                redirect.addFlashAttribute("success", "floating.inflow.ended.done");
                return "redirect:/floating/inflows/" + id;
            } catch (BusinessRuleException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("returnFailed", true);
        return renderInflow(page, form, model);
    }

    private String renderInflowForm(InflowDetail page, Scope scope, Model model) {
        model.addAttribute("inflowPage", page);
        model.addAttribute("orgs", pages.hostOrgsInScope(scope));
        return INFLOW_FORM;
    }

    private static String renderInflow(InflowDetail page, EndForm ret, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("floatingEnd", ret);
        return INFLOW;
    }
}
