package dev.rehearse.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SelfRatingTest {

    @Test
    void theSuggestionFollowsTheShareOfPointsMade() {
        assertThat(SelfRating.suggested(5, 5, false)).isEqualTo(SelfRating.EASY);
        assertThat(SelfRating.suggested(4, 5, false)).isEqualTo(SelfRating.GOOD);
        assertThat(SelfRating.suggested(2, 5, false)).isEqualTo(SelfRating.HARD);
        assertThat(SelfRating.suggested(1, 5, false)).isEqualTo(SelfRating.AGAIN);
        assertThat(SelfRating.suggested(0, 0, false)).isEqualTo(SelfRating.AGAIN);
    }

    @Test
    void theGradesAreFsrsOnes() {
        assertThat(SelfRating.AGAIN.grade()).isEqualTo(1);
        assertThat(SelfRating.EASY.grade()).isEqualTo(4);
    }

    @Test
    void runningOutOfTimeTakesOneStepOff() {
        assertThat(SelfRating.suggested(5, 5, true)).isEqualTo(SelfRating.GOOD);
        assertThat(SelfRating.suggested(1, 5, true)).isEqualTo(SelfRating.AGAIN);
    }

    @Test
    void theSuggestionIsSaidInWords() {
        assertThat(SelfRating.suggestion(2, 5, false)).isEqualTo("You covered 2 of 5 points: Hard?");
        assertThat(SelfRating.suggestion(1, 1, true)).isEqualTo("You ran out of time and covered 1 of 1 point: Good?");
    }
}
