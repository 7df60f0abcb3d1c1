package dev.rehearse.scheduling.internal;

import dev.rehearse.scheduling.MemoryCard;
import dev.rehearse.scheduling.RatedReview;
import dev.rehearse.scheduling.fsrs.Fsrs;
import dev.rehearse.scheduling.fsrs.MemoryState;
import dev.rehearse.scheduling.fsrs.Rating;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A question's memory card, computed from every rated answer to it in the order they were given, so that changing
 * a past rating gives the same card as rating it so in the first place. Elapsed time is counted in whole days
 * (UTC calendar days, as FSRS counts them); the card is due its interval after the last review.
 */
public final class CardReplay {

    private CardReplay() {
    }

    public static Optional<MemoryCard> replay(String questionId, List<RatedReview> reviews, Fsrs fsrs) {
        List<RatedReview> ordered = reviews.stream().sorted(Comparator.comparing(RatedReview::at)).toList();
        MemoryState state = null;
        Instant last = null;
        for (RatedReview r : ordered) {
            int elapsed = last == null ? 0 : (int) ChronoUnit.DAYS.between(
                    last.atOffset(ZoneOffset.UTC).toLocalDate(), r.at().atOffset(ZoneOffset.UTC).toLocalDate());
            state = fsrs.next(state, elapsed, Rating.ofGrade(r.grade()));
            last = r.at();
        }
        if (state == null) {
            return Optional.empty();
        }
        Instant due = last.plus(Duration.ofDays(fsrs.intervalDays(state.stability())));
        return Optional.of(new MemoryCard(questionId, state.stability(), state.difficulty(), ordered.size(), last,
                due));
    }
}
