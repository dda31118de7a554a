package org.grassroots.grid;

import jakarta.validation.Valid;
import java.time.LocalDate;
import org.grassroots.region.Region;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.grassroots.shared.web.Forms;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A community's grid map: the tree, one node, the node and cadre forms, and the gaps of a region. */
@Controller
class GridController {

    private static final String NODE_FORM = "grid/node-form";
    private static final String CADRE_FORM = "grid/cadre-form";

    private final GridService grids;
    private final GridPages pages;
    private final GridQueries queries;

    GridController(GridService grids, GridPages pages, GridQueries queries) {
        this.grids = grids;
        this.pages = pages;
        this.queries = queries;
    }

    @GetMapping("/regions/{communityId}/grids")
    String tree(@PathVariable long communityId, Scope scope, Model model) {
        model.addAttribute("page", pages.tree(communityId, scope));
        return "grid/tree";
    }

    @GetMapping("/regions/{regionId}/grid-gaps")
    String gaps(@PathVariable long regionId, Scope scope, Model model) {
        model.addAttribute("page", pages.gaps(regionId, scope));
        return "grid/gaps";
    }

    @GetMapping("/grids/{id}")
    String node(@PathVariable long id, Scope scope, Model model) {
        model.addAttribute("page", pages.node(id, scope));
        return "grid/node";
    }

    // ---------------------------------------------------------------- nodes

    @GetMapping("/regions/{communityId}/grids/new")
    String newGrid(@PathVariable long communityId, Scope scope, Model model) {
        Region community = grids.requireCommunity(communityId, scope);
        model.addAttribute("form", GridNodeForm.blank());
        return renderNode(community, null, null, GridKind.GRID, scope, model);
    }

    @PostMapping("/regions/{communityId}/grids")
    String createGrid(@PathVariable long communityId, @Valid @ModelAttribute("form") GridNodeForm form,
            BindingResult result, Scope scope, Model model, RedirectAttributes redirect) {
        Region community = grids.requireCommunity(communityId, scope);
        if (result.hasErrors()) {
            return renderNode(community, null, null, GridKind.GRID, scope, model);
        }
        try {
            GridNode saved = grids.createGrid(communityId, form, scope);
            redirect.addFlashAttribute("success", "grid.saved");
            return "redirect:/grids/" + saved.getId();
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return renderNode(community, null, null, GridKind.GRID, scope, model);
        }
    }

    @GetMapping("/grids/{id}/children/new")
    String newChild(@PathVariable long id, Scope scope, Model model) {
        GridNode parent = grids.require(id, scope);
        if (parent.getKind().childKind() == null) {
            return "redirect:/grids/" + id;
        }
        model.addAttribute("form", GridNodeForm.blank());
        return renderNode(community(parent, scope), parent, null, parent.getKind().childKind(), scope, model);
    }

    @PostMapping("/grids/{id}/children")
    String createChild(@PathVariable long id, @Valid @ModelAttribute("form") GridNodeForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        GridNode parent = grids.require(id, scope);
        GridKind kind = parent.getKind().childKind() == null ? GridKind.UNIT : parent.getKind().childKind();
        if (result.hasErrors()) {
            return renderNode(community(parent, scope), parent, null, kind, scope, model);
        }
        try {
            GridNode saved = grids.createChild(id, form, scope);
            redirect.addFlashAttribute("success", "grid.saved");
            return "redirect:/grids/" + saved.getId();
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return renderNode(community(parent, scope), parent, null, kind, scope, model);
        }
    }

    @GetMapping("/grids/{id}/edit")
    String editNode(@PathVariable long id, Scope scope, Model model) {
        GridNode node = grids.require(id, scope);
        model.addAttribute("form", GridNodeForm.of(node));
        return renderNode(community(node, scope), null, node, node.getKind(), scope, model);
    }

