package org.grassroots.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.org.PartyOrg;
import org.grassroots.shared.BaseEntity;

/**
 * A meeting as it was held: counted in the period of the day it was held, whenever it was typed in.
 * Removing a record marks it deleted; nothing is lost.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_org_id")
    private PartyOrg org;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingType type;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "start_time")
    private LocalTime startTime;

    @Column(name = "end_time")
    private LocalTime endTime;

    private String place;

    @Column(name = "chair_member_id")
    private Long chairMemberId;

    @Column(name = "recorder_member_id")
    private Long recorderMemberId;

    @Column(nullable = false)
    private String topic;

    @Column(name = "lecturer_member_id")
    private Long lecturerMemberId;

    @Column(name = "lecture_title")
    private String lectureTitle;

    private String agenda;
    private String minutes;
    private String guests;

    @Column(nullable = false)
    private boolean election;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    @OneToMany(mappedBy = "meeting", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Resolution> resolutions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    private List<Attendance> attendance = new ArrayList<>();

    protected Meeting() {
    }

    public static Meeting record(PartyOrg org, MeetingType type, LocalDate heldOn, String topic, String createdBy) {
        Meeting m = new Meeting();
        m.org = org;
        m.type = type;
        m.heldOn = heldOn;
        m.topic = topic;
        m.createdBy = createdBy;
        return m;
    }

    public void describe(MeetingType newType, LocalDate newHeldOn, LocalTime start, LocalTime end, String newPlace,
            Long chair, Long recorder, String newTopic, String newAgenda, String newMinutes, String newGuests,
            boolean isElection) {
        this.type = newType;
        this.heldOn = newHeldOn;
        this.startTime = start;
        this.endTime = end;
        this.place = newPlace;
        this.chairMemberId = chair;
        this.recorderMemberId = recorder;
        this.topic = newTopic;
        this.agenda = newAgenda;
        this.minutes = newMinutes;
        this.guests = newGuests;
        this.election = isElection;
        this.updatedAt = Instant.now();
    }

    public void lecture(Long lecturer, String title) {
        this.lecturerMemberId = lecturer;
        this.lectureTitle = title;
    }

    public void replaceAttendance(List<Attendance> rows) {
        attendance.clear();
        attendance.addAll(rows);
    }

    public void replaceResolutions(List<String> texts, List<int[]> votes) {
        resolutions.clear();
        for (int i = 0; i < texts.size(); i++) {
            int[] v = votes.get(i);
            resolutions.add(new Resolution(this, i + 1, texts.get(i), v[0], v[1], v[2]));
        }
    }

    public void markDeleted(Instant at) {
        this.deletedAt = at;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public PartyOrg getOrg() {
        return org;
    }

    public MeetingType getType() {
        return type;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public String getPlace() {
        return place;
    }

    public Long getChairMemberId() {
        return chairMemberId;
    }

    public Long getRecorderMemberId() {
        return recorderMemberId;
    }

    public String getTopic() {
        return topic;
    }

    public Long getLecturerMemberId() {
        return lecturerMemberId;
    }

    public String getLectureTitle() {
        return lectureTitle;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getMinutes() {
        return minutes;
    }

    public String getGuests() {
        return guests;
    }

    public boolean isElection() {
        return election;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<Resolution> getResolutions() {
        return List.copyOf(resolutions);
    }

    public List<Attendance> getAttendance() {
        return List.copyOf(attendance);
    }
}
