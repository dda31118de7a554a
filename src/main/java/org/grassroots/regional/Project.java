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
import org.grassroots.shared.BaseEntity;

/** 项目清单: one need matched with one or more resources, with its owner, deadline, status and outcome. */
@Entity
@Table(name = "regional_project")
@Getter
public class Project extends BaseEntity {

    @Column(name = "need_id", nullable = false)
    private Long needId;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ProjectOrigin origin;

    @Column(nullable = false)
    private String owner;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProjectStatus status;

    private String outcome;
    private Integer peopleServed;
    private LocalDate doneOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "regional_project_resource", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "resource_id")
    private Set<Long> resourceIds = new TreeSet<>();

    protected Project() {
    }

    static Project of(ProjectOrigin origin) {
        Project p = new Project();
        p.origin = origin == null ? ProjectOrigin.MATCH : origin;
        return p;
    }

    /** Done keeps its first day done; any other status clears it. */
    void describe(long needId, String name, String owner, LocalDate deadline, ProjectStatus status, String outcome,
            Integer peopleServed, Collection<Long> resourceIds, LocalDate today) {
        this.needId = needId;
        this.name = name;
        this.owner = owner;
        this.deadline = deadline;
        if (status != ProjectStatus.DONE) {
            this.doneOn = null;
        } else if (this.doneOn == null) {
            this.doneOn = today;
        }
        this.status = status;
        this.outcome = outcome;
        this.peopleServed = peopleServed;
        this.resourceIds.clear();
        this.resourceIds.addAll(resourceIds);
    }
}
