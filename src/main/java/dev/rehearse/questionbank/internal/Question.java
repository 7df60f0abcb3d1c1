package dev.rehearse.questionbank.internal;

import dev.rehearse.questionbank.Difficulty;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A question of the bank, by the stable id of its file; its text lives in its versions. */
@Entity
@Table(name = "question")
public class Question {

    @Id
    private String id;

    @Column(nullable = false)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Difficulty difficulty;

    @Column(nullable = false)
    private String tags = "";

    @Column(name = "suggested_seconds", nullable = false)
    private int suggestedSeconds;

    @ManyToOne
    @JoinColumn(name = "current_version_id")
    private QuestionVersion currentVersion;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "first_loaded_at", nullable = false)
    private Instant firstLoadedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Question() {
    }

    public Question(String id, Instant now) {
        this.id = id;
        this.firstLoadedAt = now;
        this.updatedAt = now;
    }

    public String getId() { return id; }
    public String getTopic() { return topic; }
    public Difficulty getDifficulty() { return difficulty; }
    public String getTags() { return tags; }
    public int getSuggestedSeconds() { return suggestedSeconds; }
    public QuestionVersion getCurrentVersion() { return currentVersion; }
    public boolean isRetired() { return retired; }
    public Instant getUpdatedAt() { return updatedAt; }

    void update(String topic, Difficulty difficulty, String tags, int suggestedSeconds, QuestionVersion version,
            Instant now) {
        this.topic = topic;
        this.difficulty = difficulty;
        this.tags = tags;
        this.suggestedSeconds = suggestedSeconds;
        this.currentVersion = version;
        this.retired = false;
        this.updatedAt = now;
    }

    void retire(Instant now) {
        this.retired = true;
        this.updatedAt = now;
    }
}
