package org.grassroots.regional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import lombok.Getter;
import org.grassroots.shared.BaseEntity;

/** 资源清单: what a resident unit offers, with its availability; withdrawn resources stay as history. */
@Entity
@Table(name = "regional_resource")
@Getter
public class UnitResource extends BaseEntity {

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ResourceType type;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private String description;

    private LocalDate availableFrom;
    private LocalDate availableTo;
    private String availability;
    private LocalDate withdrawnOn;

    protected UnitResource() {
    }

    static UnitResource of(long unitId) {
        UnitResource r = new UnitResource();
        r.unitId = unitId;
        return r;
    }

    void describe(ResourceType type, String category, String description, LocalDate availableFrom,
            LocalDate availableTo, String availability) {
        this.type = type;
        this.category = category;
        this.description = description;
        this.availableFrom = availableFrom;
        this.availableTo = availableTo;
        this.availability = availability;
    }

    void withdraw(LocalDate on) {
        this.withdrawnOn = on;
    }

    /** Offered on the day: not withdrawn, and the day within the span (an open end is open). */
    public boolean availableOn(LocalDate day) {
        return withdrawnOn == null && (availableFrom == null || !availableFrom.isAfter(day))
                && (availableTo == null || !availableTo.isBefore(day));
    }
}
