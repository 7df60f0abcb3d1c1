package dev.rehearse.interview.internal;

import dev.rehearse.interview.AnswerClosed;
import dev.rehearse.interview.ClosedBy;
import dev.rehearse.interview.InterviewFinished;
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
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An interview and its questions, the one way in for every change to them. What time does to it is decided by the
 * {@link TimePolicy} of its kind of limit. It announces every closed question ({@link AnswerClosed}) and its end
 * ({@link InterviewFinished}); they are published when the repository saves it.
 */
@Entity
@Table(name = "interview")
public class Interview extends AbstractAggregateRoot<Interview> {

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

    /** Whole interview: the shared deadline, stamped when it is first opened. */
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

    /** A new open interview; {@code draw} says what was asked for and from what it was drawn. */
    public Interview(UUID id, long ownerId, InterviewMode mode, TimeLimitKind limitKind, Draw draw,
            int extraTimePercent, Instant startedAt) {
        this.id = id;
        this.ownerId = ownerId;
        this.mode = mode;
        this.limitKind = limitKind;
        this.status = InterviewStatus.OPEN;
        this.requestedCount = draw.requestedCount();
        this.fixedLimitSeconds = draw.fixedLimitSeconds();
        this.topics = draw.topics();
        this.difficulties = draw.difficulties();
        this.extraTimePercent = extraTimePercent;
        this.startedAt = startedAt;
    }

    /** What an interview was drawn from: the count asked for, a fixed limit or none, topics and difficulties. */
    public record Draw(int requestedCount, Integer fixedLimitSeconds, String topics, String difficulties) {
    }

    public InterviewItem addItem(long questionVersionId, int timeLimitSeconds) {
        InterviewItem item = new InterviewItem(this, items.size(), questionVersionId, timeLimitSeconds);
        items.add(item);
        policy().added(this, item);
        return item;
    }

    private TimePolicy policy() {
        return TimePolicy.of(limitKind);
    }

    // What happens to the interview: each is a rule of its time policy.

    /** The person has it open: the clock of the question on screen starts if it has not; time catches up. */
    public void look(Instant now, Duration grace) {
        policy().look(this, now, grace);
    }

    /** Time catches up, and no clock starts. */
    public void settle(Instant now, Duration grace) {
        policy().settle(this, now, grace);
    }

    /** The server closes what ran out while nobody watched. */
    public void expire(Instant now, Duration grace) {
        policy().expire(this, now, grace);
    }

    /** The person closes the question on screen; returns it when this closed it. */
    public InterviewItem close(InterviewItem item, Instant now, Duration grace) {
        return policy().close(this, item, now, grace);
    }

    /** The page's countdown reached zero; returns the question when this closed it on its own. */
    public InterviewItem timeUp(InterviewItem item, Instant now, Duration grace) {
        return policy().timeUp(this, item, now, grace);
    }

    /** Shows the question at {@code position} (0-based), where the kind of limit allows moving freely. */
    public void moveTo(int position, Instant now, Duration grace) {
        policy().moveTo(this, position, now, grace);
    }

    /** The person ends the interview now. */
    public void finish(Instant now, Duration grace) {
        policy().finish(this, now, grace);
    }

    /** Whether a save of {@code item} at {@code now} comes too late to count. */
    public boolean isLate(InterviewItem item, Instant now, Duration grace) {
        return policy().isLate(this, item, now, grace);
    }

    /** The deadline that applies to the question on screen, or null while no clock runs for it. */
    public Instant currentDeadline() {
        return policy().deadline(this);
    }

    /** The limit the countdown on screen counts down from, in seconds. */
    public int currentLimitSeconds() {
        return policy().limitSeconds(this);
    }

    /** The item the person is on, or null when the interview is finished. */
    public InterviewItem currentItem() {
        return currentPosition < items.size() ? items.get(currentPosition) : null;
    }

    // The facts the policies record.

    void recordClosed(InterviewItem item, ClosedBy by, Instant at, int usedSeconds) {
        item.close(by, at, usedSeconds);
        registerEvent(new AnswerClosed(id, ownerId, item.getPosition() + 1, item.getQuestionVersionId(), by, at));
    }

    /** Moves past {@code item}, which has just closed; after the last one the interview finishes then. */
    void advancePast(InterviewItem item) {
        currentPosition = item.getPosition() + 1;
        if (currentPosition >= items.size()) {
            finishAt(item.getClosedAt());
        }
    }

    void finishAt(Instant at) {
        currentPosition = items.size();
        status = InterviewStatus.FINISHED;
        finishedAt = at;
        registerEvent(new InterviewFinished(id, ownerId, at));
    }

    void showPosition(int position) {
        currentPosition = position;
    }

    void startSharedClock(Instant sharedDeadline) {
        deadline = sharedDeadline;
    }

    void addToSharedLimit(int seconds) {
        totalLimitSeconds = (totalLimitSeconds == null ? 0 : totalLimitSeconds) + seconds;
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
