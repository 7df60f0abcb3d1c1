package dev.rehearse.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rehearse.scheduling.MemoryCard;
import dev.rehearse.scheduling.RatedReview;
import dev.rehearse.scheduling.fsrs.Fsrs;
import dev.rehearse.scheduling.fsrs.FsrsParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A card is the fold of its ratings in the order the answers were given, counted in whole days. */
class CardReplayTest {

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    final Fsrs fsrs = new Fsrs(FsrsParameters.defaults());

    /**
     * fsrs-rs src/inference.rs test_memory_state (and py-fsrs tests/test_basic.py test_memo_state): ratings Again,
     * Good, Good, Good, Good, Good with 0, 0, 1, 3, 8 and 21 days between reviews end at stability 53.62691 and
     * difficulty 6.3574867.
     */
    static List<RatedReview> referenceReviews() {
        int[] gaps = {0, 0, 1, 3, 8, 21};
        int[] grades = {1, 3, 3, 3, 3, 3};
        List<RatedReview> reviews = new ArrayList<>();
        Instant at = START;
        for (int i = 0; i < gaps.length; i++) {
            at = at.plus(Duration.ofDays(gaps[i])).plusSeconds(60);
            reviews.add(new RatedReview(at, grades[i]));
        }
        return reviews;
    }

    @Test
    void replayingTheReferenceReviewsGivesTheReferenceState() {
        MemoryCard card = CardReplay.replay("q", referenceReviews(), fsrs).orElseThrow();

        assertThat(card.stability()).isCloseTo(53.62691, within(1e-4));
        assertThat(card.difficulty()).isCloseTo(6.3574867, within(1e-4));
        assertThat(card.reviews()).isEqualTo(6);
        assertThat(card.lastReview()).isEqualTo(referenceReviews().getLast().at());
        assertThat(card.due()).isEqualTo(card.lastReview().plus(Duration.ofDays(fsrs.intervalDays(card.stability()))));
    }

    @Test
    void theOrderTheRatingsArriveInDoesNotMatterOnlyWhenTheAnswersWereGiven() {
        List<RatedReview> shuffled = new ArrayList<>(referenceReviews());
        Collections.reverse(shuffled);

        assertThat(CardReplay.replay("q", shuffled, fsrs)).isEqualTo(CardReplay.replay("q", referenceReviews(), fsrs));
    }

    @Test
    void aGoodFirstAnswerIsDueAgainInAFewDaysAndAnAgainOneTomorrow() {
        MemoryCard good = CardReplay.replay("q", List.of(new RatedReview(START, 3)), fsrs).orElseThrow();
        MemoryCard again = CardReplay.replay("q", List.of(new RatedReview(START, 1)), fsrs).orElseThrow();

        assertThat(good.due()).isEqualTo(START.plus(Duration.ofDays(fsrs.intervalDays(2.3065))));
        assertThat(Duration.between(START, good.due()).toDays()).isGreaterThan(1);
        assertThat(again.due()).isEqualTo(START.plus(Duration.ofDays(1)));
    }

    @Test
    void noRatingNoCard() {
        assertThat(CardReplay.replay("q", List.of(), fsrs)).isEmpty();
    }
}
