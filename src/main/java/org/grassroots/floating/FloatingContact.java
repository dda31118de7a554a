package org.grassroots.floating;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One contact with an outflow member (联系记录): the day, the way and a note. Rows are never edited. */
@Entity
@Table(name = "floating_contact")
public class FloatingContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "outflow_id", nullable = false)
    private long outflowId;

    @Column(name = "contact_on", nullable = false)
    private LocalDate contactOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ContactWay way;

    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected FloatingContact() {
    }

    static FloatingContact of(long outflowId, LocalDate on, ContactWay way, String note, String by) {
        FloatingContact c = new FloatingContact();
        c.outflowId = outflowId;
        c.contactOn = on;
        c.way = way;
        c.note = note;
        c.recordedBy = by;
        return c;
    }

    public Long getId() {
        return id;
    }

    public long getOutflowId() {
        return outflowId;
    }

    public LocalDate getContactOn() {
        return contactOn;
    }

    public ContactWay getWay() {
        return way;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
