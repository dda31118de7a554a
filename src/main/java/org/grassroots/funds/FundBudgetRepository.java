package org.grassroots.funds;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundBudgetRepository extends JpaRepository<FundBudget, Long> {

    List<FundBudget> findByCommunityIdAndYearOrderByCategoryAscSourceAsc(long communityId, int year);

    boolean existsByCommunityIdAndYearAndCategory(long communityId, int year, FundCategory category);
}
