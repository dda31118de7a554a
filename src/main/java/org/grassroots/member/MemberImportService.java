package org.grassroots.member;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.grassroots.audit.AuditService;
import org.grassroots.org.OrgService;
import org.grassroots.org.OrgType;
import org.grassroots.org.PartyOrg;
import org.grassroots.shared.FieldCipher;
import org.grassroots.shared.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Excel import of members: the upload is read at once (a wrong file is refused on the form), the
 * rows are checked in the background, and the valid rows go in together, in one transaction, or not
 * at all. Checks are the member form's ({@link MemberService#create}) plus the file's own: rows
 * repeating an ID number, and people already in the system (by the keyed hash of the number).
 */
@Service
class MemberImportService {

    private static final Logger log = LoggerFactory.getLogger(MemberImportService.class);
    private static final int BATCH = 500;
    private static final java.util.regex.Pattern ORG_NUMBER = java.util.regex.Pattern.compile("\\d{1,18}");
    private static final int PROGRESS_EVERY = 250;

    private final MemberImportJobs jobs;
    private final OrgService orgs;
    private final FieldCipher cipher;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditService audit;
    private final MemberImportRules rules;
    private final Clock clock;
    private final ImportVocabulary words;

    MemberImportService(MemberImportJobs jobs, OrgService orgs, FieldCipher cipher, JdbcTemplate jdbc,
            PlatformTransactionManager transactions, AuditService audit, MemberImportRules rules, Clock clock,
            MessageSource messages) {
        this.jobs = jobs;
        this.orgs = orgs;
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
        this.words = ImportVocabulary.of(messages);
    }

    MemberImportRules rules() {
        return rules;
    }

    ImportVocabulary words() {
        return words;
    }

    /** Organizations of the scope a row may name: open, not Party groups (the template lists them). */
    List<PartyOrg> importTargets(Scope scope) {
        return orgs.openInScope(scope).stream().filter(o -> o.getType() != OrgType.PARTY_GROUP).toList();
    }

