package org.grassroots.member;

import java.util.List;
import java.util.Optional;
import org.grassroots.org.SecretaryCandidates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class MemberSecretaryCandidates implements SecretaryCandidates {

    private final MemberRepository members;

    MemberSecretaryCandidates(MemberRepository members) {
        this.members = members;
    }

    @Override
    public List<Candidate> fullMembersOf(long orgId) {
        return members.findByOrgAndStatus(orgId, MemberStatus.FULL).stream()
                .map(m -> new Candidate(m.getId(), m.getName())).toList();
    }

    @Override
    public long currentPeople(long orgId) {
        return members.countByOrgIdAndStatusIn(orgId, MemberStatus.CURRENT);
    }

    @Override
    public Optional<String> nameOf(long memberId) {
        return members.findNameById(memberId);
    }
}
