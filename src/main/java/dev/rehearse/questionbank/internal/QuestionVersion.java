package dev.rehearse.questionbank.internal;

import dev.rehearse.questionbank.Difficulty;
import dev.rehearse.questionbank.Provenance;
import dev.rehearse.questionbank.QuestionKind;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One distinct content of a question file. Never changed once written: answers point at it. */
@Entity
@Table(name = "question_version")
public class QuestionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "question_id", nullable = false)
    private String questionId;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String topic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Difficulty difficulty;

    @Lob
    @Column(nullable = false)
    private String prompt;

    @Lob
    @Column(name = "model_answer", nullable = false)
    private String modelAnswer;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_key_point", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<StoredKeyPoint> keyPoints = new ArrayList<>();

    @Column(name = "loaded_at", nullable = false)
    private Instant loadedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionKind kind = QuestionKind.EXPLAIN;

    /** The source links, one per line; empty when the file names none. */
    @Lob
    @Column(nullable = false)
    private String sources = "";

    private String verified;

    protected QuestionVersion() {
    }

    QuestionVersion(String questionId, String contentHash, String title, String topic, Difficulty difficulty,
            String prompt, String modelAnswer, List<StoredKeyPoint> keyPoints, QuestionKind kind,
            Provenance provenance, Instant loadedAt) {
        this.kind = kind;
        this.sources = String.join("\n", provenance.sources());
        this.verified = provenance.verified();
        this.questionId = questionId;
        this.contentHash = contentHash;
        this.title = title;
        this.topic = topic;
        this.difficulty = difficulty;
        this.prompt = prompt;
        this.modelAnswer = modelAnswer;
        this.keyPoints = new ArrayList<>(keyPoints);
        this.loadedAt = loadedAt;
    }

    public Long getId() { return id; }
    public String getQuestionId() { return questionId; }
    public String getContentHash() { return contentHash; }
    public String getTitle() { return title; }
    public String getTopic() { return topic; }
    public Difficulty getDifficulty() { return difficulty; }
    public String getPrompt() { return prompt; }
    public String getModelAnswer() { return modelAnswer; }
    public List<StoredKeyPoint> getKeyPoints() { return keyPoints; }
    public Instant getLoadedAt() { return loadedAt; }
    public QuestionKind getKind() { return kind; }

    public Provenance getProvenance() {
        return new Provenance(sources.isEmpty() ? List.of() : List.of(sources.split("\n")), verified);
    }

    /** A key point as stored: its match phrases one per line. */
    @Embeddable
    public record StoredKeyPoint(
            @Column(name = "text", nullable = false) String text,
            @Column(name = "match_phrases", nullable = false) String matchPhrases) {
    }
}
