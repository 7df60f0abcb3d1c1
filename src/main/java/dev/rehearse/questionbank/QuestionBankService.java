package dev.rehearse.questionbank;

import dev.rehearse.questionbank.internal.Question;
import dev.rehearse.questionbank.internal.QuestionBankSync;
import dev.rehearse.questionbank.internal.QuestionFolderLoader;
import dev.rehearse.questionbank.internal.QuestionRepository;
import dev.rehearse.questionbank.internal.QuestionVersion;
import dev.rehearse.questionbank.internal.QuestionVersionRepository;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the rest of the app asks of the question bank: topics, matching counts, random draws, question texts. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class QuestionBankService {

    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final QuestionBankSync sync;
    private final RandomGenerator random;
    private final Map<Long, QuestionText> texts = new ConcurrentHashMap<>();

    QuestionBankService(QuestionRepository questions, QuestionVersionRepository versions, QuestionBankSync sync,
            RandomGenerator random) {
        this.questions = questions;
        this.versions = versions;
        this.sync = sync;
        this.random = random;
    }

    /** The topics that have active questions, with their display names, in name order. */
    public List<Topic> topics() {
        return questions.countActiveByTopic().stream()
                .map(row -> new Topic((String) row[0],
                        QuestionFolderLoader.displayName((String) row[0], sync.topicNames()), (Long) row[1]))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
    }

    /** How many active questions match the filters; an empty set means "any". */
    public int countMatching(Set<String> topics, Set<Difficulty> difficulties) {
        return drawableVersionIds(topics, difficulties).size();
    }

    /**
     * Picks up to {@code count} distinct active questions at random among those matching the filters (an empty set
     * means "any"). Fewer come back when fewer match.
     */
    public List<DrawnQuestion> draw(Set<String> topics, Set<Difficulty> difficulties, int count) {
        return draw(topics, difficulties, count, questionId -> 1.0);
    }

    /**
     * As {@link #draw(Set, Set, int)}, but a question of weight 3 is about three times as likely to be picked as one
     * of weight 1 (weighted sampling without replacement, Efraimidis and Spirakis: each candidate draws the key
     * u^(1/weight) and the largest keys win). Every weight must be positive.
     */
    public List<DrawnQuestion> draw(Set<String> topics, Set<Difficulty> difficulties, int count,
            java.util.function.ToDoubleFunction<String> weightOfQuestion) {
        List<QuestionVersion> candidates = new ArrayList<>(versions.findAllById(drawableVersionIds(topics, difficulties)));
        candidates.sort(java.util.Comparator.comparingLong(QuestionVersion::getId)); // a seeded draw repeats
        record Keyed(QuestionVersion version, double key) {
        }
        List<Keyed> keyed = new ArrayList<>(candidates.size());
        for (QuestionVersion v : candidates) {
            double weight = weightOfQuestion.applyAsDouble(v.getQuestionId());
            if (!(weight > 0)) {
                throw new IllegalArgumentException("a draw weight must be positive, not " + weight);
            }
            keyed.add(new Keyed(v, Math.pow(random.nextDouble(), 1 / weight)));
        }
        keyed.sort(java.util.Comparator.comparingDouble(Keyed::key).reversed());
        List<DrawnQuestion> drawn = new ArrayList<>();
        for (Keyed k : keyed.subList(0, Math.min(count, keyed.size()))) {
            int suggested = questions.findById(k.version().getQuestionId()).orElseThrow().getSuggestedSeconds();
            drawn.add(new DrawnQuestion(k.version().getId(), k.version().getDifficulty(), suggested));
        }
        return drawn;
    }

    /**
     * Picks up to {@code count} distinct active questions for a review: first those of {@code first}, in that order
     * (retired ones skipped), then at random among those not in {@code avoid}, then at random among the rest.
     */
    public List<DrawnQuestion> drawInOrder(List<String> first, Set<String> avoid, int count) {
        List<Question> active = questions.findByRetiredFalse();
        Map<String, Question> byId = new java.util.HashMap<>();
        active.forEach(q -> byId.put(q.getId(), q));
        List<Question> picked = new ArrayList<>();
        first.stream().distinct().map(byId::get).filter(java.util.Objects::nonNull).limit(count).forEach(picked::add);
        List<Question> fresh = new ArrayList<>();
        List<Question> rest = new ArrayList<>();
        for (Question q : active) {
            if (!picked.contains(q)) {
                (avoid.contains(q.getId()) ? rest : fresh).add(q);
            }
        }
        shuffle(fresh);
        shuffle(rest);
        for (Question q : concat(fresh, rest)) {
            if (picked.size() >= count) {
                break;
            }
            picked.add(q);
        }
        return picked.stream().map(q -> {
            QuestionVersion v = q.getCurrentVersion();
            return new DrawnQuestion(v.getId(), v.getDifficulty(), q.getSuggestedSeconds());
        }).toList();
    }

    /**
     * One question to ask again, exactly that one: its current version, or nothing when the bank never had it or has
     * retired it.
     */
    public Optional<DrawnQuestion> drawExactly(String questionId) {
        return questions.findById(questionId == null ? "" : questionId).filter(q -> !q.isRetired()).map(q -> {
            QuestionVersion v = q.getCurrentVersion();
            return new DrawnQuestion(v.getId(), v.getDifficulty(), q.getSuggestedSeconds());
        });
    }

    /** The ids of the active questions of each topic, by topic. */
    public Map<String, List<String>> activeQuestionsByTopic() {
        Map<String, List<String>> byTopic = new java.util.TreeMap<>();
        for (Question q : questions.findByRetiredFalse()) {
            byTopic.computeIfAbsent(q.getTopic(), t -> new ArrayList<>()).add(q.getId());
        }
        return byTopic;
    }

    /** The current text of a question, retired or not; nothing for an id the bank never had. */
    public Optional<QuestionText> current(String questionId) {
        return questions.findById(questionId == null ? "" : questionId)
                .map(q -> text(q.getCurrentVersion().getId()));
    }

    private void shuffle(List<?> list) {
        java.util.Collections.shuffle(list, java.util.Random.from(random));
    }

    private static List<Question> concat(List<Question> a, List<Question> b) {
        List<Question> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * The text of one question version, as it was when it was given. Versions never change once written, so they
     * are kept in memory after the first read: the history and every running page ask for the same few.
     */
    public QuestionText text(long versionId) {
        return texts.computeIfAbsent(versionId, id -> toText(versions.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("no question version " + id))));
    }

    private List<Long> drawableVersionIds(Set<String> topics, Set<Difficulty> difficulties) {
        Collection<String> t = topics == null || topics.isEmpty() ? List.of("") : topics;
        Collection<Difficulty> d = difficulties == null || difficulties.isEmpty()
                ? Arrays.asList(Difficulty.values()) : difficulties;
        return questions.findDrawableVersionIds(topics == null || topics.isEmpty(), t,
                difficulties == null || difficulties.isEmpty(), d);
    }

    private QuestionText toText(QuestionVersion v) {
        List<KeyPoint> points = v.getKeyPoints().stream()
                .map(p -> new KeyPoint(p.text(), List.of(p.matchPhrases().split("\n"))))
                .toList();
        return new QuestionText(v.getId(), v.getQuestionId(), v.getTitle(),
                new TopicName(v.getTopic(), QuestionFolderLoader.displayName(v.getTopic(), sync.topicNames())),
                v.getDifficulty(), new QuestionContent(v.getPrompt(), v.getModelAnswer(), points), v.getKind(),
                v.getProvenance());
    }
}
