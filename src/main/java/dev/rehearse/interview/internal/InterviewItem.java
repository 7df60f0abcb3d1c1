package dev.rehearse.interview.internal;

import dev.rehearse.interview.ClosedBy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One question of an interview, with the answer given to it and the times that bound it. */
@Entity
@Table(name = "interview_item")
public class InterviewItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "interview_id")
    private Interview interview;

    @Column(nullable = false)
    private int position;

    @Column(name = "question_version_id", nullable = false)
    private long questionVersionId;

    @Column(name = "time_limit_seconds", nullable = false)
    private int timeLimitSeconds;

    @Column(name = "shown_at")
    private Instant shownAt;

    @Column
    private Instant deadline;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_by")
    private ClosedBy closedBy;

    @Lob
    @Column(name = "answer_text", nullable = false)
    private String answerText = "";

    @Column(name = "answer_saved_at")
    private Instant answerSavedAt;

    @Column(name = "answer_revision", nullable = false)
    private int answerRevision;

    @Lob
    @Column(name = "late_text")
    private String lateText;

    @Column(name = "late_saved_at")
    private Instant lateSavedAt;

    @Column(name = "time_used_seconds")
    private Integer timeUsedSeconds;

    @Column(name = "viewing_since")
    private Instant viewingSince;

    @jakarta.persistence.Version
    private Long version;

    protected InterviewItem() {
    }

    InterviewItem(Interview interview, int position, long questionVersionId, int timeLimitSeconds) {
        this.interview = interview;
        this.position = position;
        this.questionVersionId = questionVersionId;
        this.timeLimitSeconds = timeLimitSeconds;
    }

    /** Per question: starts this question's clock, once; a reload finds the same deadline. */
    void show(Instant at) {
        if (shownAt == null) {
            shownAt = at;
            deadline = at.plusSeconds(timeLimitSeconds);
        }
    }

    /** Whole interview: notes when the question was first seen (the interview holds the deadline). */
    void showIfNew(Instant now) {
        if (shownAt == null) {
            shownAt = now;
        }
    }

    void startViewing(Instant now) {
        if (viewingSince == null && !isClosed()) {
            viewingSince = now;
        }
    }

    /** Adds the time this question was on screen, up to the shared deadline. */
    void stopViewing(Instant now, Instant sharedDeadline) {
        if (viewingSince == null) {
            return;
        }
        Instant until = sharedDeadline != null && now.isAfter(sharedDeadline) ? sharedDeadline : now;
        long seconds = Math.max(0, Duration.between(viewingSince, until).toSeconds());
        timeUsedSeconds = (int) Math.min(Integer.MAX_VALUE, getTimeUsedSeconds() + seconds);
        viewingSince = null;
    }

    void closeAfterViewing(ClosedBy by, Instant at) {
        closedAt = at;
        closedBy = by;
        if (timeUsedSeconds == null) {
            timeUsedSeconds = 0;
        }
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** Whether a save at {@code now} comes too late to count. */
    public boolean isPastDeadline(Instant now, Duration grace) {
        return deadline != null && now.isAfter(deadline.plus(grace));
    }

    public void saveAnswer(String text, Instant now) {
        answerText = text;
        answerSavedAt = now;
        answerRevision++;
    }

    public void keepLate(String text, Instant now) {
        lateText = text;
        lateSavedAt = now;
    }

    /** Per question: closes it; a timeout counts as closed at the deadline, with all the time used. */
    void close(ClosedBy by, Instant now) {
        Instant at = by == ClosedBy.USER || deadline == null || now.isBefore(deadline) ? now : deadline;
        closedAt = at;
        closedBy = by;
        long used = shownAt == null ? 0 : Duration.between(shownAt, at).toSeconds();
        timeUsedSeconds = (int) Math.max(0, Math.min(used, timeLimitSeconds));
    }

    public Long getId() { return id; }
    public Interview getInterview() { return interview; }
    public int getPosition() { return position; }
    public long getQuestionVersionId() { return questionVersionId; }
    public int getTimeLimitSeconds() { return timeLimitSeconds; }
    public Instant getShownAt() { return shownAt; }
    public Instant getDeadline() { return deadline; }
    public Instant getClosedAt() { return closedAt; }
    public ClosedBy getClosedBy() { return closedBy; }
    public String getAnswerText() { return answerText; }
    public Instant getAnswerSavedAt() { return answerSavedAt; }
    public int getAnswerRevision() { return answerRevision; }
    public String getLateText() { return lateText; }
    public Instant getLateSavedAt() { return lateSavedAt; }
    public int getTimeUsedSeconds() { return timeUsedSeconds == null ? 0 : timeUsedSeconds; }
}
