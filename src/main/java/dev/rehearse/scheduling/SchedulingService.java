package dev.rehearse.scheduling;

import dev.rehearse.scheduling.fsrs.Fsrs;
import dev.rehearse.scheduling.fsrs.FsrsParameters;
import dev.rehearse.scheduling.internal.CardReplay;
import dev.rehearse.scheduling.internal.LatestCoverageStore;
import dev.rehearse.scheduling.internal.MemoryCardStore;
import dev.rehearse.security.AccountService;
import dev.rehearse.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spaced repetition for the signed-in person: each question they rated has an FSRS-6 memory card (default weights,
 * the person's desired retention, 90% unless they chose otherwise), replayed from all their ratings of it whenever
 * one changes, and is due again when its recall is expected to fall to that retention. A changed retention applies
 * to cards from their next rating on.
 *
 * <p>A question is <em>weak</em> when the person rated it and its memory is unstable (it would come back within a few
 * days), or when they never rated it and their latest answer made less than half of its key points. A question they
 * rated is judged by their ratings alone: they saw the model answer, and know better than the checker.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class SchedulingService {

    /** Stability below which a card counts as weak: it would come back within a few days. */
    static final double WEAK_STABILITY_DAYS = 4;

    /** The weight of a question never asked, and of one due or weak. */
    public static final double PREFERRED = 3;
    /** The weight of a question asked but never rated. */
    public static final double ASKED = 2;
    /** The weight of a question the person knows well. */
    public static final double KNOWN = 1;

    private final MemoryCardStore cards;
    private final LatestCoverageStore coverage;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccountService accounts;

    SchedulingService(MemoryCardStore cards, LatestCoverageStore coverage, CurrentUser currentUser, Clock clock,
            AccountService accounts) {
        this.cards = cards;
        this.coverage = coverage;
        this.currentUser = currentUser;
        this.clock = clock;
        this.accounts = accounts;
    }

    /**
     * Recomputes the card of {@code questionId} from every rated answer the person gave to it (empty: no card).
     */
    public Optional<MemoryCard> reschedule(String questionId, List<RatedReview> ratedAnswers) {
        long owner = currentUser.requireId();
        Fsrs fsrs = new Fsrs(FsrsParameters.defaults()
                .withDesiredRetention(accounts.settings().desiredRetentionPercent() / 100.0));
        Optional<MemoryCard> card = CardReplay.replay(questionId, ratedAnswers, fsrs);
        card.ifPresentOrElse(c -> cards.save(owner, c), () -> cards.delete(owner, questionId));
        return card;
    }

    @Transactional(readOnly = true)
    public Optional<MemoryCard> card(String questionId) {
        return cards.find(currentUser.requireId(), questionId);
    }

    /** When the person's question comes back for review; empty when they never rated it. */
    @Transactional(readOnly = true)
    public Optional<NextReview> nextReview(String questionId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return card(questionId).map(c -> new NextReview(c.due(), (int) Math.max(0,
                java.time.temporal.ChronoUnit.DAYS.between(today, c.due().atZone(ZoneOffset.UTC).toLocalDate()))));
    }

    /** How many of the person's questions are due by the end of today (UTC). */
    @Transactional(readOnly = true)
    public int dueToday() {
        return cards.countDueBy(currentUser.requireId(), endOfToday());
    }

    /** The person's questions due by the end of today, most overdue first. */
    @Transactional(readOnly = true)
    public List<MemoryCard> dueTodayList(int limit) {
        return cards.dueBy(currentUser.requireId(), endOfToday(), limit);
    }

    /**
     * The questions a review interview should ask, best first: those due by the end of today (most overdue first),
     * then the weak ones: rated ones of unstable memory (lowest stability first), then unrated ones whose latest
     * answer made least of their key points. Questions never asked are not here: they come next, as unseen.
     */
    @Transactional(readOnly = true)
    public List<String> reviewOrder(int limit) {
        long owner = currentUser.requireId();
        List<String> order = new java.util.ArrayList<>();
        cards.dueBy(owner, endOfToday(), limit).forEach(c -> order.add(c.questionId()));
        cards.notDueByWeakestFirst(owner, endOfToday(), limit).stream()
                .filter(c -> c.stability() < WEAK_STABILITY_DAYS)
                .forEach(c -> order.add(c.questionId()));
        order.addAll(coverage.lowAndUnrated(owner, limit));
        return order.stream().limit(limit).toList();
    }

    /**
     * How strongly a normal interview should prefer each question the person answered, where it differs from one
     * asked but not rated: due or weak questions weigh {@value #PREFERRED}, questions they know well (rated, not
     * due, stable) {@value #KNOWN}. Questions not here were never rated, or their latest answer was fine.
     */
    @Transactional(readOnly = true)
    public Map<String, Double> drawWeights() {
        long owner = currentUser.requireId();
        Instant until = endOfToday();
        Map<String, Double> weights = new java.util.HashMap<>();
        for (MemoryCard c : cards.all(owner)) {
            boolean preferred = !c.due().isAfter(until) || c.stability() < WEAK_STABILITY_DAYS;
            weights.put(c.questionId(), preferred ? PREFERRED : KNOWN);
        }
        coverage.lowAndUnrated(owner, Integer.MAX_VALUE).forEach(id -> weights.put(id, PREFERRED));
        return weights;
    }

    /**
     * How likely the person is to recall each question they rated, now (FSRS-6's forgetting curve over the days
     * since the last rating and the card's stability), by question.
     */
    @Transactional(readOnly = true)
    public Map<String, Double> recallNow() {
        Fsrs fsrs = new Fsrs(FsrsParameters.defaults());
        Instant now = clock.instant();
        Map<String, Double> recall = new java.util.HashMap<>();
        for (MemoryCard c : cards.all(currentUser.requireId())) {
            double days = Math.max(0, java.time.Duration.between(c.lastReview(), now).toSeconds() / 86_400.0);
            recall.put(c.questionId(), fsrs.retrievability(days, c.stability()));
        }
        return recall;
    }

    /** The share of its key points the person's latest answer to each question made, by question. */
    @Transactional(readOnly = true)
    public Map<String, Double> latestCoverage() {
        return coverage.shares(currentUser.requireId());
    }

    private Instant endOfToday() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
