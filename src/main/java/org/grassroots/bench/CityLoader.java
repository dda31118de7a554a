package org.grassroots.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.grassroots.demo.DemoNames;
import org.grassroots.shared.FieldCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Loads a generated city into an empty database with PostgreSQL COPY, in one transaction: a level of
 * regions or organizations at a time (parents first, so the path triggers find their parents), then
 * each district's people streamed straight into {@code party_member}, then set-based SQL for the
 * JOINED history rows, the branch secretaries and committees, and one sign-in user per level.
 *
 * <p>Ids are reserved from the tables' sequences in blocks, so children can name their parents
 * without reading anything back. Each district draws from its own {@code Random(seed + district)}:
 * the same seed and day give the same city, and districts could later be generated in parallel.
 */
final class CityLoader {

    static final long SEED = 20_261_127L;

    private static final Logger log = LoggerFactory.getLogger(CityLoader.class);
    private static final String REGION_COLUMNS = "id, level, code, name, parent_id";
    private static final String ORG_COLUMNS = "id, name, type, category, parent_id, region_id, founded_on, term_start,"
            + " term_end";
    private static final List<String> DISTRICTS = List.of("东湖区", "西山区", "南岸区", "北塘区", "江滨区", "凤凰区",
            "龙泉区", "金沙区", "青山区", "白云区", "高新区", "临港区", "城东区", "城西区", "湖滨区");
    private static final List<String> STREET_SUFFIXES = List.of("", "东", "西", "南", "北", "新");
    private static final List<String> COMMUNITY_SUFFIXES = List.of("", "", "东", "西", "南", "北", "新", "苑", "园",
            "里", "坊", "湾");
    private static final String DIGITS = "零一二三四五六七八九";

    private final DataSource dataSource;
    private final FieldCipher cipher;
    private final String passwordHash;
    private final LocalDate today;
    private final long seed;

    /**
     * @param passwordHash the encoded password of the bench users
     * @param today the day the dates are counted back from
     */
    CityLoader(DataSource dataSource, FieldCipher cipher, String passwordHash, LocalDate today, long seed) {
        this.dataSource = dataSource;
        this.cipher = cipher;
        this.passwordHash = passwordHash;
        this.today = today;
        this.seed = seed;
    }

    /** What was loaded, counted in the database afterwards. */
    record Summary(long regions, long organizations, long branches, long members, long users, long millis) {
    }

