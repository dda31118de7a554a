package org.grassroots.level;

import org.grassroots.grid.GridPages;
import org.grassroots.region.RegionLevel;
import org.grassroots.shared.Scope;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One view per level behind /regions/{id}, and the organization page that composes members. */
@Controller
class LevelController {

    private final LevelService levels;
    private final GridPages grids;

    LevelController(LevelService levels, GridPages grids) {
        this.levels = levels;
        this.grids = grids;
    }

    @GetMapping("/regions/{id}")
    String region(@PathVariable long id, Scope scope, Model model) {
        LevelViews.RegionPage page = levels.regionPage(id, scope);
        model.addAttribute("page", page);
        // grid coverage per child region (or the community's own counts): where nobody is responsible
        model.addAttribute("grid", grids.gaps(id, scope));
        if (page.region().getLevel() == RegionLevel.COMMUNITY) {
            // the community's own grid tree, its gaps highlighted
            model.addAttribute("gridTree", grids.tree(id, scope));
        }
        return "level/" + page.region().getLevel().name().toLowerCase();
    }

    @GetMapping("/orgs/{id}")
    String org(@PathVariable long id, Scope scope, Model model) {
        model.addAttribute("page", levels.orgPage(id, scope));
        return "org/detail";
    }
}
