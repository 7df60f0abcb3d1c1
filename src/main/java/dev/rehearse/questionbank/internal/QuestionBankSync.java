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
    private final AtomicReference<Instant> lastReadAt = new AtomicReference<>();
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
        lastReadAt.set(clock.instant());
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
            switch (syncOne(parsed, now)) {
                case ADDED -> added++;
                case NEW_VERSION -> newVersions++;
                default -> { }
            }
        }
        for (Question question : gone) {
            question.retire(now);
            log.info("Question bank: retired '{}' (its file is gone; past answers keep it)", question.getId());
        }
        lastApplied.set(report);
        return remember(new SyncOutcome(SyncOutcome.Status.APPLIED, active.size(), gone.size(), added, newVersions));
    }

    /** What syncing one question file did to its question. */
    public enum QuestionChange {
        /** a question the bank never had */
        ADDED,
        /** a new text for a question the bank has: a new version */
        NEW_VERSION,
        /** an earlier text of the question again: that version is current again */
        EARLIER_VERSION,
        /** the same text, with a new time, new tags, or back from retirement */
        UPDATED,
        /** nothing: the bank already has it as it is */
        UNCHANGED
    }

    /**
     * Syncs one question file that passed every check, and nothing else: no other question is added, changed or
     * retired (an uploaded file). The topic names stay those of the folder synced last.
     */
    @Transactional
    public QuestionChange applyQuestion(ParsedQuestion parsed) {
        QuestionChange change = syncOne(parsed, clock.instant());
        log.info("Question bank: {} '{}' from {}", switch (change) {
            case ADDED -> "added";
            case NEW_VERSION -> "new version of";
            case EARLIER_VERSION -> "earlier version again of";
            case UPDATED -> "updated";
            case UNCHANGED -> "unchanged";
        }, parsed.id(), parsed.path());
        return change;
    }

    private QuestionChange syncOne(ParsedQuestion parsed, Instant now) {
        ParsedQuestion.Metadata meta = parsed.metadata();
        QuestionContent content = parsed.content();
        String tags = String.join(",", meta.tags());
        Question question = questions.findById(parsed.id()).orElse(null);
        boolean added = false;
        if (question == null) {
            // the version's foreign key needs the question row first
            question = new Question(parsed.id(), now);
            question.update(parsed.topic(), meta.difficulty(), tags, meta.suggestedSeconds(), null, now);
            question = questions.saveAndFlush(question);
            added = true;
        }
        boolean newVersion = false;
        QuestionVersion version = versions.findByQuestionIdAndContentHash(parsed.id(), parsed.contentHash())
                .orElse(null);
        if (version == null) {
            newVersion = question.getCurrentVersion() != null;
            version = versions.save(new QuestionVersion(parsed.id(), parsed.contentHash(), meta.title(),
                    parsed.topic(), meta.difficulty(), content.prompt(), content.modelAnswer(),
                    content.keyPoints().stream()
                            .map(k -> new QuestionVersion.StoredKeyPoint(k.text(), String.join("\n", k.match())))
                            .toList(),
                    meta.kind(), meta.provenance(), now));
        }
        boolean sameVersion = question.getCurrentVersion() != null
                && question.getCurrentVersion().getId().equals(version.getId());
        boolean unchanged = !question.isRetired()
                && sameVersion
                && question.getSuggestedSeconds() == meta.suggestedSeconds()
                && question.getTags().equals(tags);
        if (!unchanged) {
            question.update(parsed.topic(), meta.difficulty(), tags, meta.suggestedSeconds(), version, now);
            questions.save(question);
        }
        if (added) {
            return QuestionChange.ADDED;
        }
        if (newVersion) {
            return QuestionChange.NEW_VERSION;
        }
        if (!sameVersion) {
            return QuestionChange.EARLIER_VERSION;
        }
        return unchanged ? QuestionChange.UNCHANGED : QuestionChange.UPDATED;
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

    /** When the folder was read last (by the clock), or null before the first sync. */
    public Instant lastReadAt() {
        return lastReadAt.get();
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
