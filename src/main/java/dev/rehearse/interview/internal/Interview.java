package dev.rehearse.interview.internal;

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

    @Version
    private Long version;

    @OneToMany(mappedBy = "interview", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<InterviewItem> items = new ArrayList<>();

    protected Interview() {
    }

    public Interview(UUID id, long ownerId, InterviewMode mode, TimeLimitKind limitKind, int requestedCount,
            Integer fixedLimitSeconds, String topics, String difficulties, Instant startedAt) {
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
        return item;
    }

    /** The item the person is on, or null when every item is closed. */
    public InterviewItem currentItem() {
        return currentPosition < items.size() ? items.get(currentPosition) : null;
    }

    /** Moves past the current item; finishes the interview after the last one. */
    public void advance(Instant at) {
        currentPosition++;
        if (currentPosition >= items.size()) {
            status = InterviewStatus.FINISHED;
            finishedAt = at;
        }
    }

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
