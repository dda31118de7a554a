package org.grassroots.regional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import lombok.Getter;
import org.grassroots.shared.BaseEntity;

/**
 * 共建协议 between the leading Party organization of a street or community and a resident unit's
 * Party organization. Commitments are lists, one item a line. Active or expired comes from the term.
 */
@Entity
@Table(name = "cobuild_agreement")
@Getter
public class Agreement extends BaseEntity {

    /** Where the street or community organization sits: the agreement is in scope when this region is. */
    @Column(name = "region_id", nullable = false)
    private Long regionId;

    @Column(name = "party_org_id", nullable = false)
    private Long partyOrgId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private LocalDate startOn;

    @Column(nullable = false)
    private LocalDate endOn;

    @Column(nullable = false)
    private String ourCommitments;

    @Column(nullable = false)
    private String unitCommitments;

    protected Agreement() {
    }

    static Agreement blank() {
        return new Agreement();
    }

    void describe(long regionId, long partyOrgId, long unitId, String title, LocalDate startOn, LocalDate endOn,
            String ourCommitments, String unitCommitments) {
        this.regionId = regionId;
        this.partyOrgId = partyOrgId;
        this.unitId = unitId;
        this.title = title;
        this.startOn = startOn;
        this.endOn = endOn;
        this.ourCommitments = ourCommitments;
        this.unitCommitments = unitCommitments;
    }

    public AgreementState stateOn(LocalDate today) {
        return RegionalPolicy.state(startOn, endOn, today);
    }

    public List<String> getOurCommitmentList() {
        return lines(ourCommitments);
    }

    public List<String> getUnitCommitmentList() {
        return lines(unitCommitments);
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }
}
