package org.grassroots.level;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.grassroots.region.RegionLevel;
import org.grassroots.shared.web.FragmentHtml;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The large sections of a level page (the tasks, the grid coverage, the child regions, the organizations
 * and the feature boxes) rendered to text before the page, and kept with the box roll-up's rows like the
 * figures they show ({@link KeptBoxes}): rendering them was about half of a level page's time. A section
 * is kept only when every figure in it is kept with the rows and it shows every user who may open the
 * page the same (no form, nothing by role); the others (the reported units with their forms, the
 * standing, the access burden) are rendered with the page. For a grant that is not a region's, every
 * section is rendered each time.
 */
@Component
class LevelSections {

    private final FragmentHtml html;
    private final KeptBoxes kept;
    private final MessageSource messages;

    LevelSections(FragmentHtml html, KeptBoxes kept, MessageSource messages) {
        this.html = html;
        this.kept = kept;
        this.messages = messages;
    }

    /**
     * The sections of the page in the model, by name, as the attribute "sections". regionalKept: every
     * figure of the regional box came from the rows ({@link RegionalSection#addTo}).
     */
    void addTo(Model model, LevelViews.RegionPage page, Optional<BoxRollup.Boxes> boxes, boolean regionalKept) {
        long id = page.region().getId();
        RegionLevel level = page.region().getLevel();
        boolean community = level == RegionLevel.COMMUNITY;
        Map<String, Object> vars = new HashMap<>(model.asMap());
        // the upper pages show each box as its total with a link to its own page
        vars.put("totalsOnly", !community);
        vars.put("region", page.region());
        Map<String, String> sections = new HashMap<>();
        Object tasks = model.getAttribute("tasks");
        if (tasks != null) {
            sections.put("tasks", keep(boxes, "tasks", id,
                    () -> html.render("task/fragments :: overdueTable", with(vars, "page", tasks))));
        }
        if (model.getAttribute("grid") != null) {
            sections.put("grid", keep(boxes, "grid", id, () -> html.render("level/fragments :: gridCoverage", vars)));
        }
        if (!community) {
            sections.put("children", keep(boxes, "children", id, () -> html.render("level/fragments :: children",
                    with(vars, "childLevel", level.next().orElseThrow().name()))));
        }
        Supplier<String> regional = () -> html.render("level/fragments :: regionalBuilding", vars);
        sections.put("regional", regionalKept ? keep(boxes, "regional", id, regional) : regional.get());
        sections.put("services", keep(boxes, "services", id, () -> html.render("level/fragments :: services", vars)));
        // a community shows the members' box as totals, linked to its organizations' rows
        sections.put("membership", keep(boxes, "membership", id, () -> html.render("level/fragments :: membership",
                community ? with(with(vars, "totalsOnly", true), "boxLinkText", text("level.box.details")) : vars)));
        if (community || !page.orgs().isEmpty()) {
            String heading = text(community ? "level.orgs.community"
                    : "level.orgs.direct." + level.name().toLowerCase());
            sections.put("orgs", keep(boxes, "orgs", id, () -> html.render("level/fragments :: orgs",
                    with(with(vars, "rows", page.orgs()), "heading", heading))));
        }
        model.addAttribute("sections", sections);
    }

    private String keep(Optional<BoxRollup.Boxes> boxes, String section, long regionId, Supplier<String> render) {
        return kept.get(boxes, "html-" + section, regionId, render);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static Map<String, Object> with(Map<String, Object> vars, String name, Object value) {
        Map<String, Object> copy = new HashMap<>(vars);
        copy.put(name, value);
        return copy;
    }
}
