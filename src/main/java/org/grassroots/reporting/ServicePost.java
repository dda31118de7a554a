package org.grassroots.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.grassroots.shared.BaseEntity;

/** A community's service post (服务岗位) that reporting members take; it closes, it is never deleted. */
@Entity
@Table(name = "service_post")
public class ServicePost extends BaseEntity {

    @Column(nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "category_code", nullable = false)
    private String categoryCode;

    @Column(nullable = false)
    private String name;

    private String description;
    private Integer capacity;
    private LocalDate closedOn;

    protected ServicePost() {
    }

    static ServicePost in(long communityId) {
        ServicePost p = new ServicePost();
        p.communityId = communityId;
        return p;
    }

    void describe(String category, String newName, String newDescription, Integer newCapacity) {
        this.categoryCode = category;
        this.name = newName;
        this.description = newDescription;
        this.capacity = newCapacity;
    }

    void close(LocalDate on) {
        this.closedOn = on;
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    public Long getCommunityId() {
        return communityId;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }
}
