package org.grassroots.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reporting lines between Party organizations (domain-rules.md §1; Const. Art. 30, Branch Regs Art. 13). */
class OrgTypeTests {

    @ParameterizedTest(name = "{0} under {1}: {2}")
    @DisplayName("domain-rules.md §1: which organization may report to which")
    @CsvSource({
        "PARTY_GROUP,       BRANCH,            true",
        "PARTY_GROUP,       JOINT_BRANCH,      true",
        "PARTY_GROUP,       GENERAL_BRANCH,    false",
        "PARTY_GROUP,       TEMPORARY_BRANCH,  true",
        "PARTY_GROUP,       COMMITTEE,         false",
        "PARTY_GROUP,       PARTY_GROUP,       false",
        "BRANCH,            PARTY_GROUP,       false",
        "BRANCH,            BRANCH,            false",
        "BRANCH,            JOINT_BRANCH,      false",
        "BRANCH,            GENERAL_BRANCH,    true",
        "BRANCH,            COMMITTEE,         true",
        "BRANCH,            WORKING_COMMITTEE, true",
        "TEMPORARY_BRANCH,  COMMITTEE,         true",
        "GENERAL_BRANCH,    BRANCH,            false",
        "GENERAL_BRANCH,    GENERAL_BRANCH,    false",
        "GENERAL_BRANCH,    COMMITTEE,         true",
        "COMMITTEE,         WORKING_COMMITTEE, true",
        "COMMITTEE,         COMMITTEE,         true",
        "COMMITTEE,         GENERAL_BRANCH,    false",
        "COMMITTEE,         BRANCH,            false",
        "WORKING_COMMITTEE, COMMITTEE,         false",
        "WORKING_COMMITTEE, WORKING_COMMITTEE, false"
    })
    void shouldAllowReportingLineWhenParentLeadsThisType(OrgType child, OrgType parent, boolean allowed) {
        assertThat(child.canReportTo(parent)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} at the top: {1}")
    @DisplayName("only committees may stand at the top of a reporting line (Const. Art. 30: every other body is set up under a higher organization)")
    @CsvSource({
        "WORKING_COMMITTEE, true",
        "COMMITTEE,         true",
        "GENERAL_BRANCH,    false",
        "BRANCH,            false",
        "JOINT_BRANCH,      false",
        "TEMPORARY_BRANCH,  false",
        "PARTY_GROUP,       false"
    })
    void shouldAllowTopLevelWhenTypeIsCommittee(OrgType type, boolean topLevel) {
        assertThat(type.canBeTopLevel()).isEqualTo(topLevel);
    }

    @ParameterizedTest(name = "{0}: branch={1}, committee={2}")
    @CsvSource({
        "WORKING_COMMITTEE, false, true",
        "COMMITTEE,         false, true",
        "GENERAL_BRANCH,    false, false",
        "BRANCH,            true,  false",
        "JOINT_BRANCH,      true,  false",
        "TEMPORARY_BRANCH,  true,  false",
        "PARTY_GROUP,       false, false"
    })
    void shouldClassifyTypeWhenAskedForBranchOrCommittee(OrgType type, boolean branch, boolean committee) {
        assertThat(type.isBranch()).isEqualTo(branch);
        assertThat(type.isCommittee()).isEqualTo(committee);
    }
}
