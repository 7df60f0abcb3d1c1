package dev.rehearse.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.support.GeneratedAnswers;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.MutableClock;
import dev.rehearse.support.TestUsers;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ProgressServiceTest {

    static final Instant NOW = Instant.parse("2026-12-02T18:00:00Z");
    static final ZoneId UTC = ZoneOffset.UTC;

    @Autowired
    ProgressService progress;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    private long idOf(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    @Test
    void aNewPersonHasAnEmptyReportWithEveryTopicAtZero() {
        clock.set(NOW);
        ProgressReport r = users.as(users.register("fresh"), () -> progress.report(UTC));

        assertThat(r.isEmpty()).isTrue();
        assertThat(r.currentStreak()).isZero();
        assertThat(r.weakest()).isEmpty();
        assertThat(r.topics()).isNotEmpty().allSatisfy(t -> assertThat(t.readiness()).isZero());
        assertThat(r.weeks()).hasSize(26).allSatisfy(w -> assertThat(w.answers()).isZero());
    }

    @Test
    void aYearOfDailyAnswersFillsTheCalendarAndTheStreakCountsEveryDay() {
        clock.set(NOW);
        String person = users.register("daily");
        GeneratedAnswers.write(jdbc, idOf(person), 365, NOW.minusSeconds(3600), 11, 86_400);

        ProgressReport r = users.as(person, () -> progress.report(UTC));

        assertThat(r.totalAnswers()).isEqualTo(365);
        assertThat(r.today()).isEqualTo(NOW.atZone(UTC).toLocalDate());
        assertThat(r.firstDay().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(r.answersPerDay()).hasSize((int) (r.today().toEpochDay() - r.firstDay().toEpochDay() + 1))
                .allSatisfy(n -> assertThat(n).isEqualTo(1));
        assertThat(r.currentStreak()).isEqualTo(365);
        assertThat(r.longestStreak()).isEqualTo(365);
        assertThat(r.weeks()).hasSize(26).allSatisfy(w -> assertThat(w.coverage()).isBetween(0.0, 1.0));
        assertThat(r.weakest()).hasSizeLessThanOrEqualTo(3).isSortedAccordingTo(
                java.util.Comparator.comparingDouble(TopicReadiness::readiness));
        assertThat(r.topics()).allSatisfy(t -> assertThat(t.readiness()).isBetween(0.0, 1.0));
    }

    @Test
    void aStreakLastsThroughADayWithoutAnswersYetAndBreaksOnAMissedDay() {
        clock.set(NOW);
        String person = users.register("gappy");
        // yesterday and the two days before it, then a gap, then five days in a row
        GeneratedAnswers.write(jdbc, idOf(person), 3, NOW.minusSeconds(86_400), 12, 86_400);
        GeneratedAnswers.write(jdbc, idOf(person), 5, NOW.minusSeconds(5 * 86_400), 13, 86_400);

        ProgressReport r = users.as(person, () -> progress.report(UTC));

        assertThat(r.currentStreak()).isEqualTo(3);
        assertThat(r.longestStreak()).isEqualTo(5);
        assertThat(r.answersPerDay().getLast()).isZero();
        assertThat(r.answersPerDay().get(r.answersPerDay().size() - 2)).isEqualTo(1);
        assertThat(r.answersPerDay().get(r.answersPerDay().size() - 5)).as("the missed day").isZero();
    }
}
