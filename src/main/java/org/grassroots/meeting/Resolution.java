package org.grassroots.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A decision of a meeting with its vote counts (决议及表决情况). */
@Entity
@Table(name = "meeting_resolution")
public class Resolution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String text;

    @Column(name = "votes_for", nullable = false)
    private int votesFor;

    @Column(name = "votes_against", nullable = false)
    private int votesAgainst;

    @Column(name = "votes_abstain", nullable = false)
    private int votesAbstain;

    protected Resolution() {
    }

    Resolution(Meeting meeting, int position, String text, int votesFor, int votesAgainst, int votesAbstain) {
        this.meeting = meeting;
        this.position = position;
        this.text = text;
        this.votesFor = votesFor;
        this.votesAgainst = votesAgainst;
        this.votesAbstain = votesAbstain;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public int getVotesFor() {
        return votesFor;
    }

    public int getVotesAgainst() {
        return votesAgainst;
    }

    public int getVotesAbstain() {
        return votesAbstain;
    }
}