    /**
     * Reads the file and starts checking its rows in the background.
     *
     * @throws ImportFileException when the file as a whole cannot be imported
     */
    MemberImportJob upload(String fileName, long size, InputStream content, Scope scope, String owner) {
        if (size <= 0) {
            throw new ImportFileException("memberImport.file.empty");
        }
        if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ImportFileException("memberImport.file.notXlsx");
        }
        if (size > rules.maxFileSize().toBytes()) {
            throw new ImportFileException("memberImport.file.tooLarge",
                    String.valueOf(rules.maxFileSize().toMegabytes()));
        }
        List<ImportSheetReader.RawRow> rows;
        long t0 = System.nanoTime();
        try (InputStream in = content) {
            rows = ImportSheetReader.read(in, words, rules.maxRows());
        } catch (IOException e) {
            throw new ImportFileException("memberImport.file.unreadable");
        }
        MemberImportJob job = jobs.create(owner, scope, shortName(fileName), rows);
        log.info("member import {}: {} rows read in {} ms", job.getId(), rows.size(),
                (System.nanoTime() - t0) / 1_000_000);
        jobs.run(() -> check(job));
        return job;
    }

    private static String shortName(String fileName) {
        String name = fileName.replaceAll("^.*[/\\\\]", "");
        return name.length() > 80 ? name.substring(0, 80) : name;
    }

    MemberImportJob require(String id, String owner) {
        return jobs.require(id, owner);
    }

    // ---------------------------------------------------------------- checking

    void check(MemberImportJob job) {
        long t0 = System.nanoTime();
        try {
            List<ImportSheetReader.RawRow> rows = job.takeRows();
            ImportRowValidator validator = new ImportRowValidator(words, lookup(job.scope()), LocalDate.now(clock));
            List<ImportRowValidator.Checked> checked = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                if (job.isCancelled()) {
                    return;
                }
                ImportSheetReader.RawRow row = rows.get(i);
                checked.add(validator.check(row.number(), row.cells()));
                if (i % PROGRESS_EVERY == 0) {
                    job.progress(i, rows.size());
                }
            }
            classify(job, checked);
            job.progress(rows.size(), rows.size());
            job.moveTo(MemberImportJob.State.CHECKING, MemberImportJob.State.CHECKED);
            log.info("member import {}: checked {} rows in {} ms ({} valid, {} invalid, {} existing)", job.getId(),
                    rows.size(), (System.nanoTime() - t0) / 1_000_000, job.getValid(), job.getInvalid(),
                    job.getExisting());
        } catch (RuntimeException e) {
            log.error("member import {}: checking failed ({})", job.getId(), e.getClass().getSimpleName());
            job.fail("memberImport.failed");
        }
    }

    /** Rows against each other and against the database: repeated ID numbers, people already registered. */
    private void classify(MemberImportJob job, List<ImportRowValidator.Checked> checked) {
        Map<String, List<Integer>> rowsById = new HashMap<>();
        Map<Integer, String> hashByRow = new HashMap<>();
        for (ImportRowValidator.Checked c : checked) {
            if (c.idNumber() != null) {
                rowsById.computeIfAbsent(c.idNumber().value(), k -> new ArrayList<>()).add(c.row());
                hashByRow.put(c.row(), cipher.hash(c.idNumber().value()));
            }
        }
        Set<String> existing = existingHashes(hashByRow.values());
        List<ImportRowValidator.Candidate> valid = new ArrayList<>();
        List<ImportRowValidator.Problem> problems = new ArrayList<>();
        Map<Integer, String> names = new HashMap<>();
        int invalid = 0;
        int already = 0;
        for (ImportRowValidator.Checked c : checked) {
            List<ImportRowValidator.Problem> mine = new ArrayList<>(c.problems());
            String hash = hashByRow.get(c.row());
            boolean isExisting = hash != null && existing.contains(hash);
            if (isExisting) {
                mine.add(0, new ImportRowValidator.Problem(c.row(), ImportColumn.ID_NUMBER,
                        "memberImport.error.existing"));
            } else if (c.idNumber() != null && rowsById.get(c.idNumber().value()).size() > 1) {
                String others = rowsById.get(c.idNumber().value()).stream().filter(r -> r != c.row())
                        .map(String::valueOf).collect(Collectors.joining(", "));
                mine.add(0, new ImportRowValidator.Problem(c.row(), ImportColumn.ID_NUMBER,
                        "memberImport.error.duplicateInFile", List.of(others)));
            }
            if (isExisting) {
                already++;
            } else if (!mine.isEmpty()) {
                invalid++;
            } else {
                valid.add(c.candidate());
                continue;
            }
            problems.addAll(mine);
            if (c.name() != null) {
                names.put(c.row(), c.name());
            }
        }
        job.checked(List.copyOf(valid), List.copyOf(problems), Map.copyOf(names), checked.size(), invalid, already);
    }

    /** The keyed hashes among these that a current person already has, in one query per 5,000. */
    private Set<String> existingHashes(java.util.Collection<String> hashes) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(new HashSet<>(hashes));
        String statuses = MemberStatus.CURRENT.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
        for (int from = 0; from < all.size(); from += 5000) {
            String[] chunk = all.subList(from, Math.min(all.size(), from + 5000)).toArray(String[]::new);
            jdbc.query("select id_number_hash from party_member where id_number_hash = any(?) and status in ("
                    + statuses + ")", ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar", chunk)),
                    rs -> {
                        found.add(rs.getString(1));
                    });
        }
        return found;
    }

    /** The scope's organizations, loaded once: by number, or by exact name when only one has it. */
    private ImportRowValidator.OrgLookup lookup(Scope scope) {
        List<PartyOrg> open = orgs.openInScope(scope);
        Map<Long, PartyOrg> byId = new HashMap<>();
        Map<String, List<PartyOrg>> byName = new HashMap<>();
        for (PartyOrg o : open) {
            byId.put(o.getId(), o);
            byName.computeIfAbsent(o.getName().strip(), k -> new ArrayList<>()).add(o);
        }
        return text -> {
            String t = text.strip();
            PartyOrg org;
            if (ORG_NUMBER.matcher(t).matches()) {
                org = byId.get(Long.parseLong(t));
            } else {
                List<PartyOrg> named = byName.getOrDefault(t, List.of());
                if (named.size() > 1) {
                    return ImportRowValidator.Resolved.problem("memberImport.error.orgAmbiguous");
                }
                org = named.isEmpty() ? null : named.get(0);
            }
            if (org == null) {
                return ImportRowValidator.Resolved.problem("memberImport.error.orgNotFound");
            }
            if (org.getType() == OrgType.PARTY_GROUP) {
                return ImportRowValidator.Resolved.problem("member.org.partyGroup");
            }
            return ImportRowValidator.Resolved.found(org.getId());
        };
    }

    // ---------------------------------------------------------------- importing

    /** Starts importing every valid row of a checked file; false when the job is not waiting for it. */
    boolean commit(MemberImportJob job) {
        if (!job.moveTo(MemberImportJob.State.CHECKED, MemberImportJob.State.IMPORTING)) {
            return false;
        }
        job.progress(0, job.getValid());
        jobs.run(() -> importRows(job));
        return true;
    }

    /** Drops a job that is not importing; nothing was stored, and nothing will be. */
    boolean cancel(MemberImportJob job) {
        if (job.getState() == MemberImportJob.State.IMPORTING) {
            return false;
        }
        job.cancel();
        jobs.remove(job);
        return true;
    }

    void importRows(MemberImportJob job) {
        long t0 = System.nanoTime();
        try {
            int count = transaction.execute(status -> insert(job));
            job.imported(count);
            job.progress(count, count);
            job.moveTo(MemberImportJob.State.IMPORTING, MemberImportJob.State.DONE);
            log.info("member import {}: {} members imported in {} ms", job.getId(), count,
                    (System.nanoTime() - t0) / 1_000_000);
        } catch (ImportFileException e) {
            log.info("member import {}: refused at import ({})", job.getId(), e.key());
            job.fail(e.key());
        } catch (RuntimeException e) {
            log.error("member import {}: import failed and was rolled back ({})", job.getId(),
                    e.getClass().getSimpleName());
            job.fail("memberImport.failed");
        }
    }

    private int insert(MemberImportJob job) {
        List<ImportRowValidator.Candidate> rows = job.candidates();
        String by = AuditService.currentUser();
        // what changed since the check: a person registered meanwhile, an organization closed or moved away
        Map<String, ImportRowValidator.Candidate> byHash = new HashMap<>();
        rows.forEach(c -> byHash.put(cipher.hash(c.idNumber().value()), c));
        if (!existingHashes(byHash.keySet()).isEmpty()) {
            throw new ImportFileException("memberImport.failed.changed");
        }
        Set<Long> open = importTargets(job.scope()).stream().map(PartyOrg::getId).collect(Collectors.toSet());
        if (rows.stream().anyMatch(c -> !open.contains(c.orgId()))) {
            throw new ImportFileException("memberImport.failed.changed");
        }
        if (rows.isEmpty()) {
            audit.record("IMPORT", "party_member", null, summary(job, 0));
            return 0;
        }
        List<Long> ids = jdbc.queryForList("select nextval('party_member_id_seq') from generate_series(1, ?)",
                Long.class, rows.size());
        List<String> hashes = new ArrayList<>(byHash.keySet().size());
        rows.forEach(c -> hashes.add(cipher.hash(c.idNumber().value())));
        Instant now = clock.instant();
        for (int from = 0; from < rows.size(); from += BATCH) {
            int start = from;
            List<ImportRowValidator.Candidate> chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            insertRows("""
                    insert into party_member (id, name, gender, ethnicity, birth_date, id_number_cipher,
                        id_number_hash, id_number_masked, id_number_tail, phone, education, occupation, status,
                        party_org_id, work_unit, applied_on, activist_on, candidate_on, admitted_on, full_member_on,
                        created_at, updated_at)""", 22, chunk.size(), (ps, i, first) -> {
                        ImportRowValidator.Candidate c = chunk.get(i);
                        int p = first;
                        ps.setLong(p++, ids.get(start + i));
                        ps.setString(p++, c.name());
                        ps.setString(p++, c.idNumber().isMale() ? Gender.MALE.name() : Gender.FEMALE.name());
                        ps.setString(p++, c.ethnicity());
                        ps.setDate(p++, Date.valueOf(c.idNumber().birthDate()));
                        ps.setBytes(p++, cipher.encrypt(c.idNumber().value()));
                        ps.setString(p++, hashes.get(start + i));
                        ps.setString(p++, c.idNumber().masked());
                        ps.setString(p++, c.idNumber().tail());
                        ps.setString(p++, c.phone());
                        ps.setString(p++, c.education().name());
                        ps.setString(p++, c.occupation().name());
                        ps.setString(p++, c.status().name());
                        ps.setLong(p++, c.orgId());
                        ps.setString(p++, c.workUnit());
                        ps.setDate(p++, date(c.appliedOn()));
                        ps.setDate(p++, date(c.activistOn()));
                        ps.setDate(p++, date(c.candidateOn()));
                        ps.setDate(p++, date(c.admittedOn()));
                        ps.setDate(p++, date(c.fullMemberOn()));
                        ps.setTimestamp(p++, Timestamp.from(now));
                        ps.setTimestamp(p, Timestamp.from(now));
                    });
            // as MemberService.create: membership starts with the first milestone given, else today
            insertRows("""
                    insert into member_history (member_id, kind, to_org_id, to_status, effective_on, recorded_by,
                        recorded_at)""", 7, chunk.size(), (ps, i, first) -> {
                        ImportRowValidator.Candidate c = chunk.get(i);
                        LocalDate joined = c.appliedOn() != null ? c.appliedOn()
                                : c.admittedOn() != null ? c.admittedOn() : LocalDate.now(clock);
                        ps.setLong(first, ids.get(start + i));
                        ps.setString(first + 1, MemberHistory.Kind.JOINED.name());
                        ps.setLong(first + 2, c.orgId());
                        ps.setString(first + 3, c.status().name());
                        ps.setDate(first + 4, Date.valueOf(joined));
                        ps.setString(first + 5, by);
                        ps.setTimestamp(first + 6, Timestamp.from(now));
                    });
            // one CREATE row per person, as the form writes it (masked ID number, no phone)
            insertRows("insert into audit_event (occurred_at, username, action, entity_type, entity_id, summary)", 6,
                    chunk.size(), (ps, i, first) -> {
                        ImportRowValidator.Candidate c = chunk.get(i);
                        ps.setTimestamp(first, Timestamp.from(now));
                        ps.setString(first + 1, by);
                        ps.setString(first + 2, "CREATE");
                        ps.setString(first + 3, "party_member");
                        ps.setLong(first + 4, ids.get(start + i));
                        ps.setString(first + 5, "name=" + c.name() + ", id=" + c.idNumber().masked() + ", status="
                                + c.status() + ", org=" + c.orgId() + ", education=" + c.education()
                                + ", occupation=" + c.occupation() + ", via=import " + job.getId());
                    });
            job.progress(Math.min(rows.size(), from + BATCH), rows.size());
        }
        audit.record("IMPORT", "party_member", null, summary(job, rows.size()));
        return rows.size();
    }

    private static String summary(MemberImportJob job, int inserted) {
        return "job=" + job.getId() + ", rows=" + job.getRows() + ", inserted=" + inserted + ", invalid="
                + job.getInvalid() + ", existing=" + job.getExisting();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    /**
     * One statement inserting n rows ({@code values (..), (..), ...}): far fewer round trips than a JDBC
     * batch of single-row inserts. Callers keep n × columns under PostgreSQL's 32,767 parameters.
     */
    private void insertRows(String head, int columns, int n, Filler filler) {
        String row = "(" + "?, ".repeat(columns - 1) + "?)";
        String sql = head + " values " + String.join(", ", java.util.Collections.nCopies(n, row));
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            for (int i = 0; i < n; i++) {
                filler.fill(ps, i, i * columns + 1);
            }
            return ps;
        });
    }

    @FunctionalInterface
    private interface Filler {
        void fill(PreparedStatement ps, int row, int firstParameter) throws SQLException;
    }
}
