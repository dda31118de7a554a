package org.grassroots.settings;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.grassroots.access.AccessRules;
import org.grassroots.assessment.AssessmentRules;
import org.grassroots.development.DevelopmentRules;
import org.grassroots.dues.DuesRules;
import org.grassroots.floating.FloatingRules;
import org.grassroots.funds.FundsRules;
import org.grassroots.grid.GridRules;
import org.grassroots.neworg.NewOrgRules;
import org.grassroots.regional.RegionalRules;
import org.grassroots.reporting.ReportingRules;
import org.grassroots.task.TaskRules;
import org.grassroots.transfer.TransferRules;
import org.grassroots.venue.VenueRules;
import org.grassroots.workforce.WorkforceRules;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;

/**
 * Every setting the city administrator may change on /settings, declared once: one line each, in the
 * order of the page. The bounds are the regulation's where domain-rules.md gives one (a branch needs
 * three full members; a farmer pays 0.20 to 1.00 yuan), otherwise a sensible range around local
 * practice. The default of each is the configured property, read here before a stored value is applied.
 */
@Component
class SettingCatalogue {

    private final BeanFactory beans;
    private final List<Setting> settings;
    private final Map<String, Setting> byKey;

    SettingCatalogue(BeanFactory beans) {
        this.beans = beans;
        this.settings = List.of(
                whole(GridRules.class, "grassroots.grid.max-households", "grid", 20, 3000, "households", GridRules::maxHouseholds, GridRules::setMaxHouseholds),
                whole(WorkforceRules.class, "grassroots.workforce.workers-per-ten-thousand", "workforce", 1, 100, "workers", WorkforceRules::workersPerTenThousand, WorkforceRules::setWorkersPerTenThousand),
                whole(WorkforceRules.class, "grassroots.workforce.term-warning-days", "workforce", 0, 365, "days", WorkforceRules::termWarningDays, WorkforceRules::setTermWarningDays),
                whole(WorkforceRules.class, "grassroots.workforce.first-secretary-term-years", "workforce", 1, 5, "years", WorkforceRules::firstSecretaryTermYears, WorkforceRules::setFirstSecretaryTermYears),
                decimal(VenueRules.class, "grassroots.venue.area-per-hundred-households", "venue", "1", "500", "squareMetres", VenueRules::areaPerHundredHouseholds, VenueRules::setAreaPerHundredHouseholds),
                whole(ReportingRules.class, "grassroots.reporting.re-report-months", "reporting", 1, 24, "months", ReportingRules::reReportMonths, ReportingRules::setReReportMonths),
                whole(ReportingRules.class, "grassroots.reporting.remind-days", "reporting", 0, 180, "days", ReportingRules::remindDays, ReportingRules::setRemindDays),
                whole(AccessRules.class, "grassroots.access.monthly-limit", "access", 0, 100, "items", AccessRules::monthlyLimit, AccessRules::setMonthlyLimit),
                whole(TaskRules.class, "grassroots.task.remind-days", "tasks", 0, 60, "days", TaskRules::remindDays, TaskRules::setRemindDays),
                decimal(FundsRules.class, "grassroots.funds.on-track-tolerance", "funds", "0", "1", null, FundsRules::onTrackTolerance, FundsRules::setOnTrackTolerance),
                divisorOfTwelve(whole(RegionalRules.class, "grassroots.regional.joint-meeting-months", "regional", 1, 12, "months", RegionalRules::jointMeetingMonths, RegionalRules::setJointMeetingMonths)),
                whole(RegionalRules.class, "grassroots.regional.topics-lead-days", "regional", 0, 90, "days", RegionalRules::topicsLeadDays, RegionalRules::setTopicsLeadDays),
                whole(RegionalRules.class, "grassroots.regional.agreement-warning-days", "regional", 0, 365, "days", RegionalRules::agreementWarningDays, RegionalRules::setAgreementWarningDays),
                whole(FloatingRules.class, "grassroots.floating.min-absence-months", "floating", 1, 24, "months", FloatingRules::minAbsenceMonths, FloatingRules::setMinAbsenceMonths),
                whole(FloatingRules.class, "grassroots.floating.out-of-contact-months", "floating", 1, 24, "months", FloatingRules::outOfContactMonths, FloatingRules::setOutOfContactMonths),
                whole(TransferRules.class, "grassroots.transfer.validity-days", "transfer", 1, 180, "days", TransferRules::validityDays, TransferRules::setValidityDays),
                whole(TransferRules.class, "grassroots.transfer.receipt-months", "transfer", 1, 6, "months", TransferRules::receiptMonths, TransferRules::setReceiptMonths),
                whole(NewOrgRules.class, "grassroots.twonew.joint-branch-max-units", "twonew", 1, 50, "units", NewOrgRules::jointBranchMaxUnits, NewOrgRules::setJointBranchMaxUnits),
                whole(NewOrgRules.class, "grassroots.twonew.branch-threshold-members", "twonew", 3, 50, "members", NewOrgRules::branchThresholdMembers, NewOrgRules::setBranchThresholdMembers),
                whole(DevelopmentRules.class, "grassroots.development.probation-window-days", "development", 0, 365, "days", DevelopmentRules::probationWindowDays, DevelopmentRules::setProbationWindowDays),
                whole(DevelopmentRules.class, "grassroots.development.political-review-valid-months", "development", 1, 36, "months", DevelopmentRules::politicalReviewValidMonths, DevelopmentRules::setPoliticalReviewValidMonths),
                whole(DevelopmentRules.class, "grassroots.development.approval-max-months", "development", 1, 12, "months", DevelopmentRules::approvalMaxMonths, DevelopmentRules::setApprovalMaxMonths),
                decimal(DuesRules.class, "grassroots.dues.farmer-monthly-amount", "dues", "0.2", "1", "yuan", DuesRules::farmerMonthlyAmount, DuesRules::setFarmerMonthlyAmount),
                flag(DuesRules.class, "grassroots.dues.fixed-for-year", "dues", DuesRules::fixedForYear, DuesRules::setFixedForYear),
                flag(AssessmentRules.class, "grassroots.assessment.show-rankings", "assessment", AssessmentRules::isShowRankings, AssessmentRules::setShowRankings));
        this.byKey = settings.stream().collect(Collectors.toMap(Setting::key, Function.identity()));
    }

