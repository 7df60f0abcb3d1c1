package dev.rehearse.questionbank.internal;

import dev.rehearse.questionbank.BankChange;
import dev.rehearse.questionbank.BankLoadReport;
import dev.rehearse.questionbank.BankProblem;
import dev.rehearse.questionbank.ParsedQuestion;
import dev.rehearse.questionbank.QuestionBankProperties;
import dev.rehearse.questionbank.ReloadPreview;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out what {@link QuestionBankSync#apply(BankLoadReport)} would do with a folder's report, by the same rules,
 * without writing anything: the preview an administrator reads before applying a reload.
 */
@Component
public class ReloadPlanner {

    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final QuestionBankSync sync;
    private final QuestionBankProperties properties;

    ReloadPlanner(QuestionRepository questions, QuestionVersionRepository versions, QuestionBankSync sync,
            QuestionBankProperties properties) {
        this.questions = questions;
        this.versions = versions;
        this.sync = sync;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public ReloadPreview plan(BankLoadReport report) {
        Map<String, Question> known = questions.findAll().stream()
                .collect(Collectors.toMap(Question::getId, Function.identity()));
        List<BankChange> added = new ArrayList<>();
        List<BankChange> changed = new ArrayList<>();
        for (ParsedQuestion parsed : report.questions()) {
            Question question = known.get(parsed.id());
            String title = parsed.metadata().title();
            if (question == null) {
                added.add(new BankChange(parsed.id(), title, parsed.topic(), "new question"));
                continue;
            }
            List<String> what = new ArrayList<>();
            QuestionVersion current = question.getCurrentVersion();
            boolean sameText = current != null && current.getContentHash().equals(parsed.contentHash());
            if (!sameText) {
                boolean earlier = versions.findByQuestionIdAndContentHash(parsed.id(), parsed.contentHash())
                        .isPresent();
                what.add(earlier ? "an earlier text again" : "new text");
                if (!parsed.topic().equals(question.getTopic())) {
                    what.add("moves from " + question.getTopic());
                }
            }
            if (question.getSuggestedSeconds() != parsed.metadata().suggestedSeconds()) {
                what.add("time %d s to %d s".formatted(question.getSuggestedSeconds(),
                        parsed.metadata().suggestedSeconds()));
            }
            if (!question.getTags().equals(String.join(",", parsed.metadata().tags()))) {
                what.add("new tags");
            }
            if (question.isRetired()) {
                what.addFirst("back from retirement");
                added.add(new BankChange(parsed.id(), title, parsed.topic(), String.join(", ", what)));
            } else if (!what.isEmpty()) {
                changed.add(new BankChange(parsed.id(), title, parsed.topic(), String.join(", ", what)));
            }
        }
        List<BankChange> retired = known.values().stream()
                .filter(q -> !q.isRetired() && !report.presentIds().contains(q.getId()))
                .sorted(Comparator.comparing(Question::getTopic).thenComparing(Question::getId))
                .map(q -> new BankChange(q.getId(), q.getCurrentVersion() == null ? "" : q.getCurrentVersion().getTitle(),
                        q.getTopic(), "its file is gone"))
                .toList();
        int active = (int) known.values().stream().filter(q -> !q.isRetired()).count();
        List<String> renamed = renamedTopics(sync.topicNames(), report);

        boolean blocked = MassRetireGuard.refuses(active, retired.size()) && !properties.allowMassRetire();
        String reason = blocked ? ("The folder has files for %d of the %d active questions: applying it would retire "
                + "%d of them, which looks like a wrong or incomplete folder, so it will not be applied. Check "
                + "app.questions.dir; to remove that many questions on purpose, restart once with "
                + "app.questions.allow-mass-retire=true.").formatted(active - retired.size(), active, retired.size())
                : "";
        added.sort(Comparator.comparing(BankChange::topic).thenComparing(BankChange::id));
        changed.sort(Comparator.comparing(BankChange::topic).thenComparing(BankChange::id));
        String fingerprint = fingerprint(report, active, added, changed, retired, renamed);
        return new ReloadPreview(report.folder(), report.summary(), active, added, changed, retired, renamed,
                report.problems(), blocked, reason, fingerprint);
    }

    /** The topics whose display name the folder changes, such as {@code alpha: "Alpha" to "Alpha topics"}. */
    private static List<String> renamedTopics(Map<String, String> before, BankLoadReport report) {
        TreeSet<String> topics = new TreeSet<>();
        report.questions().forEach(q -> topics.add(q.topic()));
        List<String> renamed = new ArrayList<>();
        for (String topic : topics) {
            String was = QuestionFolderLoader.displayName(topic, before);
            String will = QuestionFolderLoader.displayName(topic, report.topicNames());
            if (!was.equals(will)) {
                renamed.add("%s: \"%s\" to \"%s\"".formatted(topic, was, will));
            }
        }
        return renamed;
    }

    /**
     * Everything that decides what an apply does: each loaded question's id, topic, text hash, time and tags, the
     * ids present, the problems, the topic names, and the changes worked out against the bank.
     */
    private static String fingerprint(BankLoadReport report, int active, List<BankChange> added,
            List<BankChange> changed, List<BankChange> retired, List<String> renamed) {
        StringBuilder text = new StringBuilder(report.folder()).append('\n');
        report.questions().stream().sorted(Comparator.comparing(ParsedQuestion::id)).forEach(q -> text
                .append(q.id()).append(' ').append(q.topic()).append(' ').append(q.contentHash()).append(' ')
                .append(q.metadata().suggestedSeconds()).append(' ').append(q.metadata().tags()).append('\n'));
        new TreeSet<>(report.presentIds()).forEach(id -> text.append("present ").append(id).append('\n'));
        report.problems().stream().map(BankProblem::toString).sorted().forEach(p -> text.append(p).append('\n'));
        new TreeMap<>(report.topicNames()).forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        text.append(active).append('\n');
        for (List<?> part : List.of(added, changed, retired, renamed)) {
            part.forEach(c -> text.append(c).append('\n'));
            text.append("--\n");
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
