package org.grassroots.regional;

import static org.grassroots.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.audit.AuditService;
import org.grassroots.region.Region;
import org.grassroots.region.RegionService;
import org.grassroots.resident.ResidentUnit;
import org.grassroots.resident.ResidentUnitService;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.InvalidInputException;
import org.grassroots.shared.InvalidInputException.Violation;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Co-building agreements (共建协议) and their yearly reviews. An agreement is in scope when the street
 * or community its Party organization sits in is.
 */
@Service
@Transactional(readOnly = true)
public class AgreementService {

    private final AgreementRepository agreements;
    private final AgreementReviewRepository reviews;
    private final ResidentUnitService units;
    private final RegionService regions;
    private final RegionalQueries queries;
    private final AuditService audit;
    private final Clock clock;

    AgreementService(AgreementRepository agreements, AgreementReviewRepository reviews, ResidentUnitService units,
            RegionService regions, RegionalQueries queries, AuditService audit, Clock clock) {
        this.agreements = agreements;
        this.reviews = reviews;
        this.units = units;
        this.regions = regions;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Agreement require(long id, Scope scope) {
        Agreement a = agreements.findById(id).orElseThrow(() -> new NotFoundException("cobuild_agreement", id));
        try {
            regions.require(a.getRegionId(), scope);
        } catch (NotFoundException e) {
            throw new NotFoundException("cobuild_agreement", id);
        }
        return a;
    }

    public List<AgreementReview> reviewsOf(long agreementId) {
        return reviews.findByAgreementIdOrderByReviewedOnDescIdDesc(agreementId);
    }

    @Transactional
    public Agreement create(long regionId, AgreementForm form, Scope scope) {
        Region seat = units.requireSeat(regionId, scope);
        return save(Agreement.blank(), seat, form, scope, "CREATE", null);
    }

    @Transactional
    public Agreement update(long id, AgreementForm form, Scope scope) {
        Agreement a = require(id, scope);
        if (form.getVersion() == null || form.getVersion() != a.getVersion()) {
            throw new StaleEditException(AgreementForm.of(a), a.getVersion());
        }
        Region seat = units.requireSeat(a.getRegionId(), scope);
        return save(a, seat, form, scope, "UPDATE", summary(a));
    }

    /**
     * The organization is the leading Party organization of the street or one of its communities (within
     * the seat); the unit sits within the seat and has a Party organization, in the system or named.
     */
    private Agreement save(Agreement a, Region seat, AgreementForm form, Scope scope, String action, String before) {
        List<Violation> violations = new ArrayList<>();
        Long orgRegion = queries.leadingOrgRegion(seat.getPath(), form.getPartyOrgId());
        if (orgRegion == null && !form.getPartyOrgId().equals(a.getPartyOrgId())) {
            violations.add(new Violation("partyOrgId", "regional.agreement.org.notLeading"));
        }
        ResidentUnit unit = null;
        try {
            unit = units.require(form.getUnitId(), scope);
        } catch (NotFoundException e) {
            violations.add(new Violation("unitId", "regional.agreement.unit.notFound"));
        }
        if (unit != null) {
            if (unit.getPartyOrgId() == null && unit.getPartyOrgName() == null) {
                violations.add(new Violation("unitId", "regional.agreement.unit.noOrg"));
            } else if (unit.isClosed() && !form.getUnitId().equals(a.getUnitId())) {
                violations.add(new Violation("unitId", "regional.unit.closed"));
            }
        }
        if (!form.getEndOn().isAfter(form.getStartOn())) {
            violations.add(new Violation("endOn", "regional.dateRange.endBeforeStart"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        long region = orgRegion != null ? orgRegion : a.getRegionId();
        a.describe(region, form.getPartyOrgId(), form.getUnitId(), form.getTitle().trim(), form.getStartOn(),
                form.getEndOn(), form.getOurCommitments().trim(), form.getUnitCommitments().trim());
        Agreement saved = agreements.saveAndFlush(a);
        audit.record(action, "cobuild_agreement", saved.getId(),
                before == null ? summary(saved) : before + " -> " + summary(saved));
        return saved;
    }

    /** A review falls within the agreement's term (a closing review may follow its end by a year at most). */
    @Transactional
    public AgreementReview review(long agreementId, ReviewForm form, Scope scope) {
        Agreement a = require(agreementId, scope);
        if (form.getReviewedOn().isBefore(a.getStartOn())
                || form.getReviewedOn().isAfter(a.getEndOn().plusYears(1))) {
            throw BusinessRuleException.onField("reviewedOn", "regional.review.outsideTerm");
        }
        if (form.getReviewedOn().isAfter(today())) {
            throw BusinessRuleException.onField("reviewedOn", "regional.review.future");
        }
        AgreementReview saved = reviews.saveAndFlush(AgreementReview.of(a.getId(), form.getReviewedOn(),
                form.getResult(), blankToNull(form.getNote())));
        audit.record("CREATE", "cobuild_review", saved.getId(),
                "agreement=" + a.getId() + " " + saved.getReviewedOn() + " " + saved.getResult());
        return saved;
    }

    private static String summary(Agreement a) {
        return "org=" + a.getPartyOrgId() + " unit=" + a.getUnitId() + " " + a.getStartOn() + ".." + a.getEndOn();
    }
}