    List<Setting> all() {
        return settings;
    }

    Optional<Setting> find(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    /** The groups in the order of the page. */
    List<String> groups() {
        return List.copyOf(settings.stream().map(Setting::group).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    List<String> keysOf(String group) {
        return settings.stream().filter(s -> s.group().equals(group)).map(Setting::key).toList();
    }

    // ---------------------------------------------------------------- declaring a setting

    private <R> Setting whole(Class<R> type, String key, String group, int min, int max, String unit,
            Function<R, Integer> get, BiConsumer<R, Integer> set) {
        R rules = beans.getBean(type);
        return declare(key, group, Setting.Kind.WHOLE, BigDecimal.valueOf(min), BigDecimal.valueOf(max), unit,
                () -> String.valueOf(get.apply(rules)), text -> set.accept(rules, Integer.valueOf(text)));
    }

    private <R> Setting decimal(Class<R> type, String key, String group, String min, String max, String unit,
            Function<R, BigDecimal> get, BiConsumer<R, BigDecimal> set) {
        R rules = beans.getBean(type);
        return declare(key, group, Setting.Kind.DECIMAL, new BigDecimal(min), new BigDecimal(max), unit,
                () -> Setting.plain(get.apply(rules)), text -> set.accept(rules, new BigDecimal(text)));
    }

    private <R> Setting flag(Class<R> type, String key, String group, Function<R, Boolean> get,
            BiConsumer<R, Boolean> set) {
        R rules = beans.getBean(type);
        return declare(key, group, Setting.Kind.FLAG, null, null, null,
                () -> String.valueOf(get.apply(rules)), text -> set.accept(rules, Boolean.valueOf(text)));
    }

    private static Setting divisorOfTwelve(Setting s) {
        return new Setting(s.key(), s.group(), s.kind(), s.min(), s.max(), s.unit(), 12, s.current(), s.apply(),
                s.defaultValue());
    }

    private static Setting declare(String key, String group, Setting.Kind kind, BigDecimal min, BigDecimal max,
            String unit, java.util.function.Supplier<String> current, java.util.function.Consumer<String> apply) {
        return new Setting(key, group, kind, min, max, unit, 0, current, apply, current.get());
    }
}
