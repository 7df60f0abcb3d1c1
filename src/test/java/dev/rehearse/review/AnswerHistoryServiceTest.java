package dev.rehearse.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.interview.InterviewException;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewSetup;
import dev.rehearse.interview.InterviewState;
import dev.rehearse.questionbank.Difficulty;
import dev.rehearse.review.AnswerFilter.CoverageFilter;
import dev.rehearse.review.AnswerFilter.RatingFilter;
import dev.rehearse.support.GeneratedAnswers;
import dev.rehearse.support.GeneratedAnswers.Answer;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.TestUsers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The history's answer search over 2,000 generated answers of one person (and 300 of another, which never show):
 * every filter alone and combined returns exactly the answers written that pass it, newest first, page by page.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswerHistoryServiceTest {

    static final Instant NEWEST = Instant.parse("2026-11-30T12:00:00Z");

    @Autowired
    AnswerHistoryService history;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InterviewService interviews;
    @Autowired
    AssessmentService assessments;

    String person;
    List<Answer> written;

    @BeforeAll
    void writeAnswers() {
        person = users.register("searcher");
        String other = users.register("bystander");
        written = GeneratedAnswers.write(jdbc, idOf(person), 2_000, NEWEST, 7);
        GeneratedAnswers.write(jdbc, idOf(other), 300, NEWEST, 8);
    }

    private long idOf(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    /** Every answer the filter lets through, read a page of {@code pageSize} at a time. */
    private List<String> all(AnswerFilter filter, int pageSize) {
        return users.as(person, () -> {
            List<String> keys = new ArrayList<>();
            for (int offset = 0; ; offset += pageSize) {
                List<AnswerRow> page = history.answers(filter, offset, pageSize);
                page.forEach(r -> keys.add(r.interviewId() + "/" + r.position()));
                if (page.size() < pageSize) {
                    return keys;
                }
            }
        });
    }

    private List<String> expected(Predicate<Answer> passes) {
        return written.stream().filter(passes).map(a -> a.interviewId() + "/" + a.position()).toList();
    }

    @Test
    void withoutFiltersEveryAnswerOfThePersonComesNewestFirstPageByPage() {
        assertThat(all(AnswerFilter.ANY, 50)).hasSize(2_000).isEqualTo(expected(a -> true));
        List<AnswerRow> first = users.as(person, () -> history.answers(AnswerFilter.ANY, 0, 3));
        assertThat(first).extracting(AnswerRow::answeredAt).containsExactly(NEWEST, NEWEST.minusSeconds(3600),
                NEWEST.minusSeconds(7200));
        assertThat(first.getFirst().excerpt()).startsWith("answer 0 ");
    }

    @Test
    void searchFindsWordsInTheAnswersAndInQuestionTitlesWithoutRegardToCaseAndMissesWhatIsNotThere() {
        assertThat(all(filter("LIFESPAN"), 100)).isEqualTo(expected(a -> a.text().contains("lifespan")))
                .isNotEmpty();
        assertThat(all(filter("question a-two"), 100))
                .isEqualTo(expected(a -> a.title().toLowerCase().contains("question a-two"))).isNotEmpty();
        assertThat(all(filter("answer 1234 "), 100)).isEqualTo(expected(a -> a.text().startsWith("answer 1234 ")))
                .hasSize(1);
        assertThat(all(filter("kubernetes"), 100)).isEmpty();
        assertThat(all(filter("100%"), 100)).as("% is a character, not a wildcard").isEmpty();
        assertThat(all(filter("answer_1"), 100)).as("_ is a character, not a wildcard").isEmpty();
    }

    @Test
    void eachFilterAloneAndAllTogetherLetThroughExactlyTheAnswersThatPass() {
        Instant from = NEWEST.minusSeconds(3600L * 500);
        Instant until = NEWEST.minusSeconds(3600L * 100);
        assertThat(all(new AnswerFilter("", Set.of("alpha"), Set.of(), null, null, null, null, false), 100))
                .isEqualTo(expected(a -> a.topic().equals("alpha"))).isNotEmpty();
        assertThat(all(new AnswerFilter("", Set.of(), Set.of(Difficulty.EASY), null, null, null, null, false), 100))
                .isEqualTo(expected(a -> a.difficulty().equals("EASY"))).isNotEmpty();
        assertThat(all(new AnswerFilter("", Set.of(), Set.of(), from, until, null, null, false), 100))
                .hasSize(400)
                .isEqualTo(expected(a -> !a.closedAt().isBefore(from) && a.closedAt().isBefore(until)));
        assertThat(all(new AnswerFilter("", Set.of(), Set.of(), null, null, RatingFilter.AGAIN, null, false), 100))
                .isEqualTo(expected(a -> "AGAIN".equals(a.rating()))).isNotEmpty();
        assertThat(all(new AnswerFilter("", Set.of(), Set.of(), null, null, RatingFilter.NOT_RATED, null, false),
                100)).isEqualTo(expected(a -> a.rating() == null)).isNotEmpty();
        assertThat(all(new AnswerFilter("", Set.of(), Set.of(), null, null, null, CoverageFilter.UNDER_HALF, false),
                100)).isEqualTo(expected(a -> a.made() * 2 < a.total())).isNotEmpty();
        assertThat(all(new AnswerFilter("", Set.of(), Set.of(), null, null, null, CoverageFilter.ALL, false), 100))
                .isEqualTo(expected(a -> a.made() == a.total())).isNotEmpty();
        assertThat(all(new AnswerFilter("", Set.of(), Set.of(), null, null, null, null, true), 100))
                .isEqualTo(expected(Answer::timedOut)).isNotEmpty();

        AnswerFilter combined = new AnswerFilter("cache", Set.of("alpha", "beta"), Set.of(Difficulty.EASY), from,
                null, RatingFilter.NOT_RATED, CoverageFilter.HALF_OR_MORE, true);
        assertThat(all(combined, 7)).isEqualTo(expected(a -> a.text().contains("cache")
                && Set.of("alpha", "beta").contains(a.topic()) && a.difficulty().equals("EASY")
                && !a.closedAt().isBefore(from) && a.rating() == null && a.made() * 2 >= a.total() && a.timedOut()))
                .isNotEmpty();
    }

    @Test
    void aCorrectedTickMovesTheAnswerBetweenCoverageFilters() {
        users.as(users.register("corrector"), () -> {
            UUID id = interviews.start(new InterviewSetup(1, 60, Set.of(), Set.of())).id();
            InterviewState s = interviews.current(id);
            interviews.next(id, s.onScreen().itemId(), "nothing to do with it", s.onScreen().revision());
            AnswerFilter all = new AnswerFilter("", Set.of(), Set.of(), null, null, null, CoverageFilter.ALL, false);
            AnswerFilter under = new AnswerFilter("", Set.of(), Set.of(), null, null, null,
                    CoverageFilter.UNDER_HALF, false);
            assertThat(history.answers(under, 0, 10)).hasSize(1);
            assertThat(history.answers(all, 0, 10)).isEmpty();

            assessments.correctTick(id, 1, 0, true);

            assertThat(history.answers(all, 0, 10)).hasSize(1).first()
                    .satisfies(r -> assertThat(r.pointsMade()).isEqualTo(r.pointsTotal()));
            assertThat(history.answers(under, 0, 10)).isEmpty();
        });
    }

    @Test
    void aFilterThatCannotRunIsRefusedInWords() {
        users.as(person, () -> {
            assertThatThrownBy(() -> history.answers(filter("x".repeat(201)), 0, 10))
                    .isInstanceOf(InterviewException.class).hasMessage("Search for at most 200 characters.");
            assertThatThrownBy(() -> history.answers(new AnswerFilter("", Set.of(), Set.of(), NEWEST,
                    NEWEST.minusSeconds(1), null, null, false), 0, 10))
                    .hasMessage("The first day comes after the last one. Swap them.");
        });
    }

    private static AnswerFilter filter(String text) {
        return new AnswerFilter(text, Set.of(), Set.of(), null, null, null, null, false);
    }
}
