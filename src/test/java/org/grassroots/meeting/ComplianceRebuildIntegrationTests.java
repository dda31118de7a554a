package org.grassroots.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.grassroots.org.OrgCategory;
import org.grassroots.org.OrgForm;
import org.grassroots.org.OrgService;
import org.grassroots.org.OrgType;
import org.grassroots.org.PartyOrg;
import org.grassroots.security.GrassrootsUser;
import org.grassroots.shared.Scope;
import org.grassroots.support.LevelSums;
import org.grassroots.support.WebIntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The compliance summaries kept up to date write by write are exactly what a rebuild derives from
 * the raw records, and both agree with the requirement policy and with meetings counted by hand.
 * Writes go through the real services as a signed-in user, inside a test transaction that is rolled
 * back, so the shared demo city is left as it was.
 */
@Transactional
class ComplianceRebuildIntegrationTests extends WebIntegrationTestBase {

    private static final String BRANCH_TYPES = "('BRANCH', 'JOINT_BRANCH', 'TEMPORARY_BRANCH')";

    @Autowired
    MeetingService meetings;

    @Autowired
    OrgService orgs;

    @Autowired
    ComplianceService compliance;

    @Autowired
    ComplianceWindow window;

    @Autowired
    RequirementPolicy policy;

    @Autowired
    EntityManager entityManager;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in as a demo user, as the web layer does, and returns the scope resolved at sign-in. */
    private Scope signIn(String username) {
        GrassrootsUser user = (GrassrootsUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user.getScope();
    }

    // ------------------------------------------------------------------ rebuild = incremental

    @Test
    void shouldStartEveryPeriodInTheDatabaseAsThePolicyDoesWithTheFunctionInlined() {
        // every day of six years, both leap days included, in every frequency
        LocalDate first = LocalDate.of(2023, 1, 1);
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select f.frequency, d::date as day, period_start(f.frequency, d::date) as start
                from generate_series(date '2023-01-01', date '2028-12-31', interval '1 day') d
                cross join (values ('MONTH'), ('QUARTER'), ('YEAR')) f(frequency)""");
        assertThat(rows).hasSize(3 * (int) (LocalDate.of(2029, 1, 1).toEpochDay() - first.toEpochDay()));
        for (Map<String, Object> row : rows) {
            Frequency frequency = Frequency.valueOf((String) row.get("frequency"));
            LocalDate day = ((Date) row.get("day")).toLocalDate();
            assertThat(((Date) row.get("start")).toLocalDate()).as("%s %s", frequency, day)
                    .isEqualTo(Period.containing(frequency, day).start());
        }
        // inlined: the plan computes the expression itself instead of calling the function per row
        String plan = String.join("\n", jdbc.queryForList(
                "explain verbose select period_start('MONTH', held_on) from meeting", String.class));
        assertThat(plan).contains("date_trunc").doesNotContain("period_start(");
    }

    @Test
    void shouldKeepSummariesEqualToRebuildAfterRandomWritesEditsAndDeletions() {
        Scope scope = signIn("street");
        // whatever earlier tests left, start from summaries that match the raw records
        compliance.rebuild();
        Writer writer = new Writer(scope, new Random(20_261_127L));

        writer.moveAcrossQuarterEnd();
        // which kinds 300 writes reach depends on what earlier tests left (what can be closed, reopened,
        // moved): go on, up to 900, until every kind happened
        List<String> kinds = List.of("record", "update", "delete", "moveAcrossBoundary", "changeType",
                "createBranch", "createGroup", "close", "reopen", "toggleCommittee", "refound", "move");
        for (int i = 0; i < 300 || (i < 900 && !writer.done.keySet().containsAll(kinds)); i++) {
            writer.randomWrite();
        }

        assertThat(writer.done.keySet()).as("every kind of write happened: %s", writer.done).containsAll(kinds);
        assertThat(writer.done.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(300);
        jdbc.execute("create temp table incremental_status on commit drop as select * from org_period_status");
        jdbc.execute("create temp table incremental_rollup on commit drop as select * from compliance_rollup");

        ComplianceService.RebuildReport report = compliance.rebuild();

        assertThat(differences("incremental_status", "org_period_status")).isEmpty();
        assertThat(differences("incremental_rollup", "compliance_rollup")).isEmpty();
        assertThat(report.statusDrift()).isZero();
        assertThat(report.rollupDrift()).isZero();
        assertThat(report.statusRows()).isEqualTo(count("select count(*) from incremental_status")).isPositive();
        assertThat(report.rollupRows()).isEqualTo(count("select count(*) from incremental_rollup")).isPositive();
    }

    @Test
    void shouldReportAndRepairDriftWhenSummaryCorrupted() {
        signIn("street");
        compliance.rebuild();
        Map<String, Object> row = jdbc.queryForMap("""
                select party_org_id, requirement_id, period_start, held from org_period_status
                order by party_org_id, requirement_id, period_start limit 1""");
        jdbc.update("update org_period_status set held = held + 5 where party_org_id = ? and requirement_id = ?"
                + " and period_start = ?", row.get("party_org_id"), row.get("requirement_id"), row.get("period_start"));
        jdbc.update("""
                delete from org_period_status where (party_org_id, requirement_id, period_start) =
                    (select party_org_id, requirement_id, period_start from org_period_status
                     order by party_org_id desc, requirement_id, period_start limit 1)""");
        jdbc.update("""
                update compliance_rollup set done = done + 1 where (region_id, requirement_id, period_start) =
                    (select region_id, requirement_id, period_start from compliance_rollup
                     order by region_id, requirement_id, period_start limit 1)""");

        ComplianceService.RebuildReport repaired = compliance.rebuild();

        // a changed row differs twice (as it was and as it is), a missing one once
        assertThat(repaired.statusDrift()).isEqualTo(3);
        assertThat(repaired.rollupDrift()).isEqualTo(2);
        assertThat(jdbc.queryForObject("""
                select held from org_period_status where party_org_id = ? and requirement_id = ?
                  and period_start = ?""", Integer.class, row.get("party_org_id"), row.get("requirement_id"),
                row.get("period_start"))).isEqualTo(row.get("held"));
        ComplianceService.RebuildReport again = compliance.rebuild();
        assertThat(again.statusDrift()).isZero();
        assertThat(again.rollupDrift()).isZero();
    }

    // ------------------------------------------------------------------ a write changes only what changed

    /**
     * A meeting write rewrites only the summary rows whose figures change: the held count of its own
     * requirement's periods, and a region's roll-up row (with its district and street sums) only when
     * an organization comes to meet the requirement. Rows this transaction wrote carry its id as xmin;
     * every other row keeps the id of the transaction that wrote it before. Afterwards the summaries
     * still equal a rebuild and the district and street sums equal the sums of their base rows.
     */
    @Test
    void shouldWriteOnlyTheSummaryRowsAMeetingChanges() {
        Scope scope = signIn("street");
        LocalDate today = window.today();
        Writer writer = new Writer(scope, new Random(20_261_128L));
        String current = """
                select s.party_org_id, r.id as requirement_id, r.meeting_type, o.region_id
                from org_period_status s join meeting_requirement r on r.id = s.requirement_id
                join party_org o on o.id = s.party_org_id
                where s.period_start <= ? and s.period_end >= ? and o.closed_on is null and o.region_path like ?
                  and r.meeting_type <> 'BRANCH_COMMITTEE' and %s
                order by s.party_org_id, r.id limit 1""";
        assertThat(written("select count(*) from compliance_rollup where xmin::text = %s")).as("before").isZero();

        // an organization that has met the requirement already: one more meeting changes its held count only
        Map<String, Object> met = jdbc.queryForMap(current.formatted("s.held >= s.expected"), today, today,
                scope.regionPrefix() + "%");
        long org = (Long) met.get("party_org_id");
        MeetingType type = MeetingType.valueOf((String) met.get("meeting_type"));
        Map<String, Object> levelBefore = levelSums();
        writer.record(org, type, today);

        assertThat(written("select count(*) from compliance_rollup where xmin::text = %s")).as("roll-up rows").isZero();
        assertThat(levelSums()).as("district and street sums").isEqualTo(levelBefore);
        List<Map<String, Object>> rewritten = jdbc.queryForList("""
                select s.party_org_id, r.meeting_type, s.period_start <= ? and s.period_end >= ? as current
                from org_period_status s join meeting_requirement r on r.id = s.requirement_id
                where s.xmin::text = %s""".formatted(CURRENT_XID), today, today);
        assertThat(rewritten).as("status rows rewritten").isNotEmpty()
                .allSatisfy(r -> assertThat(r).containsEntry("party_org_id", org)
                        .containsEntry("meeting_type", type.name()).containsEntry("current", true));

        // an organization one meeting short: the write changes its region's roll-up row and the sums above it
        Map<String, Object> short1 = jdbc.queryForMap(current.formatted("s.held = s.expected - 1"), today, today,
                scope.regionPrefix() + "%");
        writer.record((Long) short1.get("party_org_id"), MeetingType.valueOf((String) short1.get("meeting_type")),
                today);
        assertThat(jdbc.queryForList("select region_id, requirement_id from compliance_rollup where xmin::text = "
                + CURRENT_XID)).as("roll-up rows rewritten")
                .contains(Map.of("region_id", short1.get("region_id"), "requirement_id", short1.get("requirement_id")));
        assertThat(levelSums()).isNotEqualTo(levelBefore);
        assertThat(count("select count(*) " + LevelSums.COMPLIANCE_DRIFT)).isZero();

        ComplianceService.RebuildReport report = compliance.rebuild();
        assertThat(report.statusDrift()).isZero();
        assertThat(report.rollupDrift()).isZero();
    }

    /** This transaction's id as the text of a row's xmin (its low 32 bits). */
    private static final String CURRENT_XID = "(pg_current_xact_id()::text::bigint % 4294967296)::text";

    private int written(String query) {
        return count(query.formatted(CURRENT_XID));
    }

    /** Every district and street sum, as text, keyed by region, requirement and period. */
    private Map<String, Object> levelSums() {
        Map<String, Object> sums = new TreeMap<>();
        jdbc.query("select region_id, requirement_id, period_start, required, done from compliance_level_rollup",
                rs -> {
                    sums.put(rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getObject(3),
                            rs.getInt(4) + "/" + rs.getInt(5));
                });
        return sums;
    }

    // ------------------------------------------------------------------ the SQL rule = the policy

    /**
     * For every open organization of the demo city, the requirements it has a row for in today's
     * periods are what RequirementPolicy.owedBy says, less those whose current period began before
     * the organization was founded (ComplianceStore counts an organization from the first whole
     * period). Three branches founded today, at the start of the quarter and of the year show that
     * exclusion at work.
     */
    @Test
    void shouldOweInSqlWhatThePolicyOwesForEveryOpenOrganization() {
        Scope scope = signIn("street");
        LocalDate today = window.today();
        long committee = jdbc.queryForObject("select id from party_org where type = 'COMMITTEE'"
                + " and region_path like ? order by id limit 1", Long.class, scope.regionPrefix() + "%");
        long foundedToday = newBranch(scope, committee, today, true).getId();
        long foundedThisQuarter = newBranch(scope, committee,
                Period.containing(Frequency.QUARTER, today).start(), true).getId();
        long foundedThisYear = newBranch(scope, committee, Period.containing(Frequency.YEAR, today).start(), false)
                .getId();

        Map<Long, Set<Long>> inSql = new TreeMap<>();
        jdbc.query("""
                select o.id, s.requirement_id from party_org o
                left join org_period_status s on s.party_org_id = o.id
                  and s.period_start <= ? and s.period_end >= ?
                where o.closed_on is null""", rs -> {
            Set<Long> ids = inSql.computeIfAbsent(rs.getLong(1), k -> new HashSet<>());
            long requirement = rs.getLong(2);
            if (!rs.wasNull()) {
                ids.add(requirement);
            }
        }, today, today);
        Map<Long, Set<Long>> byPolicy = new TreeMap<>();
        jdbc.query("select id, type, has_committee, founded_on from party_org where closed_on is null", rs -> {
            LocalDate founded = rs.getObject("founded_on", LocalDate.class);
            byPolicy.put(rs.getLong("id"), policy.owedBy(OrgType.valueOf(rs.getString("type")),
                    rs.getBoolean("has_committee"), today).stream()
                    .filter(r -> founded == null
                            || !founded.isAfter(Period.containing(r.getFrequency(), today).start()))
                    .map(MeetingRequirement::getId).collect(Collectors.toSet()));
        });

        assertThat(inSql).isEqualTo(byPolicy);
        assertThat(inSql.values().stream().filter(s -> !s.isEmpty()).count()).as("organizations that owe")
                .isGreaterThan(100);
        // the exclusion at work: an organization owes from the first period it was there for in whole
        assertThat(typesOf(inSql.get(foundedToday))).isEqualTo(startingOn(today, true, today));
        assertThat(typesOf(inSql.get(foundedThisQuarter)))
                .isEqualTo(startingOn(Period.containing(Frequency.QUARTER, today).start(), true, today))
                .contains(MeetingType.MEMBERS_ASSEMBLY, MeetingType.PARTY_LESSON, MeetingType.THEME_DAY,
                        MeetingType.BRANCH_COMMITTEE);
        assertThat(typesOf(inSql.get(foundedThisYear)))
                .isEqualTo(startingOn(Period.containing(Frequency.YEAR, today).start(), false, today))
                .containsExactlyInAnyOrder(MeetingType.MEMBERS_ASSEMBLY, MeetingType.PARTY_LESSON,
                        MeetingType.THEME_DAY, MeetingType.LIFE_MEETING, MeetingType.DEMOCRATIC_APPRAISAL);
        if (!today.equals(Period.containing(Frequency.MONTH, today).start())) {
            assertThat(inSql.get(foundedToday)).as("founded mid-month, owes nothing this month yet").isEmpty();
        }
    }

    /** The meeting types whose requirement periods containing the day start on or after the founding day. */
    private Set<MeetingType> startingOn(LocalDate founded, boolean hasCommittee, LocalDate today) {
        return policy.owedBy(OrgType.BRANCH, hasCommittee, today).stream()
                .filter(r -> !founded.isAfter(Period.containing(r.getFrequency(), today).start()))
                .map(MeetingRequirement::getMeetingType).collect(Collectors.toSet());
    }

    private Set<MeetingType> typesOf(Set<Long> requirementIds) {
        return policy.all().stream().filter(r -> requirementIds.contains(r.getId()))
                .map(MeetingRequirement::getMeetingType).collect(Collectors.toSet());
    }

    // ------------------------------------------------------------------ a hand count on the demo data

    /**
     * For sample organizations of the demo city and sample periods, meetings counted straight from the
     * meeting table match org_period_status, and organizations counted by hand per region match the
     * roll-up the dashboards read.
     */
    @Test
    void shouldMatchHandCountOfDemoMeetings() {
        LocalDate today = window.today();
        List<Long> samples = jdbc.queryForList("""
                (select party_org_id from app_user where username = 'branch')
                union (select min(id) from party_org where type in BRANCH_TYPES and has_committee and closed_on is null)
                union (select min(id) from party_org where type in BRANCH_TYPES and not has_committee
                       and closed_on is null)
                union (select min(id) from party_org where type = 'PARTY_GROUP' and closed_on is null)
                union (select min(id) from party_org where type = 'JOINT_BRANCH' and closed_on is null)
                union (select s.party_org_id from org_period_status s join party_org o on o.id = s.party_org_id
                       where s.period_end < ? and o.closed_on is null
                         and exists (select 1 from meeting m where m.party_org_id = o.id and m.created_by = 'demo')
                       group by s.party_org_id order by avg((s.held >= s.expected)::int), s.party_org_id limit 1)
                """.replace("BRANCH_TYPES", BRANCH_TYPES), Long.class, today);
        assertThat(samples).hasSizeGreaterThanOrEqualTo(5).doesNotContainNull();

        int checked = 0;
        int done = 0;
        for (long org : samples) {
            Map<String, Object> o = jdbc.queryForMap("select type, has_committee, founded_on from party_org where id = ?",
                    org);
            for (MeetingRequirement r : policy.owedBy(OrgType.valueOf((String) o.get("type")),
                    (Boolean) o.get("has_committee"), today)) {
                Period current = Period.containing(r.getFrequency(), today);
                for (Period p : List.of(current, current.previous(), current.previous().previous(),
                        Period.containing(r.getFrequency(), window.since()))) {
                    int byHand = count("""
                            select count(*) from meeting where party_org_id = ? and type = ? and deleted_at is null
                              and held_on >= ? and held_on <= ?""", org, r.getMeetingType().name(), p.start(), p.end());
                    Map<String, Object> status = jdbc.queryForMap("""
                            select held, expected, period_end from org_period_status
                            where party_org_id = ? and requirement_id = ? and period_start = ?""", org, r.getId(),
                            p.start());
                    assertThat(status.get("held")).as("org %d, %s, %s", org, r.getMeetingType(), p.key())
                            .isEqualTo(byHand);
                    assertThat(status.get("expected")).isEqualTo(r.getMinCount());
                    assertThat(status.get("period_end")).isEqualTo(java.sql.Date.valueOf(p.end()));
                    checked++;
                    done += byHand >= r.getMinCount() ? 1 : 0;
                }
            }
        }
        assertThat(checked).isGreaterThan(60);
        assertThat(done).as("the demo city keeps most requirements, not all").isBetween(checked / 2, checked - 1);

        // per region: required and done counted by hand from the meetings, against the roll-up
        List<Map<String, Object>> rollups = jdbc.queryForList("""
                select c.region_id, c.requirement_id, c.period_start, c.required, c.done
                from compliance_rollup c join party_org o on o.region_id = c.region_id
                where o.id in (:samples) and c.period_start in (?, ?)
                order by 1, 2, 3""".replace(":samples", samples.stream().map(String::valueOf)
                .collect(Collectors.joining(","))),
                Period.containing(Frequency.QUARTER, today).previous().start(),
                Period.containing(Frequency.YEAR, today).previous().start());
        assertThat(rollups).isNotEmpty();
        for (Map<String, Object> c : rollups) {
            MeetingRequirement r = policy.all().stream().filter(x -> x.getId().equals(c.get("requirement_id")))
                    .findFirst().orElseThrow();
            Period p = Period.containing(r.getFrequency(), ((java.sql.Date) c.get("period_start")).toLocalDate());
            List<Long> owing = jdbc.queryForList("""
                    select o.id from party_org o where o.region_id = ? and o.type = any (?::text[])
                      and (cast(? as text) = 'ALWAYS' or o.has_committee)
                      and (o.founded_on is null or o.founded_on <= ?) and (o.closed_on is null or o.closed_on > ?)""",
                    Long.class, c.get("region_id"), "{" + String.join(",", r.getOrgTypes()) + "}",
                    r.getCondition().name(), p.start(), p.end());
            long kept = owing.stream().filter(id -> count("""
                    select count(*) from meeting where party_org_id = ? and type = ? and deleted_at is null
                      and held_on between ? and ?""", id, r.getMeetingType().name(), p.start(), p.end())
                    >= r.getMinCount()).count();
            assertThat(((Number) c.get("required")).longValue()).as("required in %s", c).isEqualTo(owing.size());
            assertThat(((Number) c.get("done")).longValue()).as("done in %s", c).isEqualTo(kept);
        }
    }

    // ------------------------------------------------------------------ opening the periods once a day

    @Test
    void shouldOpenTheCurrentPeriodsOnceADayAndAfterARebuildNotAgain() {
        LocalDate today = window.today();
        Map<String, Object> row = jdbc.queryForMap("""
                select party_org_id, requirement_id, period_start from org_period_status
                where period_start <= ? and period_end >= ? order by party_org_id, requirement_id limit 1""",
                today, today);
        String count = "select count(*) from org_period_status where party_org_id = ? and requirement_id = ?"
                + " and period_start = ?";
        Object[] key = {row.get("party_org_id"), row.get("requirement_id"), row.get("period_start")};
        String remove = "delete from org_period_status where party_org_id = ? and requirement_id = ?"
                + " and period_start = ?";

        // last opened yesterday: today's opening derives the current periods again and marks the day
        jdbc.update("insert into compliance_opened (id, opened_on) values (1, ?)"
                + " on conflict (id) do update set opened_on = excluded.opened_on", today.minusDays(1));
        jdbc.update(remove, key);
        compliance.openCurrentPeriods();
        assertThat(jdbc.queryForObject(count, Integer.class, key)).isEqualTo(1);
        assertThat(compliance.openedOn()).isEqualTo(today);

        // opened today already (a restart): nothing is derived again
        jdbc.update(remove, key);
        compliance.openCurrentPeriods();
        assertThat(jdbc.queryForObject(count, Integer.class, key)).isZero();

        // a rebuild derives every period up to today's and counts as today's opening
        jdbc.update("update compliance_opened set opened_on = ?", today.minusDays(3));
        compliance.rebuild();
        assertThat(jdbc.queryForObject(count, Integer.class, key)).isEqualTo(1);
        assertThat(compliance.openedOn()).isEqualTo(today);
    }

    // ------------------------------------------------------------------ helpers

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    /** Rows in one table and not the other, both ways, for the failure message. */
    private List<String> differences(String a, String b) {
        List<String> rows = new ArrayList<>();
        jdbc.query("(select 'only in " + a + "' as side, * from (select * from " + a + " except select * from " + b
                + ") x) union all (select 'only in " + b + "', * from (select * from " + b + " except select * from "
                + a + ") y) limit 40", rs -> {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.append(i == 1 ? "" : " | ").append(rs.getObject(i));
                    }
                    rows.add(row.toString());
                });
        return rows;
    }

    private PartyOrg newBranch(Scope scope, long committeeId, LocalDate founded, boolean hasCommittee) {
        PartyOrg parent = orgs.require(committeeId, scope);
        OrgForm form = new OrgForm();
        form.setName("测试支部 " + founded + " " + System.nanoTime());
        form.setType(OrgType.BRANCH);
        form.setCategory(OrgCategory.COMMUNITY);
        form.setParentId(committeeId);
        form.setRegionId(parent.getRegion().getId());
        form.setHasCommittee(hasCommittee);
        form.setFoundedOn(founded);
        return orgs.create(form, scope);
    }

    private static OrgForm formOf(PartyOrg org) {
        OrgForm form = new OrgForm();
        form.setName(org.getName());
        form.setType(org.getType());
        form.setCategory(org.getCategory());
        form.setParentId(org.getParent() == null ? null : org.getParent().getId());
        form.setRegionId(org.getRegion().getId());
        form.setSecretaryId(org.getSecretaryId());
        form.setHasCommittee(org.isHasCommittee());
        form.setFoundedOn(org.getFoundedOn());
        form.setTermStart(org.getTermStart());
        form.setTermEnd(org.getTermEnd());
        form.setVersion(org.getVersion());
        return form;
    }

    /** Random writes through the services, each kind counted. */
    private final class Writer {

        final Scope scope;
        final Random random;
        final LocalDate today = window.today();
        final LocalDate since = window.since();
        final List<Long> branches;
        final List<Long> groups;
        final List<Long> committees;
        final List<Long> created = new ArrayList<>();
        final Map<String, Integer> done = new TreeMap<>();

        Writer(Scope scope, Random random) {
            this.scope = scope;
            this.random = random;
            String prefix = scope.regionPrefix() + "%";
            branches = new ArrayList<>(jdbc.queryForList("select id from party_org where region_path like ?"
                    + " and type in " + BRANCH_TYPES + " and closed_on is null order by id", Long.class, prefix));
            groups = new ArrayList<>(jdbc.queryForList("select id from party_org where region_path like ?"
                    + " and type = 'PARTY_GROUP' and closed_on is null order by id", Long.class, prefix));
            committees = jdbc.queryForList("select id from party_org where region_path like ?"
                    + " and type = 'COMMITTEE' and closed_on is null order by id", Long.class, prefix);
            assertThat(branches).hasSizeGreaterThan(5);
            assertThat(groups).isNotEmpty();
            assertThat(committees).hasSizeGreaterThan(1);
        }

        void randomWrite() {
            int dice = random.nextInt(100);
            if (dice < 34) {
                record(anyOrg(), null, randomDay());
            } else if (dice < 52) {
                update(false);
            } else if (dice < 62) {
                update(true);
            } else if (dice < 72) {
                delete();
            } else if (dice < 78) {
                moveAcrossQuarterEnd();
            } else if (dice < 82) {
                createOrg();
            } else if (dice < 86) {
                closeOrReopen();
            } else if (dice < 91) {
                toggleCommittee();
            } else if (dice < 95) {
                refound();
            } else {
                moveOrg();
            }
        }

        /**
         * Counts a write and ends its "request": what it changed is written, and the next write reads
         * everything afresh, as a new request would, while the whole test stays one transaction.
         */
        private void tally(String kind) {
            done.merge(kind, 1, Integer::sum);
            entityManager.flush();
            entityManager.clear();
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        long anyOrg() {
            int dice = random.nextInt(10);
            if (dice < 2 && !created.isEmpty()) {
                return pick(created);
            }
            return dice < 4 ? pick(groups) : pick(branches);
        }

        /** Any day of the window, a little before it, or a period boundary. */
        LocalDate randomDay() {
            LocalDate from = since.minusDays(40);
            LocalDate day = from.plusDays(random.nextInt((int) (today.toEpochDay() - from.toEpochDay()) + 1));
            if (random.nextInt(4) == 0) {
                Period p = Period.containing(pick(List.of(Frequency.MONTH, Frequency.QUARTER, Frequency.YEAR)), day);
                day = random.nextBoolean() ? p.start() : p.end();
            }
            return day.isAfter(today) ? today : day;
        }

        MeetingForm form(PartyOrg org, MeetingType type, LocalDate day) {
            MeetingForm form = new MeetingForm();
            form.setType(type);
            form.setHeldOn(day);
            form.setTopic("随机写入 " + type + " " + day);
            form.setPlace("测试会议室");
            form.setConfirmDuplicate(true);
            if (type.hasAttendance()) {
                form.listAttendees(meetings.attendeesOf(org, type, day));
                for (MeetingForm.AttendanceRow row : form.getAttendance()) {
                    int dice = random.nextInt(100);
                    row.setStatus(dice < 82 ? AttendanceStatus.PRESENT
                            : dice < 95 ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT);
                    row.setReason(row.getStatus() == AttendanceStatus.EXCUSED ? "因公出差" : null);
                }
            }
            if (type.needsLecturer()) {
                form.setLecturerMemberId(jdbc.queryForObject(
                        "select min(id) from party_member where status = 'FULL'", Long.class));
                form.setLectureTitle("测试党课");
            }
            if (type == MeetingType.MEMBERS_ASSEMBLY && random.nextInt(3) == 0) {
                long present = form.getAttendance().stream()
                        .filter(a -> a.isVoting() && a.getStatus() == AttendanceStatus.PRESENT).count();
                MeetingForm.ResolutionRow resolution = new MeetingForm.ResolutionRow();
                resolution.setText("通过测试决议");
                resolution.setVotesFor((int) present);
                form.getResolutions().add(resolution);
            }
            return form;
        }

        MeetingType typeFor(PartyOrg org) {
            return pick(meetings.typesFor(org));
        }

        Meeting record(long orgId, MeetingType type, LocalDate day) {
            PartyOrg org = orgs.require(orgId, scope);
            Meeting m = meetings.record(orgId, form(org, type == null ? typeFor(org) : type, day), scope);
            tally("record");
            return m;
        }

        /** A meeting of a random organization edited: another day (often across a boundary), maybe another type. */
        void update(boolean changeType) {
            Long id = randomMeeting();
            if (id == null) {
                return;
            }
            Meeting m = meetings.require(id, scope);
            PartyOrg org = m.getOrg();
            MeetingType type = changeType ? typeFor(org) : m.getType();
            LocalDate day = switch (random.nextInt(4)) {
                case 0 -> Period.containing(pick(List.of(Frequency.MONTH, Frequency.QUARTER, Frequency.YEAR)),
                        m.getHeldOn()).next().start();
                case 1 -> Period.containing(pick(List.of(Frequency.MONTH, Frequency.QUARTER)), m.getHeldOn()).start()
                        .minusDays(1);
                default -> randomDay();
            };
            day = day.isAfter(today) ? today : day;
            MeetingForm form = form(org, type, day);
            form.setVersion(m.getVersion());
            meetings.update(id, form, scope);
            tally(changeType ? "changeType" : "update");
        }

        Long randomMeeting() {
            List<Long> ids = jdbc.queryForList("select id from meeting where party_org_id = ? and deleted_at is null"
                    + " order by id", Long.class, anyOrg());
            return ids.isEmpty() ? null : pick(ids);
        }

        void delete() {
            Long id = randomMeeting();
            if (id != null) {
                meetings.delete(id, scope);
                tally("delete");
            }
        }

        /** Recorded on the last day of a past quarter (say 2026-03-31), then corrected to the next day. */
        void moveAcrossQuarterEnd() {
            Period quarter = Period.containing(Frequency.QUARTER, today).previous();
            for (int back = random.nextInt(6); back > 0 && !quarter.previous().start().isBefore(since); back--) {
                quarter = quarter.previous();
            }
            long orgId = pick(branches);
            MeetingType type = pick(List.of(MeetingType.MEMBERS_ASSEMBLY, MeetingType.PARTY_LESSON,
                    MeetingType.THEME_DAY));
            MeetingRequirement r = policy.all().stream().filter(x -> x.getMeetingType() == type).findFirst()
                    .orElseThrow();
            long requirement = r.getId();
            Period before = Period.containing(r.getFrequency(), quarter.end());
            Period after = before.next();
            int heldBefore = held(orgId, requirement, before);
            int heldAfter = held(orgId, requirement, after);

            long id = record(orgId, type, quarter.end()).getId();
            assertThat(held(orgId, requirement, before)).isEqualTo(heldBefore + 1);
            Meeting m = meetings.require(id, scope);
            MeetingForm moved = form(m.getOrg(), type, quarter.end().plusDays(1));
            moved.setVersion(m.getVersion());
            meetings.update(id, moved, scope);

            assertThat(held(orgId, requirement, before)).as("left %s", before.key()).isEqualTo(heldBefore);
            assertThat(held(orgId, requirement, after)).as("entered %s", after.key()).isEqualTo(heldAfter + 1);
            tally("moveAcrossBoundary");
        }

        private int held(long orgId, long requirementId, Period p) {
            List<Integer> held = jdbc.queryForList("select held from org_period_status where party_org_id = ?"
                    + " and requirement_id = ? and period_start = ?", Integer.class, orgId, requirementId, p.start());
            return held.isEmpty() ? -1 : held.get(0);
        }

        /** A branch under a community committee, or a group in a branch, founded on a random day mid-window. */
        void createOrg() {
            LocalDate founded = since.plusDays(random.nextInt((int) (today.toEpochDay() - since.toEpochDay()) + 1));
            PartyOrg org;
            if (random.nextInt(3) == 0) {
                PartyOrg branch = orgs.require(pick(branches), scope);
                OrgForm form = new OrgForm();
                form.setName("测试党小组 " + created.size());
                form.setType(OrgType.PARTY_GROUP);
                form.setCategory(branch.getCategory());
                form.setParentId(branch.getId());
                form.setRegionId(branch.getRegion().getId());
                form.setFoundedOn(founded);
                org = orgs.create(form, scope);
                tally("createGroup");
            } else {
                org = newBranch(scope, pick(committees), founded, random.nextBoolean());
                tally("createBranch");
            }
            created.add(org.getId());
            // a new organization records a meeting now and then
            if (random.nextBoolean()) {
                LocalDate day = founded.plusDays(random.nextInt(60));
                record(org.getId(), null, day.isAfter(today) ? today : day);
            }
        }

        /** Closes an organization created here (it keeps nobody) on a random day after its founding. */
        void closeOrReopen() {
            List<Long> closable = created.stream().filter(id -> count("""
                    select count(*) from party_org where (id = ? and closed_on is null)
                      and not exists (select 1 from party_org c where c.parent_id = ? and c.closed_on is null)""",
                    id, id) == 1).toList();
            List<Long> closed = created.stream().filter(id -> count(
                    "select count(*) from party_org where id = ? and closed_on is not null", id) == 1).toList();
            if (!closed.isEmpty() && (closable.isEmpty() || random.nextInt(3) == 0)) {
                orgs.reopen(pick(closed), scope);
                tally("reopen");
            } else if (!closable.isEmpty()) {
                long id = pick(closable);
                LocalDate founded = orgs.require(id, scope).getFoundedOn();
                LocalDate on = founded.plusDays(random.nextInt((int) (today.toEpochDay() - founded.toEpochDay()) + 1));
                orgs.close(id, on, scope);
                tally("close");
            }
        }

        void toggleCommittee() {
            PartyOrg org = orgs.require(pick(branches), scope);
            OrgForm form = formOf(org);
            form.setHasCommittee(!org.isHasCommittee());
            if (org.getSecretaryId() != null && ComplianceRebuildIntegrationTests.this.count("""
                    select count(*) from party_member where id = ? and party_org_id = ? and status = 'FULL'""",
                    org.getSecretaryId(), org.getId()) == 0) {
                form.setSecretaryId(null);
            }
            orgs.update(org.getId(), form, scope);
            tally("toggleCommittee");
        }

        /** An organization's founding day corrected to another day of the window. */
        void refound() {
            if (created.isEmpty()) {
                return;
            }
            PartyOrg org = orgs.require(pick(created), scope);
            OrgForm form = formOf(org);
            form.setFoundedOn(since.plusDays(random.nextInt((int) (today.toEpochDay() - since.toEpochDay()) + 1)));
            if (org.getClosedOn() != null && org.getClosedOn().isBefore(form.getFoundedOn())) {
                return;
            }
            orgs.update(org.getId(), form, scope);
            tally("refound");
        }

        /** An organization created here moves under another community committee, into its community. */
        void moveOrg() {
            List<Long> movable = created.stream().filter(id -> count(
                    "select count(*) from party_org where id = ? and type = 'BRANCH'", id) == 1).toList();
            if (movable.isEmpty()) {
                return;
            }
            PartyOrg org = orgs.require(pick(movable), scope);
            PartyOrg committee = orgs.require(pick(committees), scope);
            OrgForm form = formOf(org);
            form.setParentId(committee.getId());
            form.setRegionId(committee.getRegion().getId());
            orgs.update(org.getId(), form, scope);
            tally("move");
        }

        private int count(String sql, Object... args) {
            return ComplianceRebuildIntegrationTests.this.count(sql, args);
        }
    }
}
