package org.grassroots.reporting;

import jakarta.validation.Valid;
import org.grassroots.region.Region;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.grassroots.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A community's service posts: the list (a street sees its communities'), the form, closing. */
@Controller
class PostController {

    private static final String FORM = "reporting/post-form";

    private final ReportingService reporting;
    private final ReportingPages pages;

    PostController(ReportingService reporting, ReportingPages pages) {
        this.reporting = reporting;
        this.pages = pages;
    }

    @GetMapping("/regions/{id}/service-posts")
    String list(@PathVariable long id, @RequestParam(required = false) String q,
            @RequestParam(required = false) String closed, @RequestParam(defaultValue = "0") int page, Scope scope,
            Model model) {
        model.addAttribute("page", pages.posts(id, q, "true".equals(closed), page, scope));
        return "reporting/posts";
    }

    @GetMapping("/regions/{id}/service-posts/new")
    String newPost(@PathVariable long id, Scope scope, Model model) {
        Region community = reporting.requireCommunity(id, scope);
        model.addAttribute("postForm", new PostForm());
        return render(community, null, model);
    }

    @PostMapping("/regions/{id}/service-posts")
    String create(@PathVariable long id, @Valid @ModelAttribute("postForm") PostForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        Region community = reporting.requireCommunity(id, scope);
        if (result.hasErrors()) {
            return render(community, null, model);
        }
        try {
            reporting.createPost(id, form, scope);
            redirect.addFlashAttribute("success", "reporting.post.saved");
            return "redirect:/regions/" + id + "/service-posts";
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
            return render(community, null, model);
        }
    }

    @GetMapping("/service-posts/{id}/edit")
    String edit(@PathVariable long id, Scope scope, Model model) {
        ServicePost post = reporting.requirePost(id, scope);
        model.addAttribute("postForm", PostForm.of(post));
        return render(reporting.requireCommunity(post.getCommunityId(), scope), post, model);
    }

    @PostMapping("/service-posts/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("postForm") PostForm form, BindingResult result,
            Scope scope, Model model, RedirectAttributes redirect) {
        ServicePost post = reporting.requirePost(id, scope);
        Region community = reporting.requireCommunity(post.getCommunityId(), scope);
        if (result.hasErrors()) {
            return render(community, post, model);
        }
        try {
            reporting.updatePost(id, form, scope);
            redirect.addFlashAttribute("success", "reporting.post.saved");
            return "redirect:/regions/" + community.getId() + "/service-posts";
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            form.setVersion(e.currentVersion());
        } catch (BusinessRuleException e) {
            Forms.reject(result, e);
        }
        return render(community, post, model);
    }

    @PostMapping("/service-posts/{id}/close")
    String close(@PathVariable long id, Scope scope, RedirectAttributes redirect) {
        ServicePost post = reporting.closePost(id, scope);
        redirect.addFlashAttribute("success", "reporting.post.closed");
        return "redirect:/regions/" + post.getCommunityId() + "/service-posts";
    }

    private String render(Region community, ServicePost post, Model model) {
        model.addAttribute("community", community);
        model.addAttribute("post", post);
        model.addAttribute("categories", reporting.categoryChoices(post == null ? null : post.getCategoryCode()));
        return FORM;
    }
}
