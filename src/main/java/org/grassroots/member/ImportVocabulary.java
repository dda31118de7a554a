package org.grassroots.member;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;

/**
 * The words an import file may use: column headings and the values of the coded columns, in Chinese
 * (the labels the pages show), in English, or as the code itself. Matching ignores case, spaces and
 * a trailing required-column mark ({@code *}).
 */
final class ImportVocabulary {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u3000]+");
    static final Locale[] LANGUAGES = {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH};

    private final Map<String, ImportColumn> headings = new HashMap<>();
    private final Map<Class<?>, Map<String, Enum<?>>> values = new HashMap<>();
    private final Map<ImportColumn, String> chineseHeadings = new EnumMap<>(ImportColumn.class);

    private ImportVocabulary() {
    }

    static ImportVocabulary of(MessageSource messages) {
        ImportVocabulary v = new ImportVocabulary();
        for (ImportColumn c : ImportColumn.values()) {
            v.chineseHeadings.put(c, messages.getMessage(c.labelKey(), null, Locale.SIMPLIFIED_CHINESE));
            for (Locale locale : LANGUAGES) {
                v.headings.putIfAbsent(normalize(messages.getMessage(c.labelKey(), null, locale)), c);
                v.headings.putIfAbsent(normalize(messages.getMessage(c.memberLabelKey(), null, locale)), c);
            }
        }
        v.add(messages, Gender.class, "member.gender.", Gender.values());
        v.add(messages, MemberStatus.class, "member.status.", MemberStatus.values());
        v.add(messages, Education.class, "member.education.", Education.values());
        v.add(messages, Occupation.class, "member.occupation.", Occupation.values());
        return v;
    }

    private <E extends Enum<E>> void add(MessageSource messages, Class<E> type, String prefix, E[] constants) {
        Map<String, Enum<?>> map = new HashMap<>();
        for (E e : constants) {
            map.put(normalize(e.name()), e);
            for (Locale locale : LANGUAGES) {
                map.putIfAbsent(normalize(messages.getMessage(prefix + e.name(), null, locale)), e);
            }
        }
        values.put(type, map);
    }

    /** Lower case, no spaces (full-width ones included), no trailing required mark. */
    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String t = SPACES.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        while (t.endsWith("*") || t.endsWith("＊")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    Optional<ImportColumn> column(String heading) {
        return Optional.ofNullable(headings.get(normalize(heading)));
    }

    String heading(ImportColumn column) {
        return chineseHeadings.get(column);
    }

    <E extends Enum<E>> Optional<E> value(Class<E> type, String text) {
        return Optional.ofNullable(values.getOrDefault(type, Map.of()).get(normalize(text))).map(type::cast);
    }

    /** The Chinese headings of these columns, for a message about the layout. */
    String headings(List<ImportColumn> columns) {
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add(heading(c)));
        return String.join("\u3001", names);
    }
}
