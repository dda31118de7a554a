package org.grassroots.level;

import org.grassroots.shared.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One view per level behind /regions/{id}, and the organization page that composes members. */
@Controller
class LevelController {

    private final LevelService levels;

    LevelController(LevelService levels) {
        this.levels = levels;
    }

    @GetMapping("/regions/{id}")
    String region(@PathVariable long id, Scope scope, Model model) {
        LevelViews.RegionPage page = levels.regionPage(id, scope);
        model.addAttribute("page", page);
        return "level/" + page.region().getLevel().name().toLowerCase();
    }

    @GetMapping("/orgs/{id}")
    String org(@PathVariable long id, Scope scope, Model model) {
        model.addAttribute("page", levels.orgPage(id, scope));
        return "org/detail";
    }
}
