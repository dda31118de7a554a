package org.grassroots.transfer;

import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberTransferRepository extends JpaRepository<MemberTransfer, Long> {

    java.util.List<MemberTransfer> findByMember_IdOrderByIdAsc(long memberId);

    boolean existsByMemberIdAndStateIn(long memberId, Collection<TransferState> states);
}