    @PostMapping("/grids/{id}")
    String updateNode(@PathVariable long id, @Valid @ModelAttribute("form") GridNodeForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        GridNode node = grids.require(id, scope);
        if (result.hasErrors()) {
            return renderNode(community(node, scope), null, node, node.getKind(), scope, model);
        }
        try {
            grids.update(id, form, scope);
            redirect.addFlashAttribute("success", "grid.saved");
            return "redirect:/grids/" + id;
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return renderNode(community(node, scope), null, node, node.getKind(), scope, model);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return renderNode(community(node, scope), null, node, node.getKind(), scope, model);
        }
    }

    /** Nodes are never deleted: they close on a date, and their open assignments end with them. */
    @PostMapping("/grids/{id}/close")
    String close(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        try {
            grids.close(id, scope);
            redirect.addFlashAttribute("success", "grid.closed.done");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/grids/" + id;
    }

    private Region community(GridNode node, Scope scope) {
        return grids.requireCommunity(node.getCommunityId(), scope);
    }

    private String renderNode(Region community, GridNode parent, GridNode node, GridKind kind, Scope scope,
            Model model) {
        model.addAttribute("community", community);
        model.addAttribute("parent", parent);
        model.addAttribute("node", node);
        model.addAttribute("kind", kind);
        model.addAttribute("orgs", grids.linkableOrgs(community, scope));
        return NODE_FORM;
    }

    // ---------------------------------------------------------------- cadres

    @GetMapping("/grids/{id}/cadres/new")
    String newCadre(@PathVariable long id, Scope scope, Model model) {
        GridNode node = grids.require(id, scope);
        CadreForm form = new CadreForm();
        form.setRole(CadreRole.forKind(node.getKind()).get(0));
        form.setStartOn(grids.today());
        model.addAttribute("form", form);
        return renderCadre(node, null, model);
    }

    @PostMapping("/grids/{id}/cadres")
    String createCadre(@PathVariable long id, @Valid @ModelAttribute("form") CadreForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        GridNode node = grids.require(id, scope);
        if (result.hasErrors()) {
            return renderCadre(node, null, model);
        }
        try {
            grids.assign(id, form, scope);
            redirect.addFlashAttribute("success", "grid.cadre.saved");
            return "redirect:/grids/" + id;
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return renderCadre(node, null, model);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return renderCadre(node, null, model);
        }
    }

    @GetMapping("/grid-cadres/{id}/edit")
    String editCadre(@PathVariable long id, Scope scope, Model model) {
        GridCadre cadre = grids.requireCadre(id, scope);
        model.addAttribute("form", CadreForm.of(cadre));
        return renderCadre(grids.require(cadre.getNodeId(), scope), cadre, model);
    }

    @PostMapping("/grid-cadres/{id}")
    String updateCadre(@PathVariable long id, @Valid @ModelAttribute("form") CadreForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        GridCadre cadre = grids.requireCadre(id, scope);
        GridNode node = grids.require(cadre.getNodeId(), scope);
        if (result.hasErrors()) {
            return renderCadre(node, cadre, model);
        }
        try {
            grids.updateCadre(id, form, scope);
            redirect.addFlashAttribute("success", "grid.cadre.saved");
            return "redirect:/grids/" + node.getId();
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
            return renderCadre(node, cadre, model);
        } catch (InvalidInputException e) {
            Forms.reject(result, e);
            return renderCadre(node, cadre, model);
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return renderCadre(node, cadre, model);
        }
    }

    @PostMapping("/grid-cadres/{id}/end")
    String endCadre(@PathVariable long id, @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endOn, Scope scope, RedirectAttributes redirect) {
        GridCadre cadre = grids.requireCadre(id, scope);
        try {
            grids.endCadre(id, endOn, scope);
            redirect.addFlashAttribute("success", "grid.cadre.ended");
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/grids/" + cadre.getNodeId();
    }

    private String renderCadre(GridNode node, GridCadre cadre, Model model) {
        model.addAttribute("node", node);
        model.addAttribute("cadre", cadre);
        model.addAttribute("roles", CadreRole.forKind(node.getKind()));
        model.addAttribute("members", queries.memberChoices(node.getCommunityId()));
        return CADRE_FORM;
    }
}
