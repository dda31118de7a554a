package org.grassroots.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * What the hostile-input tests send and how they read the forms they attack: the payloads (SQL
 * injection, script injection, an attribute break-out, oversized text), the forms and their fields
 * as the page renders them, the fields a re-displayed form marks invalid, and whether a page shows a
 * payload unescaped.
 */
public final class HostileInput {

    public static final String SCRIPT = "<script>alert('x')</script>";
    public static final String SQL = "' OR '1'='1'; DROP TABLE party_member; --";
    public static final String ATTRIBUTE = "\" onmouseover=\"alert(1)\" x=\"";
    public static final String OVERSIZED = "长".repeat(100_000);
    public static final List<String> PAYLOADS = List.of(SQL, SCRIPT, ATTRIBUTE, OVERSIZED);

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");
    private static final Pattern FIELD = Pattern.compile("<(input|textarea|select)\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern SELECTED = Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"[^>]*selected",
            Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"", Pattern.DOTALL);
    private static final Pattern ERROR_ID = Pattern.compile("id=\"([A-Za-z0-9_.\\[\\]]+)-error\"");

    private HostileInput() {
    }

    /** True when the page carries a payload as markup: a script element or a broken-out attribute. */
    public static boolean unescaped(String body) {
        return body.contains(SCRIPT) || body.contains("onmouseover=\"alert");
    }

    public static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 12) + "…(" + s.length() + " chars)" : s;
    }

    /**
     * One form as rendered: its action, the value each field would send (checked boxes only, the
     * selected option), its free-text fields (text, search, tel, textarea) and every other named field.
     */
    public record Form(String action, Map<String, String> values, List<String> textFields, List<String> otherFields,
            Map<String, String> types, Map<String, String> firstOptions) {

        /**
         * The values with every empty date set to the given day and every empty select set to its
         * first option: what a user filling in a new form would send.
         */
        public Map<String, String> filledIn(String day) {
            Map<String, String> filled = new LinkedHashMap<>(values);
            types.forEach((name, type) -> {
                if (filled.getOrDefault(name, "").isEmpty()) {
                    if (type.equals("date")) {
                        filled.put(name, day);
                    } else if (type.equals("select") && firstOptions.containsKey(name)) {
                        filled.put(name, firstOptions.get(name));
                    }
                }
            });
            return filled;
        }
    }

    /** The POST form whose action is the given one (or, for null, the first POST form that is not the logout). */
    public static Form postForm(String html, String action) {
        Matcher forms = FORM.matcher(html);
        while (forms.find()) {
            Map<String, String> formAttrs = attrs(forms.group(1));
            String formAction = HtmlUtils.htmlUnescape(formAttrs.getOrDefault("action", ""));
            if (!formAttrs.getOrDefault("method", "").equalsIgnoreCase("post") || formAction.equals("/logout")
                    || (action != null && !formAction.equals(action))) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            List<String> text = new ArrayList<>();
            List<String> other = new ArrayList<>();
            Map<String, String> types = new LinkedHashMap<>();
            Map<String, String> firstOptions = new LinkedHashMap<>();
            String body = forms.group(2);
            Matcher f = FIELD.matcher(body);
            while (f.find()) {
                Map<String, String> a = attrs(f.group(2));
                String name = a.get("name");
                if (name == null || name.equals("_csrf")) {
                    continue;
                }
                String type = a.getOrDefault("type", "text");
                types.putIfAbsent(name, f.group(1).equals("input") ? type : f.group(1));
                switch (f.group(1)) {
                    case "input" -> {
                        if ((type.equals("checkbox") || type.equals("radio")) && !f.group(2).contains("checked")) {
                            if (!other.contains(name) && !name.startsWith("_")) {
                                other.add(name);
                            }
                            continue;
                        }
                        values.putIfAbsent(name, HtmlUtils.htmlUnescape(a.getOrDefault("value", "")));
                        if (type.equals("text") || type.equals("search") || type.equals("tel")) {
                            text.add(name);
                        } else if (!type.equals("submit") && !name.startsWith("_")) {
                            other.add(name);
                        }
                    }
                    case "textarea" -> {
                        int end = body.indexOf("</textarea>", f.end());
                        values.put(name, HtmlUtils.htmlUnescape(body.substring(f.end(), end)));
                        text.add(name);
                    }
                    default -> {
                        int end = body.indexOf("</select>", f.end());
                        String options = body.substring(f.end(), end);
                        Matcher selected = SELECTED.matcher(options);
                        values.put(name, selected.find() ? selected.group(1) : "");
                        Matcher option = OPTION.matcher(options);
                        while (option.find()) {
                            if (!option.group(1).isEmpty()) {
                                firstOptions.put(name, option.group(1));
                                break;
                            }
                        }
                        other.add(name);
                    }
                }
            }
            return new Form(formAction, values, text.stream().distinct().toList(),
                    other.stream().distinct().filter(n -> !text.contains(n)).toList(), types, firstOptions);
        }
        return null;
    }

    /** The names of the fields of every GET form on the page (the search and filter forms). */
    public static List<String> searchFields(String html) {
        List<String> names = new ArrayList<>();
        Matcher forms = FORM.matcher(html);
        while (forms.find()) {
            if (attrs(forms.group(1)).getOrDefault("method", "get").equalsIgnoreCase("get")) {
                Matcher f = FIELD.matcher(forms.group(2));
                while (f.find()) {
                    String name = attrs(f.group(2)).get("name");
                    if (name != null && !names.contains(name)) {
                        names.add(name);
                    }
                }
            }
        }
        return names;
    }

    /** The fields a re-displayed form marks invalid: an {@code is-invalid} control or a {@code <name>-error} message. */
    public static List<String> invalidFields(String html) {
        List<String> names = new ArrayList<>();
        Matcher f = FIELD.matcher(html);
        while (f.find()) {
            Map<String, String> a = attrs(f.group(2));
            if (a.containsKey("name") && a.getOrDefault("class", "").contains("is-invalid")) {
                names.add(a.get("name"));
            }
        }
        Matcher e = ERROR_ID.matcher(html);
        while (e.find()) {
            names.add(e.group(1));
        }
        return names.stream().distinct().toList();
    }

    /** True when the page shows a form error of any kind: a field message, a global message or the form alert. */
    public static boolean showsError(String html) {
        return html.contains("is-invalid") || html.contains("invalid-feedback") || html.contains("id=\"form-errors\"")
                || html.contains("id=\"global-errors\"") || html.contains("alert-danger");
    }

    public static Map<String, String> attrs(String tag) {
        Map<String, String> attrs = new LinkedHashMap<>();
        Matcher m = ATTR.matcher(tag);
        while (m.find()) {
            attrs.putIfAbsent(m.group(1).toLowerCase(), m.group(2));
        }
        return attrs;
    }
}
