package org.grassroots.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Regions and organizations a test makes in the shared database, removed afterwards with what was
 * recorded in them (meetings, people, compliance summaries), the deepest region first.
 */
public final class TestRegions {

    private final JdbcTemplate jdbc;
    private final String label;
    private final List<Long> regions = new ArrayList<>();
    private final List<Long> orgs = new ArrayList<>();

    /** The label starts the names of what is made, so that a failed test's leftovers are recognizable. */
    public TestRegions(JdbcTemplate jdbc, String label) {
        this.jdbc = jdbc;
        this.label = label;
    }

    /** A region under the parent, named after the label, its level and a count. */
    public long region(String level, String parentLevel, long parent) {
        return region(level, parentLevel, parent, label + level);
    }

    /** A region under the parent, named by the given name and a count. */
    public long region(String level, String parentLevel, long parent, String name) {
        long id = jdbc.queryForObject("""
                insert into region (level, code, name, parent_id, parent_level)
                values (?, ?, ?, ?, ?) returning id""", Long.class,
                level, "T" + System.nanoTime(), name + regions.size(), parent, parentLevel);
        regions.add(id);
        return id;
    }

    /** An open community organization of the given type, founded 400 days ago. */
    public long org(String type, Long parent, long region) {
        long id = jdbc.queryForObject("""
                insert into party_org (name, type, category, parent_id, region_id, founded_on)
                values (? || nextval('party_org_id_seq'), ?, 'COMMUNITY', ?, ?, current_date - 400) returning id""",
                Long.class, label + "党组织", type, parent, region);
        orgs.add(id);
        return id;
    }

    /** Removes everything made, with the meetings, people and summaries recorded in it. */
    public void removeAll() {
        Object ids = orgs.toArray(Long[]::new);
        jdbc.update("delete from meeting_resolution where meeting_id in"
                + " (select id from meeting where party_org_id = any(?))", ids);
        jdbc.update("delete from meeting where party_org_id = any(?)", ids);
        jdbc.update("delete from party_member where party_org_id = any(?)", ids);
        jdbc.update("delete from org_period_status where party_org_id = any(?)", ids);
        jdbc.update("delete from party_org where parent_id is not null and id = any(?)", ids);
        jdbc.update("delete from party_org where id = any(?)", ids);
        for (int i = regions.size() - 1; i >= 0; i--) {
            jdbc.update("delete from compliance_rollup where region_id = ?", regions.get(i));
            jdbc.update("delete from region where id = ?", regions.get(i));
        }
        orgs.clear();
        regions.clear();
    }
}
