package org.grassroots.regional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;
import org.grassroots.shared.BaseEntity;
import org.grassroots.shared.Masking;

/** One contact person of a resident unit (a unit has several): name, title and phone. */
@Entity
@Table(name = "resident_unit_contact")
@Getter
public class UnitContact extends BaseEntity {

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(nullable = false)
    private String name;

    private String title;
    private String phone;

    protected UnitContact() {
    }

    static UnitContact of(long unitId) {
        UnitContact c = new UnitContact();
        c.unitId = unitId;
        return c;
    }

    void describe(String name, String title, String phone) {
        this.name = name;
        this.title = title;
        this.phone = phone;
    }

    public String getPhoneMasked() {
        return Masking.phone(phone);
    }
}
