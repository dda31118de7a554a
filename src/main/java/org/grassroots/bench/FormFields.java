package org.grassroots.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * What a browser would submit from a rendered form: its inputs (checkboxes and radios only when
 * checked), the selected option of each select and the text of each textarea, in page order. Enough
 * for the application's own Thymeleaf forms, which write every attribute in double quotes.
 */
final class FormFields {

    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)(?:\\s*=\\s*\"([^\"]*)\")?");
    private static final Pattern FIELD = Pattern.compile(
            "<input\\b([^>]*)>|<select\\b([^>]*)>(.*?)</select>|<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);

    private FormFields() {
    }

    /** The fields of the form with this id, or empty when the page has no such form. */
    static Map<String, List<String>> of(String html, String formId) {
        Matcher form = Pattern.compile("<form\\b[^>]*\\bid=\"" + Pattern.quote(formId) + "\"[^>]*>(.*?)</form>",
                Pattern.DOTALL).matcher(html);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        if (!form.find()) {
            return fields;
        }
        Matcher field = FIELD.matcher(form.group(1));
        while (field.find()) {
            if (field.group(1) != null) {
                input(attributes(field.group(1)), fields);
            } else if (field.group(2) != null) {
                select(attributes(field.group(2)), field.group(3), fields);
            } else {
                Map<String, String> a = attributes(field.group(4));
                if (a.containsKey("name")) {
                    add(fields, a.get("name"), HtmlUtils.htmlUnescape(field.group(5)));
                }
            }
        }
        return fields;
    }

    private static void input(Map<String, String> a, Map<String, List<String>> fields) {
        String name = a.get("name");
        String type = a.getOrDefault("type", "text").toLowerCase();
        if (name == null || a.containsKey("disabled") || type.equals("submit") || type.equals("button")
                || type.equals("file") || type.equals("image") || type.equals("reset")) {
            return;
        }
        if ((type.equals("checkbox") || type.equals("radio")) && !a.containsKey("checked")) {
            return;
        }
        String value = a.get("value");
        add(fields, name, value == null ? (type.equals("checkbox") || type.equals("radio") ? "on" : "")
                : HtmlUtils.htmlUnescape(value));
    }

    private static void select(Map<String, String> a, String options, Map<String, List<String>> fields) {
        String name = a.get("name");
        if (name == null || a.containsKey("disabled")) {
            return;
        }
        String first = null;
        Matcher option = OPTION.matcher(options);
        while (option.find()) {
            Map<String, String> o = attributes(option.group(1));
            String value = HtmlUtils.htmlUnescape(o.getOrDefault("value", ""));
            first = first == null ? value : first;
            if (o.containsKey("selected")) {
                add(fields, name, value);
                return;
            }
        }
        if (first != null) {
            add(fields, name, first);
        }
    }

    private static Map<String, String> attributes(String markup) {
        Map<String, String> a = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(markup);
        while (m.find()) {
            a.putIfAbsent(m.group(1).toLowerCase(), m.group(2));
        }
        return a;
    }

    private static void add(Map<String, List<String>> fields, String name, String value) {
        fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
}
