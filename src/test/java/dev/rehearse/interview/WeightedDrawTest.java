package dev.rehearse.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.questionbank.QuestionBankService;
import dev.rehearse.review.AssessmentService;
import dev.rehearse.review.SelfRating;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.TestUsers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A normal interview still draws at random and without repeats, but prefers what the person does not know well. */
@IntegrationTest
class WeightedDrawTest {

    @Autowired
    InterviewService interviews;
    @Autowired
    AssessmentService assessments;
    @Autowired
    QuestionBankService bank;
    @Autowired
    TestUsers users;

    @Test
    void aHeavilyWeightedQuestionIsDrawnFirstAndNoneTwice() {
        String someone = users.register("weights");
        List<Long> heavy = users.as(someone, () -> {
            List<Long> drawn = bank.draw(Set.of(), Set.of(), 7).stream().map(d -> d.versionId()).toList();
            String favourite = bank.text(drawn.get(3)).questionId();
            for (int i = 0; i < 20; i++) {
                List<Long> two = bank.draw(Set.of(), Set.of(), 2, id -> id.equals(favourite) ? 1e9 : 1).stream()
                        .map(d -> d.versionId()).toList();
                assertThat(two).doesNotHaveDuplicates();
                assertThat(bank.text(two.getFirst()).questionId()).isEqualTo(favourite);
            }
            return drawn;
        });
        assertThat(heavy).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void questionsKnownWellComeUpLessOftenThanTheOthers() {
        String user = users.register("preferring");
        List<String> known = users.as(user, () -> {
            UUID id = interviews.start(new InterviewSetup(4, 60, Set.of(), Set.of())).id();
            List<String> asked = new ArrayList<>();
            InterviewState s = interviews.current(id);
            while (!s.finished()) {
                asked.add(s.onScreen().question().questionId());
                s = interviews.next(id, s.onScreen().itemId(), "a good answer", s.onScreen().revision());
            }
            for (int i = 1; i <= 4; i++) {
                assessments.rate(id, i, SelfRating.EASY);
            }
            return asked;
        });

        Map<String, Integer> times = new HashMap<>();
        users.as(user, () -> {
            for (int i = 0; i < 300; i++) {
                UUID id = interviews.start(new InterviewSetup(1, 60, Set.of(), Set.of())).id();
                times.merge(interviews.current(id).onScreen().question().questionId(), 1, Integer::sum);
            }
        });

        double knownAverage = known.stream().mapToInt(q -> times.getOrDefault(q, 0)).average().orElseThrow();
        double othersAverage = times.entrySet().stream().filter(e -> !known.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).average().orElseThrow();
        // Weights 2 (asked, not rated) against 1 (known well): about twice as often; 1.3 leaves room for chance.
        assertThat(othersAverage).as("draws of each other question, against %s for each known one", knownAverage)
                .isGreaterThan(1.3 * knownAverage);
        assertThat(times.keySet()).as("known questions still come up").containsAll(known);
    }
}
