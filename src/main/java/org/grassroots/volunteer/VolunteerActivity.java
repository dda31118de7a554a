package org.grassroots.volunteer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.grassroots.shared.BaseEntity;

/** A volunteer activity (志愿服务活动) of a community on one day; the hours of its volunteers hang off it. */
@Entity
@Table(name = "volunteer_activity")
public class VolunteerActivity extends BaseEntity {

    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private LocalDate heldOn;

    private String place;
    private String description;

    protected VolunteerActivity() {
    }

    static VolunteerActivity of(long communityId) {
        VolunteerActivity a = new VolunteerActivity();
        a.communityId = communityId;
        return a;
    }

    void describe(String title, LocalDate heldOn, String place, String description) {
        this.title = title;
        this.heldOn = heldOn;
        this.place = place;
        this.description = description;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getPlace() {
        return place;
    }

    public String getDescription() {
        return description;
    }
}
