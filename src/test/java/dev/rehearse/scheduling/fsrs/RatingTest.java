package dev.rehearse.scheduling.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The four answer buttons and their FSRS grades 1..4. */
class RatingTest {

    @Test
    void theGradesRunFromOneForAgainToFourForEasy() {
        assertThat(Rating.values()).extracting(Rating::grade).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aGradeGivesBackItsRating() {
        for (Rating rating : Rating.values()) {
            assertThat(Rating.ofGrade(rating.grade())).isSameAs(rating);
        }
    }

    @Test
    void gradeZeroIsRejectedWithTheValidGrades() {
        assertThatThrownBy(() -> Rating.ofGrade(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A rating grade must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), but was 0");
    }

    @Test
    void gradeFiveIsRejectedWithTheValidGrades() {
        assertThatThrownBy(() -> Rating.ofGrade(5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A rating grade must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), but was 5");
    }
}
