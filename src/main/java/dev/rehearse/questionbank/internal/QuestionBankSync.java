package dev.rehearse.questionbank.internal;

import dev.rehearse.questionbank.BankLoadReport;
import dev.rehearse.questionbank.BankProblem;
import dev.rehearse.questionbank.ParsedQuestion;
import dev.rehearse.questionbank.QuestionContent;
import dev.rehearse.questionbank.QuestionBankProperties;
import java.nio.file.Path;
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
 *
 * <p>A folder that would retire too many questions at once ({@link MassRetireGuard}: all of them, or more than half
 * and more than a handful) is taken for a wrong folder: the sync is refused and the bank stays exactly as it was,
 * unless {@code app.questions.allow-mass-retire} is on.
 */
@Component
public class QuestionBankSync {

    private static final Logger log = LoggerFactory.getLogger(QuestionBankSync.class);

    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final QuestionBankProperties properties;
    private final Clock clock;
    private final AtomicReference<BankLoadReport> lastRead = new AtomicReference<>();
    private final AtomicReference<BankLoadReport> lastApplied = new AtomicReference<>();
    private final AtomicReference<SyncOutcome> lastOutcome = new AtomicReference<>();

    QuestionBankSync(QuestionRepository questions, QuestionVersionRepository versions,
            QuestionBankProperties properties, Clock clock) {
        this.questions = questions;
        this.versions = versions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Reads the configured folder and syncs it; problems go to the log as {@code path:line: message}. */
    @Transactional
    public SyncOutcome syncFromFolder() {
        BankLoadReport report = new QuestionFolderLoader().load(properties.dir());
        for (BankProblem problem : report.problems()) {
            if (report.files() == 0) {
                log.error("Question bank: {}; check app.questions.dir (set to '{}')", problem, properties.dir());
            } else {
                log.warn("Question bank: {}", problem);
            }
        }
        SyncOutcome outcome = apply(report);
        log.info("Question bank {}: {}{}", report.folder(), report.summary(),
                outcome.applied() ? "" : "; not applied, the bank is kept as it was");
        return outcome;
    }

    /** Syncs a report, refusing it when it would retire too many questions and the override is off. */
    @Transactional
    public SyncOutcome apply(BankLoadReport report) {
        return apply(report, properties.allowMassRetire());
    }

    /**
     * Syncs a report. With {@code allowMassRetire} the guard against retiring too many questions is off, as with
     * {@code app.questions.allow-mass-retire=true}.
     */
    @Transactional
    public SyncOutcome apply(BankLoadReport report, boolean allowMassRetire) {
        lastRead.set(report);
        List<Question> active = questions.findByRetiredFalse();
        List<Question> gone = active.stream().filter(q -> !report.presentIds().contains(q.getId())).toList();
        boolean tooMany = MassRetireGuard.refuses(active.size(), gone.size());
        if (tooMany && !allowMassRetire) {
            log.error("""
                    Question bank NOT synced: the folder {} has files for {} of the {} active questions, so syncing \
                    it would retire {} of them. The bank is kept exactly as it was: nothing is added, changed or \
                    retired. If this is the wrong folder, check app.questions.dir (a relative path is read from the \
                    working directory {}). If the questions were removed on purpose, start once with \
                    app.questions.allow-mass-retire=true, then set it back to false.""",
                    absolute(report.folder()), active.size() - gone.size(), active.size(), gone.size(),
                    Path.of("").toAbsolutePath());
            return remember(SyncOutcome.refused(active.size(), gone.size()));
        }
        if (tooMany) {
            log.warn("Question bank: retiring {} of the {} active questions, allowed by "
                    + "app.questions.allow-mass-retire; set it back to false so that a wrong folder cannot empty "
                    + "the bank", gone.size(), active.size());
        }
        Instant now = clock.instant();
        int added = 0;
        int newVersions = 0;
        for (ParsedQuestion parsed : report.questions()) {
            ParsedQuestion.Metadata meta = parsed.metadata();
            QuestionContent content = parsed.content();
            String tags = String.join(",", meta.tags());
            Question question = questions.findById(parsed.id()).orElse(null);
            if (question == null) {
                // the version's foreign key needs the question row first
                question = new Question(parsed.id(), now);
                question.update(parsed.topic(), meta.difficulty(), tags, meta.suggestedSeconds(), null, now);
                question = questions.saveAndFlush(question);
                added++;
            }
            QuestionVersion version = versions.findByQuestionIdAndContentHash(parsed.id(), parsed.contentHash())
                    .orElse(null);
            if (version == null) {
                if (question.getCurrentVersion() != null) {
                    newVersions++;
                }
                version = versions.save(new QuestionVersion(parsed.id(), parsed.contentHash(), meta.title(),
                        parsed.topic(), meta.difficulty(), content.prompt(), content.modelAnswer(),
                        content.keyPoints().stream()
                                .map(k -> new QuestionVersion.StoredKeyPoint(k.text(), String.join("\n", k.match())))
                                .toList(),
                        meta.kind(), meta.provenance(), now));
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
        for (Question question : gone) {
            question.retire(now);
            log.info("Question bank: retired '{}' (its file is gone; past answers keep it)", question.getId());
        }
        lastApplied.set(report);
        return remember(new SyncOutcome(SyncOutcome.Status.APPLIED, active.size(), gone.size(), added, newVersions));
    }

    private SyncOutcome remember(SyncOutcome outcome) {
        lastOutcome.set(outcome);
        return outcome;
    }

    private static Path absolute(String folder) {
        return Path.of(folder).toAbsolutePath();
    }

    /** The report of the folder read last, whether its sync was applied or refused. */
    public BankLoadReport lastReport() {
        return lastRead.get();
    }

    /** What the last sync did, or null before the first. */
    public SyncOutcome lastOutcome() {
        return lastOutcome.get();
    }

    /** The topic display names of the folder synced last; a refused folder does not change them. */
    public Map<String, String> topicNames() {
        BankLoadReport report = lastApplied.get();
        return report == null ? Map.of() : report.topicNames();
    }
}
