package dev.rehearse.questionbank.internal;

import dev.rehearse.questionbank.BankLoadReport;
import dev.rehearse.questionbank.ParsedQuestion;
import dev.rehearse.questionbank.QuestionBankProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the database in line with the bank folder, by id: a new file adds a question, a changed file adds a
 * version (old answers keep theirs), a removed file retires its question. A broken file changes nothing: its
 * question keeps its last good version. Nothing a user wrote is touched.
 */
@Component
public class QuestionBankSync {

    private static final Logger log = LoggerFactory.getLogger(QuestionBankSync.class);

    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final QuestionBankProperties properties;
    private final Clock clock;
    private final AtomicReference<BankLoadReport> last = new AtomicReference<>();

    QuestionBankSync(QuestionRepository questions, QuestionVersionRepository versions,
            QuestionBankProperties properties, Clock clock) {
        this.questions = questions;
        this.versions = versions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Reads the configured folder and syncs it; problems go to the log as {@code path:line: message}. */
    @Transactional
    public BankLoadReport syncFromFolder() {
        BankLoadReport report = new QuestionFolderLoader().load(properties.dir());
        report.problems().forEach(p -> log.warn("Question bank: {}", p));
        apply(report);
        log.info("Question bank {}: {}", report.folder(), report.summary());
        return report;
    }

    @Transactional
    public void apply(BankLoadReport report) {
        Instant now = clock.instant();
        for (ParsedQuestion parsed : report.questions()) {
            ParsedQuestion.Metadata meta = parsed.metadata();
            ParsedQuestion.Content content = parsed.content();
            String tags = String.join(",", meta.tags());
            Question question = questions.findById(parsed.id()).orElse(null);
            if (question == null) {
                // the version's foreign key needs the question row first
                question = new Question(parsed.id(), now);
                question.update(parsed.topic(), meta.difficulty(), tags, meta.suggestedSeconds(), null, now);
                question = questions.saveAndFlush(question);
            }
            QuestionVersion version = versions.findByQuestionIdAndContentHash(parsed.id(), parsed.contentHash())
                    .orElse(null);
            if (version == null) {
                version = versions.save(new QuestionVersion(parsed.id(), parsed.contentHash(), meta.title(),
                        parsed.topic(), meta.difficulty(), content.prompt(), content.modelAnswer(),
                        content.keyPoints().stream()
                                .map(k -> new QuestionVersion.StoredKeyPoint(k.text(), String.join("\n", k.match())))
                                .toList(),
                        now));
            }
            boolean unchanged = !question.isRetired()
                    && question.getCurrentVersion() != null
                    && question.getCurrentVersion().getId().equals(version.getId())
                    && question.getSuggestedSeconds() == meta.suggestedSeconds()
                    && question.getTags().equals(tags);
            if (!unchanged) {
                question.update(parsed.topic(), meta.difficulty(), tags, meta.suggestedSeconds(), version, now);
                questions.save(question);
            }
        }
        List<Question> active = questions.findByRetiredFalse();
        for (Question question : active) {
            if (!report.presentIds().contains(question.getId())) {
                question.retire(now);
                log.info("Question bank: retired '{}' (its file is gone; past answers keep it)", question.getId());
            }
        }
        last.set(report);
    }

    public BankLoadReport lastReport() {
        return last.get();
    }

    public Map<String, String> topicNames() {
        BankLoadReport report = last.get();
        return report == null ? Map.of() : report.topicNames();
    }
}
