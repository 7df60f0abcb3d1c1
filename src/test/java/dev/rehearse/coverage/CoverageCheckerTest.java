package dev.rehearse.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.questionbank.KeyPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The app's checker on answers a person would judge at a glance. */
class CoverageCheckerTest {

    static final String QUESTION = "When does a FastAPI background task run?";
    static final List<KeyPoint> POINTS = List.of(
            new KeyPoint("Background tasks run after the response has been sent to the client",
                    List.of("after the response", "once the response")),
            new KeyPoint("They run in the same process, so a crash or restart loses them",
                    List.of("same process", "lost on restart")),
            new KeyPoint("Sync task functions run in the thread pool, async ones on the event loop",
                    List.of("thread pool", "threadpool")));

    private final CoverageChecker checker = CoverageChecker.standard();

    @Test
    void anAnswerThatMakesThePointsInItsOwnWordsCoversThem() {
        Coverage c = checker.check(QUESTION, POINTS,
                "The task starts once the response has gone back to the client. It lives in the same process as "
                        + "the app, so if the worker crashes the task is gone. A def task goes to the thread pool.");

        assertThat(c.points()).extracting(PointCoverage::covered).containsExactly(true, true, true);
        assertThat(c.made()).isEqualTo(3);
        assertThat(c.total()).isEqualTo(3);
    }

    @Test
    void anAnswerThatDeniesThePointsDoesNotCoverThem() {
        Coverage c = checker.check(QUESTION, POINTS,
                "Background tasks do not run after the response, they run before it is sent. They are not in the "
                        + "same process either.");

        assertThat(c.points().get(0).covered()).isFalse();
        assertThat(c.points().get(1).covered()).isFalse();
    }

    @Test
    void repeatingTheQuestionCoversNothing() {
        Coverage c = checker.check(QUESTION, POINTS, "When does a FastAPI background task run? Good question.");

        assertThat(c.made()).isZero();
    }

    @Test
    void anEmptyAnswerCoversNothingWithAScoreOfZero() {
        assertThat(checker.check(QUESTION, POINTS, "  ").points())
                .allSatisfy(p -> assertThat(p).isEqualTo(new PointCoverage(false, 0, List.of())));
    }

    @Test
    void theHighlightsAreTheWordsThatMadeEachPoint() {
        String answer = "It runs <b>after the response</b> is sent to the client, so nobody waits for it.";
        Coverage c = checker.check(QUESTION, POINTS, answer);

        assertThat(c.points().get(0).covered()).isTrue();
        assertThat(c.points().get(0).highlights()).extracting(h -> answer.substring(h.start(), h.end()))
                .containsExactly("after the response");
        assertThat(c.points().subList(1, 3)).allSatisfy(p -> {
            assertThat(p.covered()).isFalse();
            assertThat(p.highlights()).isEmpty();
        });
        assertThat(c.highlights()).isEqualTo(c.points().get(0).highlights());
    }

    @Test
    void scoresLieBetweenZeroAndOne() {
        assertThat(checker.check(QUESTION, POINTS, "background tasks, the response, a pool of threads").points())
                .allSatisfy(p -> assertThat(p.score()).isBetween(0.0, 1.0));
    }
}
