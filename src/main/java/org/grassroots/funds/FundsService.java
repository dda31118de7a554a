package org.grassroots.funds;

import static org.grassroots.shared.Texts.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.grassroots.audit.AuditService;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.region.RegionService;
import org.grassroots.shared.BusinessRuleException;
import org.grassroots.shared.NotFoundException;
import org.grassroots.shared.Scope;
import org.grassroots.shared.StaleEditException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A community's budget lines and spending. Budget lines and entries are in scope when their community
 * is. Spending in a category without a budget line that year is saved and reported back as a
 * warning, never refused.
 */
@Service
@Transactional(readOnly = true)
public class FundsService {

    /** A save that succeeded; {@code unbudgeted}: the entry's category has no budget line in its year. */
    public record Saved(long id, boolean unbudgeted) {
    }

    private final FundBudgetRepository budgets;
    private final FundSpendingRepository spendings;
    private final RegionService regions;
    private final AuditService audit;
    private final Clock clock;

    FundsService(FundBudgetRepository budgets, FundSpendingRepository spendings, RegionService regions,
            AuditService audit, Clock clock) {
        this.budgets = budgets;
        this.spendings = spendings;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Region requireCommunity(long communityId, Scope scope) {
        Region region = regions.require(communityId, scope);
        if (region.getLevel() != RegionLevel.COMMUNITY) {
            throw new NotFoundException("community", communityId);
        }
        return region;
    }

    public FundBudget requireBudget(long id, Scope scope) {
        FundBudget b = budgets.findById(id).orElseThrow(() -> new NotFoundException("fund_budget", id));
        requireCommunity(b.getCommunityId(), scope);
        return b;
    }

    public FundSpending requireSpending(long id, Scope scope) {
        FundSpending s = spendings.findById(id).orElseThrow(() -> new NotFoundException("fund_spending", id));
        requireCommunity(s.getCommunityId(), scope);
        return s;
    }

    List<FundBudget> linesOf(long communityId, int year) {
        return budgets.findByCommunityIdAndYearOrderByCategoryAscSourceAsc(communityId, year);
    }

    List<FundSpending> spendingOf(long communityId, int year) {
        return spendings.findByCommunityIdAndSpentOnBetweenOrderBySpentOnDescIdDesc(communityId,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    // ---------------------------------------------------------------- budget lines

    @Transactional
    public FundBudget createBudget(long communityId, BudgetForm form, Scope scope) {
        Region community = requireCommunity(communityId, scope);
        return saveBudget(FundBudget.in(community.getId()), form, "CREATE", null);
    }

    @Transactional
    public FundBudget updateBudget(long id, BudgetForm form, Scope scope) {
        FundBudget b = requireBudget(id, scope);
        if (form.getVersion() == null || form.getVersion() != b.getVersion()) {
            throw new StaleEditException(BudgetForm.of(b), b.getVersion());
        }
        return saveBudget(b, form, "UPDATE", summary(b));
    }

    @Transactional
    public int deleteBudget(long id, Scope scope) {
        FundBudget b = requireBudget(id, scope);
        budgets.delete(b);
        budgets.flush();
        audit.record("DELETE", "fund_budget", id, summary(b));
        return b.getYear();
    }

    private FundBudget saveBudget(FundBudget b, BudgetForm form, String action, String before) {
        boolean duplicate = linesOf(b.getCommunityId(), form.getYear()).stream()
                .anyMatch(o -> !Objects.equals(o.getId(), b.getId()) && o.getCategory() == form.getCategory()
                        && o.getSource() == form.getSource());
        if (duplicate) {
            throw BusinessRuleException.onField("source", "funds.budget.duplicate");
        }
        b.describe(form.getYear(), form.getCategory(), form.getSource(), form.getAmount(), blankToNull(form.getNote()));
        FundBudget saved = budgets.saveAndFlush(b);
        audit.record(action, "fund_budget", saved.getId(), before == null ? summary(saved)
                : before + " -> " + summary(saved));
        return saved;
    }

    // ---------------------------------------------------------------- spending

    @Transactional
    public Saved createSpending(long communityId, SpendingForm form, Scope scope) {
        Region community = requireCommunity(communityId, scope);
        return saveSpending(FundSpending.in(community.getId()), form, "CREATE", null);
    }

    @Transactional
    public Saved updateSpending(long id, SpendingForm form, Scope scope) {
        FundSpending s = requireSpending(id, scope);
        if (form.getVersion() == null || form.getVersion() != s.getVersion()) {
            throw new StaleEditException(SpendingForm.of(s), s.getVersion());
        }
        return saveSpending(s, form, "UPDATE", summary(s));
    }

    @Transactional
    public FundSpending deleteSpending(long id, Scope scope) {
        FundSpending s = requireSpending(id, scope);
        spendings.delete(s);
        spendings.flush();
        audit.record("DELETE", "fund_spending", id, summary(s));
        return s;
    }

    private Saved saveSpending(FundSpending s, SpendingForm form, String action, String before) {
        if (form.getSpentOn().getYear() != form.getYear()) {
            throw BusinessRuleException.onField("spentOn", "funds.spentOn.outsideYear",
                    String.valueOf(form.getYear()));
        }
        s.describe(form.getSpentOn(), form.getCategory(), form.getAmount(), form.getPurpose().trim());
        FundSpending saved = spendings.saveAndFlush(s);
        boolean unbudgeted = !budgets.existsByCommunityIdAndYearAndCategory(saved.getCommunityId(),
                saved.getSpentOn().getYear(), saved.getCategory());
        audit.record(action, "fund_spending", saved.getId(), (before == null ? "" : before + " -> ") + summary(saved)
                + (unbudgeted ? " UNBUDGETED" : ""));
        return new Saved(saved.getId(), unbudgeted);
    }

    private static String summary(FundBudget b) {
        return b.getYear() + " " + b.getCategory() + " " + b.getSource() + " " + b.getAmount();
    }

    private static String summary(FundSpending s) {
        return s.getSpentOn() + " " + s.getCategory() + " " + s.getAmount();
    }
}
