package org.grassroots.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.grassroots.audit.AuditService;
import org.grassroots.member.MemberService;
import org.grassroots.member.MemberService.IdentifiedMember;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.reporting.ReportingPolicy.Problem;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.IdNumber;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service posts, reporting periods and services of in-service members. Everything belongs to a
 * community and is in scope when its community is: an id outside the scope answers the same 404 as
 * a missing one. Every change is audited in its own transaction, without phones.
 */
@Service
@Transactional(readOnly = true)
public class ReportingService {

    private final ServicePostRepository posts;
    private final MemberReportRepository reports;
    private final ServiceRecordRepository records;
    private final ServiceCategoryRepository categories;
    private final ReportingQueries queries;
    private final RegionService regions;
    private final MemberService members;
    private final AuditService audit;
    private final ReportingRules rules;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReportingService(ServicePostRepository posts, MemberReportRepository reports, ServiceRecordRepository records,
            ServiceCategoryRepository categories, ReportingQueries queries, RegionService regions,
            MemberService members, AuditService audit, ReportingRules rules, JdbcTemplate jdbc, Clock clock) {
        this.posts = posts;
        this.reports = reports;
        this.records = records;
        this.categories = categories;
        this.queries = queries;
        this.regions = regions;
        this.members = members;
        this.audit = audit;
        this.rules = rules;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ReportingRules rules() {
        return rules;
    }

    /** A community in scope; any other region answers 404 here. */
    public Region requireCommunity(long id, Scope scope) {
        Region region = regions.require(id, scope);
        if (region.getLevel() != RegionLevel.COMMUNITY) {
            throw new NotFoundException("community", id);
        }
        return region;
    }

    public ServicePost requirePost(long id, Scope scope) {
        ServicePost post = posts.findById(id).orElseThrow(() -> new NotFoundException("service_post", id));
        regions.require(post.getCommunityId(), scope);
        return post;
    }

    public MemberReport requireReport(long id, Scope scope) {
        MemberReport report = reports.findById(id).orElseThrow(() -> new NotFoundException("member_report", id));
        regions.require(report.getCommunityId(), scope);
        return report;
    }

    public ServiceRecord requireRecord(long id, Scope scope) {
        ServiceRecord record = records.findById(id).orElseThrow(() -> new NotFoundException("service_record", id));
        requireReport(record.getReportId(), scope);
        return record;
    }

    /** Categories a post may take: the active ones, and the one it already has even when retired. */
    public List<ServiceCategory> categoryChoices(String kept) {
        return categories.findAllByOrderBySortOrderAscCodeAsc().stream()
                .filter(c -> c.isActive() || c.getCode().equals(kept)).toList();
    }

    // ---------------------------------------------------------------- posts

    @Transactional
    public ServicePost createPost(long communityId, PostForm form, Scope scope) {
        Region community = requireCommunity(communityId, scope);
        return savePost(ServicePost.in(community.getId()), form, "CREATE", null);
    }

    @Transactional
    public ServicePost updatePost(long id, PostForm form, Scope scope) {
        ServicePost post = requirePost(id, scope);
        if (form.getVersion() == null || form.getVersion() != post.getVersion()) {
            throw new StaleEditException(PostForm.of(post), post.getVersion());
        }
        if (form.getCapacity() != null) {
            long held = queries.postsOf(post.getCommunityId(), today()).stream().filter(p -> p.id() == id)
                    .mapToLong(ReportingViews.PostRow::occupied).findFirst().orElse(0);
            if (held > form.getCapacity()) {
                throw BusinessRuleException.onField("capacity", "reporting.post.capacity.belowHeld", held);
            }
        }
        return savePost(post, form, "UPDATE", postSummary(post));
    }

    /** A post closes on a day; the periods that chose it keep it as history. */
    @Transactional
    public ServicePost closePost(long id, Scope scope) {
        ServicePost post = requirePost(id, scope);
        if (!post.isClosed()) {
            post.close(today());
            posts.saveAndFlush(post);
            audit.record("CLOSE", "service_post", post.getId(), "closedOn=" + post.getClosedOn());
        }
        return post;
    }

    private ServicePost savePost(ServicePost post, PostForm form, String action, String before) {
        String code = form.getCategoryCode();
        if (!code.equals(post.getCategoryCode())
                && categories.findById(code).filter(ServiceCategory::isActive).isEmpty()) {
            throw BusinessRuleException.onField("categoryCode", "reporting.post.category.unknown");
        }
        post.describe(code, form.getName(), form.getDescription(), form.getCapacity());
        ServicePost saved = posts.saveAndFlush(post);
        audit.record(action, "service_post", saved.getId(),
                before == null ? postSummary(saved) : before + " -> " + postSummary(saved));
        return saved;
    }

    // ---------------------------------------------------------------- reporting periods

    @Transactional
    public MemberReport createReport(long communityId, ReportForm form, Scope scope) {
        Region community = requireCommunity(communityId, scope);
        return saveReport(MemberReport.in(community.getId()), form, "CREATE", null);
    }

    @Transactional
    public MemberReport updateReport(long id, ReportForm form, Scope scope) {
        MemberReport report = requireReport(id, scope);
        if (form.getVersion() == null || form.getVersion() != report.getVersion()) {
            throw new StaleEditException(ReportForm.of(report), report.getVersion());
        }
        if (report.isEnded()) {
            throw new BusinessRuleException("reporting.report.ended");
        }
        return saveReport(report, form, "UPDATE", reportSummary(report));
    }

    /**
     * Re-reporting: the next period starts the day after this one ends, or today when that is later, and
     * lasts the set number of months; the posts still open carry over.
     */
    @Transactional
    public MemberReport renew(long id, Scope scope) {
        MemberReport report = requireReport(id, scope);
        if (report.isEnded()) {
            throw new BusinessRuleException("reporting.renew.ended");
        }
        lockPerson(report.getMemberId(), report.getPersonName(), report.getPersonPhone());
        if (queries.followed(report.getId())) {
            throw new BusinessRuleException("reporting.renew.followed");
        }
        LocalDate from = ReportingPolicy.renewalStart(report.getValidUntil(), today());
        LocalDate until = ReportingPolicy.validUntil(from, rules.reReportMonths());
        checkOverlap(null, report.getMemberId(), report.getPersonName(), report.getPersonPhone(), from, until);
        MemberReport next = MemberReport.in(report.getCommunityId());
        next.person(report.getMemberId(), report.getEmployerOrgId(), report.getPersonName(), report.getPersonPhone(),
                report.getEmployerOrgName());
        next.employer(report.getEmployerName(), report.getEmployerUnitId());
        next.period(from, until, report.getNote());
        Set<Long> open = new LinkedHashSet<>();
        for (Long postId : report.getPostIds()) {
            posts.findById(postId).filter(p -> !p.isClosed()).ifPresent(p -> open.add(p.getId()));
        }
        next.posts(open);
        MemberReport saved = store(next);
        audit.record("RENEW", "member_report", saved.getId(), "from=" + report.getId() + " " + reportSummary(saved));
        return saved;
    }

    /** Ends a period early on a day (default today) within the period; the row stays as history. */
    @Transactional
    public MemberReport endReport(long id, LocalDate on, Scope scope) {
        MemberReport report = requireReport(id, scope);
        if (report.isEnded()) {
            return report;
        }
        LocalDate day = on == null ? today() : on;
        if (on == null) {
            day = day.isBefore(report.getReportedOn()) ? report.getReportedOn()
                    : day.isAfter(report.getValidUntil()) ? report.getValidUntil() : day;
        }
        if (day.isBefore(report.getReportedOn()) || day.isAfter(report.getValidUntil())) {
            throw new BusinessRuleException("reporting.end.outsidePeriod");
        }
        report.end(day);
        MemberReport saved = reports.saveAndFlush(report);
        audit.record("END", "member_report", saved.getId(), "endedOn=" + day);
        return saved;
    }

    /** After a lost race: the message naming the community of the period that won, read afresh. */
    public BusinessRuleException overlapError(ReportOverlapRace race) {
        return reports.findPeriodsOf(race.memberId(), null, null).stream()
                .filter(r -> !r.getId().equals(race.exceptId()))
                .filter(r -> !r.getReportedOn().isAfter(race.to()) && !r.lastDay().isBefore(race.from()))
                .findFirst().map(this::overlapMessage)
                .orElseGet(() -> BusinessRuleException.onField("reportedOn", "reporting.report.overlap.unknown"));
    }

    private MemberReport saveReport(MemberReport report, ReportForm form, String action, String before) {
        List<Problem> problems = new ArrayList<>();
        LocalDate stored = report.getId() == null ? null : report.getReportedOn();
        problems.addAll(ReportingPolicy.period(form.getReportedOn(), form.getValidUntil(), stored, today(),
                rules.reReportMonths()));
        Person person = person(report, form, problems);
        Long unitId = form.getEmployerUnitId();
        if (unitId != null && !unitId.equals(report.getEmployerUnitId()) && queries.unitChoices(report.getCommunityId())
                .stream().noneMatch(u -> u.id() == unitId)) {
            problems.add(new Problem("employerUnitId", "reporting.report.unit.unknown"));
        }
        Set<Long> chosen = new LinkedHashSet<>(form.getPostIds() == null ? List.of() : form.getPostIds());
        chosen.remove(null);
        if (!problems.isEmpty()) {
            throw new ReportingInputException(problems);
        }
        LocalDate from = form.getReportedOn();
        LocalDate until = form.getValidUntil() != null ? form.getValidUntil()
                : ReportingPolicy.validUntil(from, rules.reReportMonths());
        lockPerson(person.memberId(), person.name(), person.phone());
        checkPosts(report, chosen, person.key());
        checkOverlap(report.getId(), person.memberId(), person.name(), person.phone(), from, until);
        report.person(person.memberId(), person.orgId(), person.name(), person.phone(), person.orgName());
        report.employer(form.getEmployerName(), unitId);
        report.period(from, until, form.getNote());
        report.posts(chosen);
        MemberReport saved = store(report);
        audit.record(action, "member_report", saved.getId(),
                before == null ? reportSummary(saved) : before + " -> " + reportSummary(saved));
        return saved;
    }

    /** The person the form names, with the problems of that part of the form. */
    private record Person(Long memberId, Long orgId, String name, String phone, String orgName) {

        String key() {
            return memberId != null ? "m" + memberId : "p" + name + "|" + (phone == null ? "" : phone);
        }
    }

    private Person person(MemberReport report, ReportForm form, List<Problem> problems) {
        if (form.getKind() == PersonKind.MEMBER) {
            String raw = form.getIdNumber();
            if (raw == null || raw.isBlank()) {
                if (report.getMemberId() != null) {
                    return new Person(report.getMemberId(), report.getEmployerOrgId(), null, null, null);
                }
                problems.add(new Problem("idNumber", "reporting.report.idNumber.required"));
                return new Person(null, null, null, null, null);
            }
            Optional<IdNumber> id = IdNumber.parse(raw);
            if (id.isEmpty()) {
                String v = raw.trim().toUpperCase();
                boolean checksum = v.matches("\\d{17}[\\dX]") && IdNumber.checkChar(v) != v.charAt(17);
                problems.add(new Problem("idNumber", checksum ? "reporting.report.idNumber.checksum"
                        : "reporting.report.idNumber.format"));
                return new Person(null, null, null, null, null);
            }
            Optional<IdentifiedMember> found = members.findCurrentByIdNumber(id.get());
            if (found.isEmpty()) {
                problems.add(new Problem("idNumber", "reporting.report.idNumber.unknown"));
                return new Person(null, null, null, null, null);
            }
            IdentifiedMember m = found.get();
            if (!m.status().isPartyMember()) {
                problems.add(new Problem("idNumber", "reporting.report.idNumber.notPartyMember"));
            }
            return new Person(m.id(), m.orgId(), null, null, null);
        }
        if (form.getPersonName() == null) {
            problems.add(new Problem("personName", "reporting.report.personName.required"));
        }
        if (form.getPersonPhone() == null) {
            problems.add(new Problem("personPhone", "reporting.report.personPhone.required"));
        }
        if (form.getEmployerOrgName() == null) {
            problems.add(new Problem("employerOrgName", "reporting.report.employerOrgName.required"));
        }
        return new Person(null, null, form.getPersonName(), form.getPersonPhone(), form.getEmployerOrgName());
    }

    /** Chosen posts: open posts of the report's community (or kept from before), with room for one more. */
    private void checkPosts(MemberReport report, Set<Long> chosen, String personKey) {
        Set<Long> held = report.getPostIds();
        Map<Long, ReportingViews.PostRow> byId = new java.util.HashMap<>();
        queries.postsOf(report.getCommunityId(), today()).forEach(p -> byId.put(p.id(), p));
        List<Long> added = new ArrayList<>();
        for (Long id : chosen) {
            ReportingViews.PostRow post = byId.get(id);
            if (post == null || (post.closed() && !held.contains(id))) {
                throw BusinessRuleException.onField("postIds", "reporting.report.post.unknown");
            }
            if (!held.contains(id)) {
                added.add(id);
            }
        }
        Map<Long, Long> others = queries.occupiedByOthers(added, personKey, today());
        for (Long id : added) {
            ReportingViews.PostRow post = byId.get(id);
            if (!ReportingPolicy.fits(post.capacity(), others.getOrDefault(id, 0L))) {
                throw BusinessRuleException.onField("postIds", "reporting.report.post.full", post.name(),
                        post.capacity());
            }
        }
    }

    /** Another period of the same person (in any community) sharing a day with [from, to] is refused. */
    private void checkOverlap(Long exceptId, Long memberId, String name, String phone, LocalDate from, LocalDate to) {
        reports.findPeriodsOf(memberId, name, phone).stream()
                .filter(r -> exceptId == null || !r.getId().equals(exceptId))
                .filter(r -> !r.getReportedOn().isAfter(to) && !r.lastDay().isBefore(from))
                .findFirst().ifPresent(r -> {
                    throw overlapMessage(r);
                });
    }

    private BusinessRuleException overlapMessage(MemberReport other) {
        String community = regions.findById(other.getCommunityId()).map(Region::getName).orElse("");
        return BusinessRuleException.onField("reportedOn", "reporting.report.overlap", community,
                other.getReportedOn().toString(), other.lastDay().toString());
    }

    /** Saves, turning the database's overlap refusal (a lost race) into {@link ReportOverlapRace}. */
    @Transactional
    MemberReport store(MemberReport report) {
        try {
            return reports.saveAndFlush(report);
        } catch (DataIntegrityViolationException e) {
            if (String.valueOf(e.getMostSpecificCause().getMessage()).contains("ex_member_report_overlap")) {
                throw new ReportOverlapRace(report.getMemberId(), report.getReportedOn(), report.lastDay(),
                        report.getId());
            }
            throw e;
        }
    }

    /** One writer at a time per person, so that the overlap and day-total checks see each other's rows. */
    private void lockPerson(Long memberId, String name, String phone) {
        String key = memberId != null ? "m" + memberId : "p" + name + "|" + phone;
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext(?))", "member_report:" + key);
    }

