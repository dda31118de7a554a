package org.grassroots.regional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import lombok.Getter;
import org.grassroots.region.Region;
import org.grassroots.region.RegionLevel;
import org.grassroots.shared.BaseEntity;

/** One meeting of a joint meeting: the day, its topics and decisions, and the member units present. */
@Entity
@Table(name = "joint_meeting")
@Getter
public class JointMeeting extends BaseEntity {

    @Column(name = "region_id", nullable = false, updatable = false)
    private Long regionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_level", nullable = false, updatable = false)
    private RegionLevel regionLevel;

    @Column(nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String topics;

    private String decisions;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "joint_meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    @Column(name = "member_id")
    private Set<Long> memberIds = new TreeSet<>();

    protected JointMeeting() {
    }

    static JointMeeting of(Region seat) {
        JointMeeting m = new JointMeeting();
        m.regionId = seat.getId();
        m.regionLevel = seat.getLevel();
        return m;
    }

    void record(LocalDate heldOn, String topics, String decisions, Collection<Long> memberIds) {
        this.heldOn = heldOn;
        this.topics = topics;
        this.decisions = decisions;
        this.memberIds.clear();
        this.memberIds.addAll(memberIds);
    }
}
