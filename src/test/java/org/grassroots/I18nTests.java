package org.grassroots;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Document;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.grassroots.meeting.AttendanceStatus;
import org.grassroots.meeting.ComplianceStatus;
import org.grassroots.meeting.Frequency;
import org.grassroots.meeting.MeetingType;
import org.grassroots.member.Education;
import org.grassroots.member.Gender;
import org.grassroots.member.MemberStatus;
import org.grassroots.member.Occupation;
import org.grassroots.org.OrgCategory;
import org.grassroots.org.OrgType;
import org.grassroots.region.RegionLevel;
import org.grassroots.security.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Every text the user reads comes from i18n/messages*.properties (style.md §5 rule 9: no literal text
 * in templates; enum labels are message keys, §4.1). Reads the sources, so it fails on the commit
 * that breaks the rule rather than on a page nobody opened.
 */
class I18nTests {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");

    /** Attributes whose value replaces the element's body (or the element): its prototype text never shows. */
    private static final Set<String> BODY_REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert",
            "th:errors", "sec:authentication", "data-th-text", "data-th-utext", "data-th-replace", "data-th-insert",
            "data-th-errors");

    /** Attributes read out or shown to users, which must then be th: attributes with message keys. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label", "label");

    private static final Pattern CJK = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\u3000-\\u303f\\uff00-\\uffef]");
    private static final Pattern NOT_PUNCTUATION = Pattern.compile("[^\\p{Punct}\\p{P}\\p{Z}\\s]");

    private static Map<String, String> zh;
    private static Map<String, String> en;

    @BeforeAll
    static void readMessages() throws IOException {
        zh = load(I18N.resolve("messages.properties"));
        en = load(I18N.resolve("messages_en.properties"));
    }

    private static Map<String, String> load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        Map<String, String> map = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(JAVA)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    // (a) ------------------------------------------------------------------------------------------

    @Test
    @DisplayName("Chinese and English messages have exactly the same keys")
    void shouldHaveSameKeysWhenComparingLanguages() {
        assertThat(zh).isNotEmpty();
        assertThat(new TreeSet<>(en.keySet())).as("keys only in messages.properties are missing from _en; "
                + "keys only in _en are missing from messages.properties")
                .containsExactlyElementsOf(new TreeSet<>(zh.keySet()));
    }

    @Test
    @DisplayName("no key is defined twice in a file (the later one would silently win)")
    void shouldDefineEachKeyOnceWhenReadingAFile() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            List<String> keys = new ArrayList<>();
            boolean continued = false;
            for (String line : Files.readAllLines(I18N.resolve(name), StandardCharsets.UTF_8)) {
                String trimmed = line.stripLeading();
                boolean isContinuation = continued;
                continued = endsWithOddBackslashes(line);
                if (isContinuation || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
                    continue;
                }
                keys.add(trimmed.split("(?<!\\\\)[=:\\s]", 2)[0]);
            }
            Set<String> seen = new HashSet<>();
            assertThat(keys.stream().filter(k -> !seen.add(k)).toList()).as(name).isEmpty();
        }
    }

    private static boolean endsWithOddBackslashes(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    @Test
    void shouldHaveTextWhenKeyIsDefined() {
        assertThat(zh).allSatisfy((k, v) -> assertThat(v).as("messages.properties " + k).isNotBlank());
        assertThat(en).allSatisfy((k, v) -> assertThat(v).as("messages_en.properties " + k).isNotBlank());
        // language names are shown in their own script (lang.zh=中文); every other English text is English
        assertThat(en).allSatisfy((k, v) -> {
            if (!k.startsWith("lang.")) {
                assertThat(CJK.matcher(v).find()).as("messages_en.properties " + k + " = " + v).isFalse();
            }
        });
    }

    @Test
    @DisplayName("a message with arguments uses the same arguments in both languages, and MessageFormat keeps them all")
    void shouldKeepEveryArgumentWhenMessageIsFormatted() {
        Pattern argument = Pattern.compile("\\{(\\d+)[,}]");
        for (String key : zh.keySet()) {
            Set<String> zhArgs = matches(argument, zh.get(key));
            Set<String> enArgs = matches(argument, en.getOrDefault(key, ""));
            assertThat(enArgs).as("arguments of " + key).isEqualTo(zhArgs);
            for (Map<String, String> messages : List.of(zh, en)) {
                String text = messages.get(key);
                if (text == null || zhArgs.isEmpty()) {
                    continue;
                }
                // with arguments, Spring runs the text through MessageFormat: a lone ' starts a quote
                Object[] byIndex = new Object[zhArgs.stream().mapToInt(Integer::parseInt).max().orElseThrow() + 1];
                zhArgs.forEach(i -> byIndex[Integer.parseInt(i)] = "«" + i + "»");
                String formatted = new MessageFormat(text, Locale.ROOT).format(byIndex);
                for (String i : zhArgs) {
                    assertThat(formatted).as(key + " = " + text).contains("«" + i + "»");
                }
                assertThat(text.replace("''", "")).as(key + ": a single ' in a message with arguments is a quote")
                        .doesNotContain("'");
            }
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    // (b) ------------------------------------------------------------------------------------------

    @Test
    @DisplayName("every #{key} a template names exists in messages.properties")
    void shouldDefineKeyWhenTemplateUsesIt() throws IOException {
        Pattern plainKey = Pattern.compile("#\\{([a-zA-Z0-9.]+)");
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (Path template : templates()) {
            Matcher m = plainKey.matcher(read(template));
            while (m.find()) {
                found++;
                if (!zh.containsKey(m.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
                }
            }
        }
        assertThat(found).as("keys found in templates").isGreaterThan(50);
        assertThat(missing).isEmpty();
    }

    @Test
    @DisplayName("every key prefix a template completes at run time (#{'org.type.' + ...}) has keys")
    void shouldDefineKeysWhenTemplateBuildsKeyFromPrefix() throws IOException {
        Pattern prefix = Pattern.compile("#\\{'([a-zA-Z0-9.]+\\.)'\\s*\\+");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher m = prefix.matcher(read(template));
            while (m.find()) {
                String p = m.group(1);
                if (zh.keySet().stream().noneMatch(k -> k.startsWith(p))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + p);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest(name = "level.children.{0}")
    @DisplayName("the region pages head their child list with level.children.<child level>")
    @MethodSource("childLevels")
    void shouldLabelChildListWhenLevelHasChildren(RegionLevel child) {
        assertThat(zh).containsKey("level.children." + child.name());
    }

    static Stream<RegionLevel> childLevels() {
        return Stream.of(RegionLevel.values()).flatMap(l -> l.next().stream());
    }

    // (c) ------------------------------------------------------------------------------------------

    static Stream<Arguments> enumLabels() {
        return Stream.of(
                Arguments.of("org.type.", OrgType.values()),
                Arguments.of("org.category.", OrgCategory.values()),
                Arguments.of("member.status.", MemberStatus.values()),
                Arguments.of("member.gender.", Gender.values()),
                Arguments.of("member.education.", Education.values()),
                Arguments.of("member.occupation.", Occupation.values()),
                Arguments.of("region.level.", RegionLevel.values()),
                Arguments.of("security.role.", Role.values()),
                Arguments.of("meeting.type.", MeetingType.values()),
                Arguments.of("meeting.attendance.", AttendanceStatus.values()),
                Arguments.of("meeting.frequency.", Frequency.values()),
                Arguments.of("compliance.status.", ComplianceStatus.values()));
    }

    @ParameterizedTest(name = "{0}<CONSTANT>")
    @DisplayName("style.md §4.1: every enum constant has a label <feature>.<enum>.<CONST> in both languages")
    @MethodSource("enumLabels")
    void shouldLabelEveryConstantWhenEnumIsShown(String prefix, Enum<?>[] constants) {
        for (Enum<?> c : constants) {
            assertThat(zh).as("messages.properties").containsKey(prefix + c.name());
            assertThat(en).as("messages_en.properties").containsKey(prefix + c.name());
        }
    }

    // (d) ------------------------------------------------------------------------------------------

    @Test
    @DisplayName("templates contain no Chinese, Japanese or Korean characters, not even in comments")
    void shouldContainNoCjkWhenTemplateIsRead() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path template : templates()) {
            List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (CJK.matcher(lines.get(i)).find()) {
                    found.add(TEMPLATES.relativize(template) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /**
     * Parsed with attoparser, Thymeleaf's own HTML parser. A text node other than punctuation and
     * white space must sit in an element whose body is replaced (th:text, th:utext, th:errors,
     * sec:authentication) or that is itself replaced (th:replace, th:insert), or under such an
     * ancestor. The page root's th:replace is not counted: the layout call takes the page's own
     * title and content back in.
     */
    @Test
    @DisplayName("style.md §5 rule 9: templates show no literal text; every visible text comes from a message or the model")
    void shouldReplaceEveryTextWhenTemplateIsRendered() throws Exception {
        List<String> literal = new ArrayList<>();
        DOMMarkupParser parser = new DOMMarkupParser(ParseConfiguration.htmlConfiguration());
        for (Path template : templates()) {
            Document document = parser.parse(template.toString(), new java.io.StringReader(read(template)));
            collectLiteralText(document, TEMPLATES.relativize(template).toString(), literal);
        }
        assertThat(literal).isEmpty();
    }

    private static void collectLiteralText(INestableNode node, String file, List<String> literal) {
        for (INode child : node.getChildren()) {
            if (child instanceof Text text && node instanceof Element parent
                    && isVisibleText(text.getContent()) && !isReplaced(parent)) {
                // the element's line: attoparser's DOM builder records a column as the text node's line
                literal.add(file + ":" + parent.getLine() + ": <" + parent.getElementName() + "> \""
                        + text.getContent().strip() + "\"");
            } else if (child instanceof Element element && !isScriptOrStyle(element)) {
                for (Map.Entry<String, String> a : element.getAttributeMap().entrySet()) {
                    if (TEXT_ATTRIBUTES.contains(a.getKey().toLowerCase(Locale.ROOT)) && isVisibleText(a.getValue())) {
                        literal.add(file + ":" + element.getLine() + ": <" + element.getElementName() + " "
                                + a.getKey() + "=\"" + a.getValue() + "\">");
                    }
                }
                if (isButtonInput(element) && isVisibleText(element.getAttributeValue("value"))) {
                    literal.add(file + ":" + element.getLine() + ": <input value=\""
                            + element.getAttributeValue("value") + "\">");
                }
                collectLiteralText(element, file, literal);
            }
        }
    }

    private static boolean isVisibleText(String raw) {
        return raw != null && NOT_PUNCTUATION.matcher(HtmlUtils.htmlUnescape(raw)).find();
    }

    private static boolean isScriptOrStyle(Element e) {
        return e.elementNameMatches("script") || e.elementNameMatches("style");
    }

    private static boolean isButtonInput(Element e) {
        String type = e.getAttributeValue("type");
        return e.elementNameMatches("input") && type != null
                && Set.of("submit", "button", "reset").contains(type.toLowerCase(Locale.ROOT));
    }

    /** The element or one of its ancestors replaces this body; the page root (the layout call) excepted. */
    private static boolean isReplaced(Element element) {
        for (INestableNode n = element; n instanceof Element e; n = e.getParent()) {
            if (e.elementNameMatches("html")) {
                return false;
            }
            if (isScriptOrStyle(e)) {
                return true;
            }
            for (String attribute : e.getAttributeMap().keySet()) {
                if (BODY_REPLACING.contains(attribute)) {
                    return true;
                }
            }
            String remove = e.getAttributeValue("th:remove");
            if (remove != null && Set.of("all", "body", "all-but-first").contains(remove.strip())) {
                return true;
            }
            if (e.elementNameMatches("textarea") && e.hasAttribute("th:field")) {
                return true;
            }
        }
        return false;
    }

    // (e) ------------------------------------------------------------------------------------------

    /** Java packages, not message keys, that share the "org." prefix. */
    private static final Pattern JAVA_PACKAGE = Pattern.compile(
            "org\\.(grassroots|springframework|hibernate|postgresql|flywaydb|thymeleaf|attoparser|slf4j|apache|junit)\\b.*");

    @Test
    @DisplayName("every message key written in Java (exceptions, violations, warnings, flashes, validation messages) exists")
    void shouldDefineKeyWhenJavaCodeUsesIt() throws IOException {
        Pattern literal = Pattern.compile("\"\\{?((?:org|member|account)\\.[a-zA-Z.]+)}?\"");
        List<String> missing = new ArrayList<>();
        int found = 0;
        for (Path source : javaSources()) {
            Matcher m = literal.matcher(read(source));
            while (m.find()) {
                String key = m.group(1);
                if (JAVA_PACKAGE.matcher(key).matches()) {
                    continue;
                }
                found++;
                boolean defined = key.endsWith(".")
                        ? zh.keySet().stream().anyMatch(k -> k.startsWith(key))
                        : zh.containsKey(key);
                if (!defined) {
                    missing.add(JAVA.relativize(source) + ": " + key);
                }
            }
        }
        assertThat(found).as("message keys found in Java").isGreaterThan(20);
        assertThat(missing).isEmpty();
    }

    @Test
    @DisplayName("organization warnings also have the .short label the organization tables show")
    void shouldHaveShortLabelWhenKeyIsAnOrgWarning() throws IOException {
        Pattern warning = Pattern.compile("\"(org\\.warning\\.[a-zA-Z]+)\"");
        Set<String> keys = new TreeSet<>();
        for (Path source : javaSources()) {
            keys.addAll(matches(warning, read(source)));
        }
        assertThat(keys).isNotEmpty();
        for (String key : keys) {
            assertThat(zh).containsKey(key).containsKey(key + ".short");
            assertThat(en).containsKey(key).containsKey(key + ".short");
        }
    }
}
