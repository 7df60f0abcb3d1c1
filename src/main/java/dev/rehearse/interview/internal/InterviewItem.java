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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * One question of an interview, with the answer given to it and the instants that bound it. It records what
 * happened; when those instants are and what they mean is decided by the interview's {@link TimePolicy}.
 */
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

    @Version
    private Long version;

    protected InterviewItem() {
    }

    InterviewItem(Interview interview, int position, long questionVersionId, int timeLimitSeconds) {
        this.interview = interview;
        this.position = position;
        this.questionVersionId = questionVersionId;
        this.timeLimitSeconds = timeLimitSeconds;
    }

    /** First shown at {@code at}, with its own deadline when it has one; a later call changes nothing. */
    void markShown(Instant at, Instant ownDeadline) {
        if (shownAt == null) {
            shownAt = at;
            deadline = ownDeadline;
        }
    }

    void startViewing(Instant at) {
        if (viewingSince == null && !isClosed()) {
            viewingSince = at;
        }
    }

    /** Adds the time on screen since it was last shown, up to {@code until}. */
    void stopViewing(Instant until) {
        if (viewingSince == null) {
            return;
        }
        long seconds = Math.max(0, Duration.between(viewingSince, until).toSeconds());
        timeUsedSeconds = (int) Math.min(Integer.MAX_VALUE, getTimeUsedSeconds() + seconds);
        viewingSince = null;
    }

    void close(ClosedBy by, Instant at, int usedSeconds) {
        closedAt = at;
        closedBy = by;
        timeUsedSeconds = usedSeconds;
    }

    public boolean isShown() {
        return shownAt != null;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** Closed because time ran out, at its deadline or by the server while nobody watched. */
    public boolean ranOutOfTime() {
        return closedBy != null && closedBy.ranOutOfTime();
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
