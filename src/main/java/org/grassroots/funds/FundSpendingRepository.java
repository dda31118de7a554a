package org.grassroots.funds;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundSpendingRepository extends JpaRepository<FundSpending, Long> {

    List<FundSpending> findByCommunityIdAndSpentOnBetweenOrderBySpentOnDescIdDesc(long communityId, LocalDate from,
            LocalDate to);
}
