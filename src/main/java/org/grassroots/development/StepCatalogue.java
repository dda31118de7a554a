package org.grassroots.development;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.grassroots.member.MemberStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The steps as the database holds them (seeded by migration V8), read once: names, stage, order,
 * the status each step gives, which steps need approval and which come first.
 */
@Component
public class StepCatalogue {

    private final JdbcTemplate jdbc;
    private volatile List<StepDef> steps;

    StepCatalogue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** For tests of the rules: a catalogue from given rows. */
    static StepCatalogue of(List<StepDef> rows) {
        StepCatalogue c = new StepCatalogue(null);
        c.steps = List.copyOf(rows);
        return c;
    }

    /** Every step in order: the 25 standard steps, then the alternatives. */
    public List<StepDef> all() {
        List<StepDef> s = steps;
        if (s == null) {
            s = load();
            steps = s;
        }
        return s;
    }

    public StepDef get(StepCode code) {
        return all().stream().filter(s -> s.code() == code).findFirst()
                .orElseThrow(() -> new IllegalStateException("development_step has no row " + code));
    }

    /** The 25 standard steps in order. */
    public List<StepDef> standard() {
        return all().stream().filter(s -> !s.alternative()).toList();
    }

    private List<StepDef> load() {
        Map<StepCode, Set<StepCode>> prerequisites = new EnumMap<>(StepCode.class);
        jdbc.query("select step_code, requires_code from development_step_prerequisite", rs -> {
            prerequisites.computeIfAbsent(StepCode.valueOf(rs.getString(1)), k -> EnumSet.noneOf(StepCode.class))
                    .add(StepCode.valueOf(rs.getString(2)));
        });
        List<StepDef> rows = new ArrayList<>(jdbc.query("""
                select code, stage, seq, name_zh, name_en, moves_to, approval, people, decider, alternative
                from development_step order by seq""", (rs, i) -> {
            StepCode code = StepCode.valueOf(rs.getString("code"));
            String movesTo = rs.getString("moves_to");
            String people = rs.getString("people");
            return new StepDef(code, Stage.of(rs.getInt("stage")), rs.getInt("seq"), rs.getString("name_zh"),
                    rs.getString("name_en"), movesTo == null ? null : MemberStatus.valueOf(movesTo),
                    rs.getBoolean("approval"), people == null ? null : PersonRole.valueOf(people),
                    Decider.valueOf(rs.getString("decider")), rs.getBoolean("alternative"),
                    Collections.unmodifiableSet(prerequisites.getOrDefault(code, EnumSet.noneOf(StepCode.class))));
        }));
        return List.copyOf(rows);
    }
}
