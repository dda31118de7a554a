package org.grassroots.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every label the development pages build from an enum, and every message key the package's Java
 * names (refusals, reminders, flashes, validation), exists in both languages.
 */
class DevelopmentMessagesTests {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path SOURCES = Path.of("src/main/java/org/grassroots/development");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(I18N.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void shouldLabelEveryConstantInBothLanguages() throws IOException {
        for (Properties messages : List.of(load("messages.properties"), load("messages_en.properties"))) {
            for (Stage s : Stage.values()) {
                assertThat(messages).containsKey("development.stage." + s.name());
            }
            for (Alert a : Alert.values()) {
                assertThat(messages).containsKey("development.alert." + a.name());
            }
            for (ApprovalState a : ApprovalState.values()) {
                assertThat(messages).containsKey("development.approvalState." + a.name());
            }
            for (PersonRole r : PersonRole.values()) {
                assertThat(messages).containsKey("development.role." + r.name());
            }
        }
    }

    @Test
    void shouldDefineEveryKeyTheJavaCodeNames() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        Pattern literal = Pattern.compile("\"\\{?(development\\.[a-zA-Z.]+)}?\"");
        List<String> missing = new ArrayList<>();
        int found = 0;
        List<Path> sources;
        try (Stream<Path> files = Files.list(SOURCES)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        for (Path source : sources) {
            Matcher m = literal.matcher(Files.readString(source, StandardCharsets.UTF_8));
            while (m.find()) {
                String key = m.group(1);
                found++;
                boolean defined = key.endsWith(".")
                        ? zh.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                        : zh.containsKey(key) && en.containsKey(key);
                if (!defined) {
                    missing.add(source.getFileName() + ": " + key);
                }
            }
        }
        assertThat(found).isGreaterThan(30);
        assertThat(missing).isEmpty();
    }
}
