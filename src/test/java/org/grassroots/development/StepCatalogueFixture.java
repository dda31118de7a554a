package org.grassroots.development;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.member.MemberStatus;

/**
 * The step catalogue as migration V8 seeds it, read from the migration itself, so that the rule
 * tests run without a database and still on the real table (and fail when the two drift apart).
 */
final class StepCatalogueFixture {

    private static final Path MIGRATION = Path.of("src/main/resources/db/migration/V8__create_development.sql");
    private static final Pattern STEP = Pattern.compile("\\('([A-Z_]+)',\\s*(\\d),\\s*(\\d+),\\s*'([^']*)',\\s*'([^']*)',"
            + "\\s*(null|'[A-Z_]+'),\\s*(true|false),\\s*(null|'[A-Z]+'),\\s*'([A-Z]+)',\\s*(true|false)\\)");
    private static final Pattern PREREQUISITE = Pattern.compile("\\('([A-Z_]+)',\\s*'([A-Z_]+)'\\)");

    private StepCatalogueFixture() {
    }

    static StepCatalogue fromMigration() {
        String sql = read();
        String prerequisites = sql.substring(sql.indexOf("insert into development_step_prerequisite"),
                sql.indexOf("create table member_step "));
        Map<StepCode, Set<StepCode>> pre = new EnumMap<>(StepCode.class);
        Matcher p = PREREQUISITE.matcher(prerequisites);
        while (p.find()) {
            pre.computeIfAbsent(StepCode.valueOf(p.group(1)), k -> EnumSet.noneOf(StepCode.class))
                    .add(StepCode.valueOf(p.group(2)));
        }
        List<StepDef> steps = new ArrayList<>();
        Matcher s = STEP.matcher(sql);
        while (s.find()) {
            StepCode code = StepCode.valueOf(s.group(1));
            steps.add(new StepDef(code, Stage.of(Integer.parseInt(s.group(2))), Integer.parseInt(s.group(3)),
                    s.group(4), s.group(5), s.group(6).equals("null") ? null : MemberStatus.valueOf(unquote(s.group(6))),
                    Boolean.parseBoolean(s.group(7)),
                    s.group(8).equals("null") ? null : PersonRole.valueOf(unquote(s.group(8))),
                    Decider.valueOf(s.group(9)), Boolean.parseBoolean(s.group(10)),
                    pre.getOrDefault(code, EnumSet.noneOf(StepCode.class))));
        }
        return StepCatalogue.of(steps);
    }

    private static String unquote(String s) {
        return s.substring(1, s.length() - 1);
    }

    private static String read() {
        try {
            return Files.readString(MIGRATION, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