    /** Generates the city; refuses (returns empty) when the database already has regions. */
    java.util.Optional<Summary> load(CityScale scale) throws SQLException {
        long t0 = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (count(connection, "select count(*) from region") > 0) {
                    connection.rollback();
                    return java.util.Optional.empty();
                }
                // new storage for the regions, organizations and people and every table that refers to them,
                // so that at wal_level = minimal the load skips the WAL
                JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                log.info("Loading people into new storage: {}", BulkLoad.fresh(jdbc, "region"));
                long city = reserve(connection, "region", 1);
                try (CopyStream out = CopyStream.open(connection, "region", REGION_COLUMNS)) {
                    out.value(city).value("CITY").value("3301").value("滨江市").value(null).endRow();
                    out.finish();
                }
                Firsts firsts = new Firsts();
                // the people's indexes and foreign keys, and the history's, built and checked once at the end
                jdbc.execute("set local maintenance_work_mem = '1GB'");
                long tp = System.nanoTime();
                BulkLoad.without(jdbc, "party_member", BulkLoad.Aside.INDEXES, () -> {
                    for (int d = 0; d < scale.districts(); d++) {
                        long td = System.nanoTime();
                        long people = district(connection, scale, d, city, firsts);
                        log.info("district {}/{}: {} members in {} s", d + 1, scale.districts(),
                                String.format("%,d", people), seconds(td));
                    }
                    log.info("people loaded in {} s, now their indexes", seconds(tp));
                    return null;
                });
                long tf = System.nanoTime();
                log.info("people with their indexes and foreign keys in {} s", seconds(tp));
                BulkLoad.without(jdbc, "member_history", BulkLoad.Aside.EVERYTHING, () -> {
                    finish(connection);
                    return null;
                });
                users(connection, city, firsts);
                log.info("history, secretaries, committees and users in {} s", seconds(tf));
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            try (Statement analyze = connection.createStatement()) {
                connection.setAutoCommit(true);
                analyze.execute("analyze region, party_org, party_member, member_history, app_user");
            }
            return java.util.Optional.of(new Summary(count(connection, "select count(*) from region"),
                    count(connection, "select count(*) from party_org"),
                    count(connection, "select count(*) from party_org where type in ('BRANCH', 'JOINT_BRANCH')"),
                    count(connection, "select count(*) from party_member"),
                    count(connection, "select count(*) from app_user where username like 'bench-%'"),
                    (System.nanoTime() - t0) / 1_000_000));
        }
    }

    /** One district: its regions, its organizations level by level, then its people. Returns the people. */
    private long district(Connection connection, CityScale scale, int index, long city, Firsts firsts)
            throws SQLException {
        Random random = new Random(seed + index);
        String districtCode = String.format("3301%02d", index + 2);
        District district = plan(random, scale, index, districtCode);
        long regionId = reserve(connection, "region", district.regionCount());
        long orgId = reserve(connection, "party_org", district.orgCount());
        district.assignIds(regionId, orgId);
        firsts.take(district);

        try (CopyStream out = CopyStream.open(connection, "region", REGION_COLUMNS)) {
            out.value(district.id).value("DISTRICT").value(districtCode).value(district.name).value(city).endRow();
            out.finish();
        }
        try (CopyStream out = CopyStream.open(connection, "region", REGION_COLUMNS)) {
            for (Street s : district.streets) {
                out.value(s.id).value("STREET").value(s.code).value(s.name).value(district.id).endRow();
            }
            out.finish();
        }
        try (CopyStream out = CopyStream.open(connection, "region", REGION_COLUMNS)) {
            for (Street s : district.streets) {
                for (Community c : s.communities) {
                    out.value(c.id).value("COMMUNITY").value(c.code).value(c.name).value(s.id).endRow();
                }
            }
            out.finish();
        }
        // organizations one level at a time, parents first
        for (int level = 0; level < Org.LEVELS; level++) {
            try (CopyStream out = CopyStream.open(connection, "party_org", ORG_COLUMNS)) {
                for (Org o : district.orgs) {
                    if (o.level == level) {
                        out.value(o.id).value(o.name).value(o.type).value(o.category)
                                .value(o.parent == null ? null : o.parent.id).value(o.regionId).value(o.founded)
                                .value(o.termStart).value(o.termEnd).endRow();
                    }
                }
                out.finish();
            }
        }
        BenchPeople people = new BenchPeople(random, today, cipher, districtCode);
        try (CopyStream out = CopyStream.open(connection, "party_member", BenchPeople.COLUMNS)) {
            for (Org o : district.orgs) {
                for (int i = 0; i < o.size; i++) {
                    people.write(out, o.id, o.community.id);
                }
            }
            return out.finish();
        }
    }

    /** Draws the district's streets, communities and organizations, with every branch's size. */
    private District plan(Random random, CityScale scale, int index, String districtCode) {
        District district = new District(DISTRICTS.get(index % DISTRICTS.size()));
        for (int s = 0; s < scale.streetsOf(index); s++) {
            String streetName = DemoNames.pick(random, DemoNames.STREETS).replace("街道", "")
                    + DemoNames.pick(random, STREET_SUFFIXES) + "街道";
            Street street = new Street(districtCode + String.format("%03d", s + 1), streetName);
            district.streets.add(street);
            Org committee = district.org(new Org(0, streetName + "党工委", "WORKING_COMMITTEE", "COMMUNITY", null,
                    street, null));
            dates(random, committee, 20, 10, 5, 5);
            int communities = scale.minCommunitiesPerStreet()
                    + random.nextInt(scale.maxCommunitiesPerStreet() - scale.minCommunitiesPerStreet() + 1);
            for (int c = 0; c < communities; c++) {
                String name = DemoNames.pick(random, DemoNames.COMMUNITIES) + DemoNames.pick(random, COMMUNITY_SUFFIXES)
                        + "社区";
                Community community = new Community(street.code + String.format("%03d", c + 1), name);
                street.communities.add(community);
                planCommunity(random, scale, district, committee, community);
            }
        }
        return district;
    }

    /** A community committee, maybe a general branch, about 50–150 % of the mean branches, groups in big branches. */
    private void planCommunity(Random random, CityScale scale, District district, Org workingCommittee,
            Community community) {
        Org committee = district.org(new Org(1, community.name + "党委", "COMMITTEE", "COMMUNITY", workingCommittee,
                null, community));
        dates(random, committee, 10, 15, 6, 5);
        int mean = scale.branchesPerCommunity();
        int branches = Math.max(1, mean / 2 + random.nextInt(mean + 2));
        Org general = null;
        if (random.nextInt(5) == 0) {
            general = district.org(new Org(2, community.name + "党总支", "GENERAL_BRANCH", "COMMUNITY", committee, null,
                    community));
            dates(random, general, 5, 15, 3, 3);
        }
        for (int b = 0; b < branches; b++) {
            Org parent = general != null && b < 4 ? general : committee;
            String type = "BRANCH";
            String category = "COMMUNITY";
            String name;
            int kind = b == 0 ? 0 : random.nextInt(10);
            if (kind < 6) {
                name = community.name + ordinal(b + 1) + "党支部";
            } else if (kind < 8) {
                name = DemoNames.pick(random, DemoNames.COMPANIES) + "党支部";
                category = "PRIVATE_ENTERPRISE";
            } else if (kind < 9) {
                name = community.name + DemoNames.pick(random, DemoNames.SOCIAL_ORGS) + "党支部";
                category = "SOCIAL_ORGANIZATION";
            } else {
                name = community.name + "商圈联合党支部";
                type = "JOINT_BRANCH";
                category = "BUILDING_PARK";
            }
            Org branch = district.org(new Org(3, name, type, category, parent, null, community));
            dates(random, branch, 3, 20, 4, 3);
            branch.size = branchSize(random);
            if (branch.size > 30 && random.nextBoolean()) {
                int groups = 1 + random.nextInt(3);
                for (int g = 0; g < groups; g++) {
                    district.org(new Org(4, name + ordinal(g + 1) + "党小组", "PARTY_GROUP", category, branch, null,
                            community));
                }
            }
        }
    }

    /**
     * 3–50 people: one branch in twenty is small (3–9), the rest spread around 35 (most 27–43), about
     * 33.5 on average, so 30,000 branches hold about a million people.
     */
    static int branchSize(Random random) {
        if (random.nextInt(20) == 0) {
            return 3 + random.nextInt(7);
        }
        return (int) Math.max(3, Math.min(50, Math.round(35 + random.nextGaussian() * 8)));
    }

    /** Founded {@code minAge}–{@code minAge + spread} years ago; a term of {@code termYears} started lately. */
    private void dates(Random random, Org org, int minAge, int spread, int termAgeYears, int termYears) {
        org.founded = today.minusYears(minAge + random.nextInt(spread)).minusDays(random.nextInt(365));
        LocalDate start = today.minusMonths(random.nextInt(termAgeYears * 12));
        org.termStart = start.isBefore(org.founded) ? org.founded : start;
        org.termEnd = org.termStart.plusYears(termYears);
    }

    /** 第一 … 第九十九. */
    static String ordinal(int n) {
        if (n < 10) {
            return "第" + DIGITS.charAt(n);
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return "第" + tens + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
    }

    /** The JOINED history row of everyone, the branch secretaries and the committees of big branches. */
    private void finish(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("""
                    insert into member_history (member_id, kind, to_org_id, to_status, effective_on, recorded_by)
                    select id, 'JOINED', party_org_id, status, coalesce(applied_on, admitted_on, current_date), 'bench'
                    from party_member""");
            // the first full member is the secretary; most branches with seven or more full members have a
            // committee, one in six does not (the setup warning)
            st.executeUpdate("""
                    update party_org o set secretary_id = f.first_full,
                        has_committee = f.full_members >= 7 and o.id % 6 <> 0
                    from (select party_org_id, min(id) filter (where status = 'FULL') first_full,
                              count(*) filter (where status = 'FULL') full_members
                          from party_member group by party_org_id) f
                    where f.party_org_id = o.id and o.type in ('BRANCH', 'JOINT_BRANCH')""");
        }
    }

    private void users(Connection connection, long city, Firsts firsts) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("""
                insert into app_user (username, password_hash, display_name, role, region_id, party_org_id)
                values (?, ?, ?, ?, ?, ?)""")) {
            user(ps, "bench-city", "压测市级", "CITY_ADMIN", city, null);
            user(ps, "bench-district-1", "压测区级", "DISTRICT_OFFICIAL", firsts.district, null);
            user(ps, "bench-street-1", "压测街道", "STREET_STAFF", firsts.street, null);
            user(ps, "bench-community-1", "压测社区", "COMMUNITY_SECRETARY", firsts.community, null);
            user(ps, "bench-branch-1", "压测支部", "BRANCH_SECRETARY", null, firsts.branch);
            ps.executeBatch();
        }
    }

    private void user(PreparedStatement ps, String username, String displayName, String role, Long region, Long org)
            throws SQLException {
        ps.setString(1, username);
        ps.setString(2, passwordHash);
        ps.setString(3, displayName);
        ps.setString(4, role);
        ps.setObject(5, region);
        ps.setObject(6, org);
        ps.addBatch();
    }

    /** Reserves {@code n} ids of the table's sequence and returns the first. */
    private static long reserve(Connection connection, String table, int n) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "select setval(pg_get_serial_sequence(?, 'id'), nextval(pg_get_serial_sequence(?, 'id')) + ? - 1)")) {
            ps.setString(1, table);
            ps.setString(2, table);
            ps.setInt(3, n);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) - n + 1;
            }
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String seconds(long since) {
        return String.format("%.1f", (System.nanoTime() - since) / 1e9);
    }

    /** The nodes the bench users are bound to: the first of each level. */
    private static final class Firsts {
        Long district;
        Long street;
        Long community;
        Long branch;

        void take(District d) {
            if (district != null) {
                return;
            }
            district = d.id;
            street = d.streets.get(0).id;
            community = d.streets.get(0).communities.get(0).id;
            branch = d.orgs.stream().filter(o -> o.level == 3).findFirst().orElseThrow().id;
        }
    }

    private static final class District {
        final String name;
        final List<Street> streets = new ArrayList<>();
        final List<Org> orgs = new ArrayList<>();
        long id;

        District(String name) {
            this.name = name;
        }

        Org org(Org org) {
            orgs.add(org);
            return org;
        }

        int regionCount() {
            return 1 + streets.size() + streets.stream().mapToInt(s -> s.communities.size()).sum();
        }

        int orgCount() {
            return orgs.size();
        }

        void assignIds(long firstRegion, long firstOrg) {
            long next = firstRegion;
            id = next++;
            for (Street s : streets) {
                s.id = next++;
            }
            for (Street s : streets) {
                for (Community c : s.communities) {
                    c.id = next++;
                }
            }
            next = firstOrg;
            for (Org o : orgs) {
                o.id = next++;
            }
            for (Org o : orgs) {
                o.regionId = o.street != null ? o.street.id : o.community.id;
            }
        }
    }

    private static final class Street {
        final String code;
        final String name;
        final List<Community> communities = new ArrayList<>();
        long id;

        Street(String code, String name) {
            this.code = code;
            this.name = name;
        }
    }

    private static final class Community {
        final String code;
        final String name;
        long id;

        Community(String code, String name) {
            this.code = code;
            this.name = name;
        }
    }

    /** An organization to load; {@code level} orders the COPYs so that parents come first. */
    private static final class Org {
        static final int LEVELS = 5;

        final int level;
        final String name;
        final String type;
        final String category;
        final Org parent;
        final Street street;
        final Community community;
        long id;
        long regionId;
        LocalDate founded;
        LocalDate termStart;
        LocalDate termEnd;
        int size;

        Org(int level, String name, String type, String category, Org parent, Street street, Community community) {
            this.level = level;
            this.name = name;
            this.type = type;
            this.category = category;
            this.parent = parent;
            this.street = street;
            this.community = community;
        }
    }
}