    // ---------------------------------------------------------------- services

    @Transactional
    public ServiceRecord createService(long reportId, ServiceForm form, Scope scope) {
        MemberReport report = requireReport(reportId, scope);
        return saveService(report, ServiceRecord.of(report.getId()), form, "CREATE", null);
    }

    @Transactional
    public ServiceRecord updateService(long id, ServiceForm form, Scope scope) {
        ServiceRecord record = requireRecord(id, scope);
        if (form.getVersion() == null || form.getVersion() != record.getVersion()) {
            throw new StaleEditException(ServiceForm.of(record), record.getVersion());
        }
        MemberReport report = requireReport(record.getReportId(), scope);
        return saveService(report, record, form, "UPDATE", serviceSummary(record));
    }

    /** Removes a service recorded by mistake; returns its report's id. */
    @Transactional
    public long deleteService(long id, Scope scope) {
        ServiceRecord record = requireRecord(id, scope);
        String summary = serviceSummary(record);
        records.delete(record);
        records.flush();
        audit.record("DELETE", "service_record", id, summary);
        return record.getReportId();
    }

    private ServiceRecord saveService(MemberReport report, ServiceRecord record, ServiceForm form, String action,
            String before) {
        if (form.getPostId() != null && !report.getPostIds().contains(form.getPostId())) {
            throw BusinessRuleException.onField("postId", "reporting.service.post.notChosen");
        }
        lockPerson(report.getMemberId(), report.getPersonName(), report.getPersonPhone());
        BigDecimal other = records.hoursOfPersonOn(form.getServedOn(), report.getMemberId(), report.getPersonName(),
                report.getPersonPhone(), record.getId());
        List<Problem> problems = ReportingPolicy.service(form.getServedOn(), form.getHours(), report.getReportedOn(),
                report.lastDay(), today(), other);
        if (!problems.isEmpty()) {
            throw new ReportingInputException(problems);
        }
        record.record(form.getPostId(), form.getServedOn(), form.getHours(), form.getDescription(),
                form.getConfirmedBy());
        ServiceRecord saved = records.saveAndFlush(record);
        audit.record(action, "service_record", saved.getId(),
                before == null ? serviceSummary(saved) : before + " -> " + serviceSummary(saved));
        return saved;
    }

    // ---------------------------------------------------------------- audit summaries (never a phone)

    private static String postSummary(ServicePost p) {
        return "community=" + p.getCommunityId() + " category=" + p.getCategoryCode() + " name=" + p.getName()
                + " capacity=" + p.getCapacity();
    }

    private static String reportSummary(MemberReport r) {
        return "community=" + r.getCommunityId() + " member=" + r.getMemberId()
                + (r.getMemberId() == null ? " name=" + r.getPersonName() : "") + " employer=" + r.getEmployerName()
                + " period=" + r.getReportedOn() + ".." + r.getValidUntil() + " posts=" + r.getPostIds();
    }

    private static String serviceSummary(ServiceRecord s) {
        return "report=" + s.getReportId() + " servedOn=" + s.getServedOn() + " hours=" + s.getHours()
                + " post=" + s.getPostId();
    }
}
