package org.grassroots.org;

import java.util.List;
import java.util.Optional;

/** Full members of an organization who may be its secretary; implemented by the member feature. */
public interface SecretaryCandidates {

    record Candidate(long memberId, String name) {
    }

    List<Candidate> fullMembersOf(long orgId);

    Optional<String> nameOf(long memberId);

    /** People the organization currently keeps (pipeline, members, suspended). */
    long currentPeople(long orgId);
}
