package org.grassroots.settings;

import java.util.LinkedHashMap;
import java.util.Map;
import org.grassroots.shared.StaleEditException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The city settings page for the city administrator (the route rule admits no other role). The form
 * posts {@code value.<key>} and {@code version.<key>} for each setting: the value typed and the version
 * the page was opened with.
 */
@Controller
class SettingsController {

    private static final String PAGE = "settings/page";
    private static final String VALUE = "value.";
    private static final String VERSION = "version.";

    private final SettingService settings;

    SettingsController(SettingService settings) {
        this.settings = settings;
    }

    @GetMapping("/settings")
    String page(Model model) {
        return render(model, Map.of(), null, Map.of());
    }

    @PostMapping("/settings")
    String save(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, Long> versions = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(VALUE)) {
                typed.put(name.substring(VALUE.length()), value);
            } else if (name.startsWith(VERSION)) {
                versions.put(name.substring(VERSION.length()), version(value));
            }
        });
        Map<String, Setting.Parsed> problems = settings.problems(typed);
        if (!problems.isEmpty()) {
            return render(model, typed, versions, problems);
        }
        try {
            int changed = settings.save(typed, versions);
            redirect.addFlashAttribute("success", changed == 0 ? "settings.unchanged" : "settings.saved");
            return "redirect:/settings";
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            // the typed values stay; the versions are the current ones, so saving again is a decision
            return render(model, typed, null, Map.of());
        }
    }

    @PostMapping("/settings/reset")
    String reset(@RequestParam(required = false) String key, @RequestParam(required = false) String version,
            Model model, RedirectAttributes redirect) {
        try {
            boolean done = settings.reset(key, version(version));
            redirect.addFlashAttribute("success", done ? "settings.resetDone" : "settings.unchanged");
            return "redirect:/settings";
        } catch (StaleEditException e) {
            model.addAttribute("conflict", e.current());
            return render(model, Map.of(), null, Map.of());
        }
    }

    @GetMapping("/settings/history")
    String history(@RequestParam(required = false) String group, @RequestParam(defaultValue = "0") String page,
            Model model) {
        model.addAttribute("history", settings.history(group, pageNumber(page)));
        model.addAttribute("groupNames", settings.groupNames());
        model.addAttribute("names", names());
        return "settings/history";
    }

    /**
     * @param typed values to show instead of the effective ones (a form shown again)
     * @param versions versions to keep instead of the current ones (null: the current ones)
     */
    private String render(Model model, Map<String, String> typed, Map<String, Long> versions,
            Map<String, Setting.Parsed> problems) {
        model.addAttribute("groups", settings.groups());
        model.addAttribute("typed", typed);
        model.addAttribute("versions", versions == null ? Map.of() : versions);
        model.addAttribute("problems", problems);
        model.addAttribute("recent", settings.recent());
        model.addAttribute("names", names());
        return PAGE;
    }

    /** The message suffix of every declared key, for the history rows. */
    private Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        settings.groups().forEach(g -> g.rows().forEach(r -> names.put(r.setting().key(), r.setting().name())));
        return names;
    }

    /** A version that is not a number matches no stored state: the save ends in the conflict panel. */
    private static long version(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int pageNumber(String text) {
        try {
            return Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
