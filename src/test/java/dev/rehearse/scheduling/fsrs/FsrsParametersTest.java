package dev.rehearse.scheduling.fsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 21 weights and the desired retention, checked when built. */
class FsrsParametersTest {

    @Test
    void theDefaultsAreTheFsrs6WeightsAtNinetyPercent() {
        FsrsParameters defaults = FsrsParameters.defaults();

        // fsrs-rs src/inference.rs DEFAULT_PARAMETERS, py-fsrs fsrs/scheduler.py DEFAULT_PARAMETERS
        assertThat(defaults.weights()).containsExactly(0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,
                1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658,
                0.1542);
        assertThat(defaults.desiredRetention()).isEqualTo(0.9);
    }

    @Test
    void withDesiredRetentionKeepsTheWeights() {
        FsrsParameters changed = FsrsParameters.defaults().withDesiredRetention(0.85);

        assertThat(changed.desiredRetention()).isEqualTo(0.85);
        assertThat(changed.weights()).isEqualTo(FsrsParameters.DEFAULT_WEIGHTS);
    }

    @Test
    void theRetentionBoundsAreAllowed() {
        assertThat(FsrsParameters.defaults().withDesiredRetention(0.70).desiredRetention()).isEqualTo(0.70);
        assertThat(FsrsParameters.defaults().withDesiredRetention(0.97).desiredRetention()).isEqualTo(0.97);
    }

    @Test
    void aRetentionOfOneHalfIsRejectedByThePublicFactory() {
        assertThatThrownBy(() -> FsrsParameters.defaults().withDesiredRetention(0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("desired retention must be between 0.7 and 0.97 inclusive, but was 0.5");
        assertThatThrownBy(() -> new FsrsParameters(FsrsParameters.DEFAULT_WEIGHTS, 0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("desired retention must be between 0.7 and 0.97 inclusive, but was 0.5");
    }

    @Test
    void retentionsJustOutsideTheRangeOrNotANumberAreRejected() {
        for (double retention : new double[] {0.6999, 0.9701, 1.0, Double.NaN}) {
            assertThatThrownBy(() -> FsrsParameters.defaults().withDesiredRetention(retention))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("desired retention must be between 0.7 and 0.97 inclusive");
        }
    }

    @Test
    void twentyWeightsAreRejected() {
        List<Double> twenty = FsrsParameters.DEFAULT_WEIGHTS.subList(0, 20);

        assertThatThrownBy(() -> new FsrsParameters(twenty, 0.9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FSRS-6 needs exactly 21 weights, but got 20");
    }

    @Test
    void twentyTwoWeightsAreRejected() {
        List<Double> twentyTwo = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        twentyTwo.add(1.0);

        assertThatThrownBy(() -> new FsrsParameters(twentyTwo, 0.9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("FSRS-6 needs exactly 21 weights, but got 22");
    }

    @Test
    void aWeightThatIsNotANumberIsRejected() {
        List<Double> weights = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        weights.set(3, Double.NaN);

        assertThatThrownBy(() -> new FsrsParameters(weights, 0.9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weight w[3] must be a finite number, but was NaN");
    }

    @Test
    void aMissingWeightIsRejected() {
        List<Double> weights = new ArrayList<>(FsrsParameters.DEFAULT_WEIGHTS);
        weights.set(20, null);

        assertThatThrownBy(() -> new FsrsParameters(weights, 0.9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weight w[20] must be a finite number, but was null");
    }

    @Test
    void noWeightListIsRejected() {
        assertThatThrownBy(() -> new FsrsParameters(null, 0.9))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("weights must not be null");
    }

    @Test
    void theWeightsAreCopiedAndCannotBeChanged() {
        Double[] source = FsrsParameters.DEFAULT_WEIGHTS.toArray(Double[]::new);
        List<Double> backed = Arrays.asList(source);
        FsrsParameters parameters = new FsrsParameters(backed, 0.9);

        source[0] = 99.0;

        assertThat(parameters.weights().get(0)).isEqualTo(0.212);
        assertThatThrownBy(() -> parameters.weights().set(0, 1.0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
