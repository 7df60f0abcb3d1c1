package dev.rehearse.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    @Test
    void aRatedQuestionCountsItsRecallAnUnratedOneItsLatestCoverageAndANeverAnsweredOneZero() {
        double readiness = Readiness.of(List.of("rated", "answered", "never", "both"),
                Map.of("rated", 0.9, "both", 0.5), Map.of("answered", 0.6, "both", 1.0));

        assertThat(readiness).isCloseTo((0.9 + 0.6 + 0 + 0.5) / 4, within(1e-9));
    }

    @Test
    void aTopicWithNoQuestionIsNotReadyAndOneKnownPerfectlyIsFullyReady() {
        assertThat(Readiness.of(List.of(), Map.of(), Map.of())).isZero();
        assertThat(Readiness.of(List.of("a", "b"), Map.of("a", 1.0), Map.of("b", 1.0))).isEqualTo(1.0);
    }
}
