package dev.rehearse.questionbank;

import dev.rehearse.questionbank.internal.Question;
import dev.rehearse.questionbank.internal.QuestionBankSync;
import dev.rehearse.questionbank.internal.QuestionFileParser;
import dev.rehearse.questionbank.internal.QuestionFileUpload;
import dev.rehearse.questionbank.internal.QuestionFolderLoader;
import dev.rehearse.questionbank.internal.QuestionRepository;
import dev.rehearse.questionbank.internal.ReloadPlanner;
import dev.rehearse.questionbank.internal.SyncOutcome;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What an administrator does with the bank: look at it by topic and difficulty, read the problems of the folder's
 * last load, preview a reload of the folder and then apply exactly that preview, and check or add one question file.
 * Reloads go through {@link QuestionBankSync} and its mass-retire guard; files are checked by the same parser as
 * the folder's. Every change runs inside the caller's transaction, so the caller can record it in the same one.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class BankAdministration {

    /** The largest question file the bank reads, and so the largest upload. */
    public static final int MAX_FILE_BYTES = QuestionFileParser.MAX_FILE_BYTES;

    private final QuestionRepository questions;
    private final QuestionBankSync sync;
    private final ReloadPlanner planner;
    private final QuestionFileUpload uploads;
    private final QuestionBankProperties properties;
    private final QuestionBankService bank;
    /** One change of the folder or the bank at a time, held until the change's transaction has ended. */
    private final ReentrantLock changes = new ReentrantLock();

    BankAdministration(QuestionRepository questions, QuestionBankSync sync, ReloadPlanner planner,
            QuestionFileUpload uploads, QuestionBankProperties properties, QuestionBankService bank) {
        this.questions = questions;
        this.sync = sync;
        this.planner = planner;
        this.uploads = uploads;
        this.properties = properties;
        this.bank = bank;
    }

    /** A question of the bank, active or retired, with its current version. */
    public record Entry(String id, String title, TopicName topic, Difficulty difficulty, QuestionKind kind,
            int suggestedSeconds, long versionId, boolean retired) {
    }

    /** The active questions of one topic by difficulty, and how many of the topic are retired. */
    public record TopicCounts(TopicName topic, Map<Difficulty, Integer> active, int retired) {

        public TopicCounts {
            active = Map.copyOf(active);
        }

        public int active(Difficulty difficulty) {
            return active.getOrDefault(difficulty, 0);
        }

        public int totalActive() {
            return active.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The bank as it is in the database: counts by topic and difficulty, and every question. */
    public record Overview(String folder, List<TopicCounts> topics, List<Entry> questions) {

        public Overview {
            topics = List.copyOf(topics);
            questions = List.copyOf(questions);
        }

        public int active() {
            return (int) questions.stream().filter(q -> !q.retired()).count();
        }

        public int retired() {
            return questions.size() - active();
        }

        public int active(Difficulty difficulty) {
            return topics.stream().mapToInt(t -> t.active(difficulty)).sum();
        }
    }

    /** The last reading of the folder (at start-up or by a reload), whether it was applied or refused. */
    public record LastLoad(BankLoadReport report, Instant readAt, boolean applied) {
    }

    /** What an apply did: applied, or refused with the preview as the folder and bank are now. */
    public record ReloadResult(Status status, ReloadPreview preview, String message) {

        public enum Status {
            /** the bank now matches the preview that was shown */
            APPLIED,
            /** the folder or the bank changed since the preview: nothing was applied; here is the new preview */
            STALE,
            /** the mass-retire guard refused it: nothing was applied */
            BLOCKED
        }

        public boolean applied() {
            return status == Status.APPLIED;
        }
    }

    /** What an uploaded file did to the bank. */
    public enum UploadOutcome {
        /** refused: nothing was written */
        REFUSED,
        /** a new question */
        ADDED,
        /** a new text of a question the bank has (its file replaced) */
        NEW_VERSION,
        /** the same text with another time or tags, a question back from retirement, or an earlier text again */
        UPDATED,
        /** the same bytes as the file already there: nothing was written */
        UNCHANGED
    }

    /**
     * The outcome of an upload: its path as the folder's problems name it, and the question's id and title when it
     * passed its checks; the problems that refused it; warnings that did not (missing provenance).
     */
    public record UploadResult(UploadOutcome outcome, String path, String questionId, String title,
            boolean replaced, List<BankProblem> problems, List<BankProblem> warnings) {

        public UploadResult {
            Objects.requireNonNull(outcome, "outcome");
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }

        public boolean accepted() {
            return outcome != UploadOutcome.REFUSED;
        }
    }

    public Overview overview() {
        Map<String, String> names = sync.topicNames();
        List<Entry> entries = new ArrayList<>();
        Map<String, EnumMap<Difficulty, Integer>> active = new TreeMap<>();
        Map<String, Integer> retired = new TreeMap<>();
        for (Question q : questions.findAll()) {
            var v = q.getCurrentVersion();
            if (v == null) {
                continue;
            }
            TopicName topic = new TopicName(q.getTopic(), QuestionFolderLoader.displayName(q.getTopic(), names));
            entries.add(new Entry(q.getId(), v.getTitle(), topic, q.getDifficulty(), v.getKind(),
                    q.getSuggestedSeconds(), v.getId(), q.isRetired()));
            active.computeIfAbsent(q.getTopic(), t -> new EnumMap<>(Difficulty.class));
            if (q.isRetired()) {
                retired.merge(q.getTopic(), 1, Integer::sum);
            } else {
                active.get(q.getTopic()).merge(q.getDifficulty(), 1, Integer::sum);
            }
        }
        List<TopicCounts> topics = active.entrySet().stream()
                .map(e -> new TopicCounts(new TopicName(e.getKey(),
                        QuestionFolderLoader.displayName(e.getKey(), names)), e.getValue(),
                        retired.getOrDefault(e.getKey(), 0)))
                .sorted(Comparator.comparing(t -> t.topic().name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
        entries.sort(Comparator.comparing((Entry e) -> e.topic().name().toLowerCase(java.util.Locale.ROOT))
                .thenComparing(Entry::difficulty).thenComparing(Entry::id));
        return new Overview(properties.dir().toString(), topics, entries);
    }

    /** A question as the people who are asked it read it; nothing for an id the bank never had. */
    public Optional<QuestionText> question(String questionId) {
        return bank.current(questionId);
    }

    /** The report of the folder's last reading, with its problems; nothing before the first. */
    public Optional<LastLoad> lastLoad() {
        BankLoadReport report = sync.lastReport();
        if (report == null) {
            return Optional.empty();
        }
        SyncOutcome outcome = sync.lastOutcome();
        return Optional.of(new LastLoad(report, sync.lastReadAt(), outcome != null && outcome.applied()));
    }

    /** Reads the folder and says what applying it would do; writes nothing. */
    public ReloadPreview previewReload() {
        return planner.plan(readFolder());
    }

    /**
     * Reads the folder again and applies it, if it still gives the preview that was shown ({@code fingerprint});
     * otherwise applies nothing and returns the new preview. The mass-retire guard holds as at start-up.
     */
    @Transactional
    public ReloadResult applyReload(String fingerprint) {
        holdChangesUntilTransactionEnds();
        BankLoadReport report = readFolder();
        ReloadPreview now = planner.plan(report);
        if (!now.fingerprint().equals(fingerprint)) {
            return new ReloadResult(ReloadResult.Status.STALE, now, "The folder or the bank changed since the "
                    + "preview, so nothing was applied. Here is what applying it would do now.");
        }
        if (now.blocked()) {
            return new ReloadResult(ReloadResult.Status.BLOCKED, now, now.blockedReason());
        }
        SyncOutcome outcome = sync.apply(report);
        if (!outcome.applied()) {
            return new ReloadResult(ReloadResult.Status.BLOCKED, now, now.blockedReason());
        }
        return new ReloadResult(ReloadResult.Status.APPLIED, now, "Applied: " + now.changeSummary() + ".");
    }

    /** Checks a question file exactly as the folder's files are checked, and writes nothing. */
    public UploadResult checkUpload(String topic, String fileName, byte[] bytes) {
        QuestionFileUpload.Checked checked = uploads.check(properties.dir(), topic, fileName, bytes);
        if (!checked.ok()) {
            return refused(checked);
        }
        return result(checked, checked.identical() ? UploadOutcome.UNCHANGED
                : checked.replaces() ? UploadOutcome.NEW_VERSION : UploadOutcome.ADDED);
    }

    /**
     * Checks a question file, and when it passes writes it into its topic folder and syncs that one question (no
     * other file of the folder is applied: a reload does that, after its preview). Refused, it writes nothing.
     */
    @Transactional
    public UploadResult upload(String topic, String fileName, byte[] bytes) {
        holdChangesUntilTransactionEnds();
        QuestionFileUpload.Checked checked = uploads.check(properties.dir(), topic, fileName, bytes);
        if (!checked.ok()) {
            return refused(checked);
        }
        if (checked.identical()) {
            return result(checked, UploadOutcome.UNCHANGED);
        }
        try {
            uploads.write(checked, bytes);
        } catch (IOException e) {
            return refused(new QuestionFileUpload.Checked(null, List.of(BankProblem.withoutLine(checked.shownPath(),
                    "cannot write it into the question folder: " + e.getMessage())), null, checked.shownPath(),
                    checked.replaces(), false));
        }
        UploadOutcome outcome = switch (sync.applyQuestion(checked.question())) {
            case ADDED -> UploadOutcome.ADDED;
            case NEW_VERSION -> UploadOutcome.NEW_VERSION;
            case EARLIER_VERSION, UPDATED -> UploadOutcome.UPDATED;
            case UNCHANGED -> UploadOutcome.UNCHANGED;
        };
        return result(checked, outcome);
    }

    private BankLoadReport readFolder() {
        return new QuestionFolderLoader().load(properties.dir());
    }

    private static UploadResult refused(QuestionFileUpload.Checked checked) {
        return new UploadResult(UploadOutcome.REFUSED, checked.shownPath(), null, null, false, checked.problems(),
                List.of());
    }

    private static UploadResult result(QuestionFileUpload.Checked checked, UploadOutcome outcome) {
        ParsedQuestion q = checked.question();
        return new UploadResult(outcome, checked.shownPath(), q.id(), q.metadata().title(), checked.replaces(),
                List.of(), new ProvenanceAdvisor().advise(List.of(q)));
    }

    /**
     * Takes the lock for changes and keeps it until the surrounding transaction has committed or rolled back, so a
     * second change reads what the first wrote.
     */
    private void holdChangesUntilTransactionEnds() {
        changes.lock();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            changes.unlock();
            throw new IllegalStateException("a change of the bank runs in a transaction");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                changes.unlock();
            }
        });
    }
}
