package dev.rehearse.interview.internal;

import dev.rehearse.interview.ClosedBy;
import dev.rehearse.interview.InterviewMode;
import dev.rehearse.interview.InterviewStatus;
import dev.rehearse.interview.TimeLimitKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "interview")
public class Interview {

    @Id
    private UUID id;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InterviewMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "limit_kind", nullable = false)
    private TimeLimitKind limitKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InterviewStatus status;

    @Column(name = "requested_count", nullable = false)
    private int requestedCount;

    @Column(name = "fixed_limit_seconds")
    private Integer fixedLimitSeconds;

    @Column(nullable = false)
    private String topics;

    @Column(nullable = false)
    private String difficulties;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column
    private Instant deadline;

    @Column(name = "current_position", nullable = false)
    private int currentPosition;

    @Column(name = "total_limit_seconds")
    private Integer totalLimitSeconds;

    @Column(name = "extra_time_percent", nullable = false)
    private int extraTimePercent = 100;

    @Version
    private Long version;

    @OneToMany(mappedBy = "interview", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<InterviewItem> items = new ArrayList<>();

    protected Interview() {
    }

    public Interview(UUID id, long ownerId, InterviewMode mode, TimeLimitKind limitKind, int requestedCount,
            Integer fixedLimitSeconds, String topics, String difficulties, int extraTimePercent, Instant startedAt) {
        this.extraTimePercent = extraTimePercent;
        this.id = id;
        this.ownerId = ownerId;
        this.mode = mode;
        this.limitKind = limitKind;
        this.status = InterviewStatus.OPEN;
        this.requestedCount = requestedCount;
        this.fixedLimitSeconds = fixedLimitSeconds;
        this.topics = topics;
        this.difficulties = difficulties;
        this.startedAt = startedAt;
    }

    public InterviewItem addItem(long questionVersionId, int timeLimitSeconds) {
        InterviewItem item = new InterviewItem(this, items.size(), questionVersionId, timeLimitSeconds);
        items.add(item);
        if (limitKind == TimeLimitKind.WHOLE_INTERVIEW) {
            totalLimitSeconds = (totalLimitSeconds == null ? 0 : totalLimitSeconds) + timeLimitSeconds;
        }
        return item;
    }

    /** The item the person is on, or null when the interview is finished. */
    public InterviewItem currentItem() {
        return currentPosition < items.size() ? items.get(currentPosition) : null;
    }

    /** The deadline that applies to the current question: its own, or the whole interview's. */
    public Instant currentDeadline() {
        if (limitKind == TimeLimitKind.WHOLE_INTERVIEW) {
            return deadline;
        }
        InterviewItem item = currentItem();
        return item == null ? null : item.getDeadline();
    }

    /**
     * Brings the interview up to {@code now}: starts the clock of what is on screen (when {@code show}), and closes
     * what has passed its deadline plus grace, as the given closer. A per-question interview moves on question by
     * question, each next one starting at the previous deadline, so time keeps running while nobody watches; a
     * whole-interview one finishes at its deadline.
     */
    public void catchUp(Instant now, Duration grace, boolean show, ClosedBy closer) {
        if (limitKind == TimeLimitKind.WHOLE_INTERVIEW) {
            catchUpWhole(now, grace, show, closer);
            return;
        }
        Instant startAt = now;
        while (isOpen()) {
            InterviewItem item = currentItem();
            if (item.getShownAt() == null) {
                if (!show) {
                    return;
                }
                item.show(startAt);
            }
            if (!item.isPastDeadline(now, grace)) {
                return;
            }
            item.close(closer, now);
            advance(item.getClosedAt());
            // In practice mode the next question waits for the person to read the model answer.
            show = show && mode == InterviewMode.MOCK;
            startAt = item.getClosedAt();
        }
    }

    private void catchUpWhole(Instant now, Duration grace, boolean show, ClosedBy closer) {
        if (!isOpen()) {
            return;
        }
        if (deadline == null) {
            if (!show) {
                return;
            }
            deadline = now.plusSeconds(totalLimitSeconds);
        }
        if (show) {
            InterviewItem item = currentItem();
            item.showIfNew(now);
            item.startViewing(now);
        }
        if (now.isAfter(deadline.plus(grace))) {
            finishAll(closer, deadline);
        }
    }

    /** Whether a save at {@code now} comes too late for this item. */
    public boolean isPastDeadline(InterviewItem item, Instant now, Duration grace) {
        if (limitKind == TimeLimitKind.WHOLE_INTERVIEW) {
            return deadline != null && now.isAfter(deadline.plus(grace));
        }
        return item.isPastDeadline(now, grace);
    }

    /** The person closes the current question (Next, Finish, or Check answer in practice mode). */
    public void closeCurrent(Instant now, Duration grace) {
        InterviewItem item = currentItem();
        if (limitKind == TimeLimitKind.WHOLE_INTERVIEW) {
            item.stopViewing(now, deadline);
            item.closeAfterViewing(isPastDeadline(item, now, grace) ? ClosedBy.TIMEOUT : ClosedBy.USER,
                    now.isAfter(deadline) ? deadline : now);
            return;
        }
        item.close(item.isPastDeadline(now, grace) ? ClosedBy.TIMEOUT : ClosedBy.USER, now);
        advance(item.getClosedAt());
    }

    /** Per question: the deadline has passed; the question closes with the text it has. */
    public void timeOutCurrent(Instant now) {
        InterviewItem item = currentItem();
        item.close(ClosedBy.TIMEOUT, now);
        advance(item.getClosedAt());
    }

    /** Whole interview: shows another question; the time on screen is counted per question. */
    public void moveTo(int position, Instant now) {
        if (position < 0 || position >= items.size()) {
            return;
        }
        InterviewItem leaving = currentItem();
        if (leaving != null) {
            leaving.stopViewing(now, deadline);
        }
        currentPosition = position;
        InterviewItem item = currentItem();
        item.showIfNew(now);
        item.startViewing(now);
    }

    /** Closes every question still open and finishes the interview. */
    public void finishAll(ClosedBy by, Instant at) {
        for (InterviewItem item : items) {
            if (!item.isClosed()) {
                if (limitKind == TimeLimitKind.WHOLE_INTERVIEW) {
                    item.stopViewing(at, deadline);
                    item.closeAfterViewing(by, at);
                } else {
                    item.close(by, at);
                }
            }
        }
        currentPosition = items.size();
        status = InterviewStatus.FINISHED;
        finishedAt = at;
    }

    /** Moves past the current item; finishes the interview after the last one. */
    private void advance(Instant at) {
        currentPosition++;
        if (currentPosition >= items.size()) {
            status = InterviewStatus.FINISHED;
            finishedAt = at;
        }
    }

    public Integer getTotalLimitSeconds() { return totalLimitSeconds; }
    public int getExtraTimePercent() { return extraTimePercent; }
    public UUID getId() { return id; }
    public Long getOwnerId() { return ownerId; }
    public InterviewMode getMode() { return mode; }
    public TimeLimitKind getLimitKind() { return limitKind; }
    public InterviewStatus getStatus() { return status; }
    public int getRequestedCount() { return requestedCount; }
    public Integer getFixedLimitSeconds() { return fixedLimitSeconds; }
    public String getTopics() { return topics; }
    public String getDifficulties() { return difficulties; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public Instant getDeadline() { return deadline; }
    public int getCurrentPosition() { return currentPosition; }
    public List<InterviewItem> getItems() { return items; }
    public boolean isOpen() { return status == InterviewStatus.OPEN; }
}
