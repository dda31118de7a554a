package org.grassroots.transfer;

import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberTransferRepository extends JpaRepository<MemberTransfer, Long> {

    boolean existsByMemberIdAndStateIn(long memberId, Collection<TransferState> states);
}
