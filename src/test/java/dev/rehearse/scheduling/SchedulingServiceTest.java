package dev.rehearse.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewSetup;
import dev.rehearse.interview.InterviewState;
import dev.rehearse.review.AssessmentService;
import dev.rehearse.review.SelfRating;
import dev.rehearse.security.AccountService;
import dev.rehearse.security.UserSettings;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.MutableClock;
import dev.rehearse.support.TestClockConfig;
import dev.rehearse.support.TestUsers;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rating an answer schedules its question; changing or taking back the rating reschedules it. */
@IntegrationTest
class SchedulingServiceTest {

    @Autowired
    SchedulingService scheduling;
    @Autowired
    AssessmentService assessments;
    @Autowired
    InterviewService interviews;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    AccountService accounts;

    String user;
    UUID interview;
    String question;

    @BeforeEach
    void oneAnswer() {
        clock.set(TestClockConfig.START);
        user = users.register("sched");
        interview = users.as(user, () -> interviews.start(new InterviewSetup(1, 60, Set.of(), Set.of())).id());
        question = users.as(user, () -> {
            InterviewState s = interviews.current(interview);
            interviews.next(interview, s.onScreen().itemId(), "an answer", s.onScreen().revision());
            return s.onScreen().question().questionId();
        });
    }

    @Test
    void aRatedAnswerGetsACardThatFallsDueAndARatingTakenBackRemovesIt() {
        users.as(user, () -> assessments.rate(interview, 1, SelfRating.GOOD));
        MemoryCard good = users.as(user, () -> scheduling.card(question)).orElseThrow();
        assertThat(good.reviews()).isEqualTo(1);
        assertThat(good.due()).isAfter(clock.instant().plus(Duration.ofDays(1)));
        assertThat(users.as(user, () -> scheduling.dueToday())).isZero();

        users.as(user, () -> assessments.rate(interview, 1, SelfRating.AGAIN));
        MemoryCard again = users.as(user, () -> scheduling.card(question)).orElseThrow();
        assertThat(again.due()).isBefore(good.due());
        assertThat(again.stability()).isLessThan(good.stability());

        clock.advance(Duration.ofDays(1));
        assertThat(users.as(user, () -> scheduling.dueToday())).isEqualTo(1);
        assertThat(users.as(user, () -> scheduling.dueTodayList(10))).extracting(MemoryCard::questionId)
                .containsExactly(question);

        users.as(user, () -> assessments.rate(interview, 1, null));
        assertThat(users.as(user, () -> scheduling.card(question))).isEmpty();
    }

    @Test
    void aHigherDesiredRetentionBringsTheQuestionBackSooner() {
        users.as(user, () -> accounts.changeSettings(new UserSettings(100, false, false, 97)));
        users.as(user, () -> assessments.rate(interview, 1, SelfRating.EASY));
        MemoryCard strict = users.as(user, () -> scheduling.card(question)).orElseThrow();

        users.as(user, () -> accounts.changeSettings(new UserSettings(100, false, false, 70)));
        users.as(user, () -> assessments.rate(interview, 1, SelfRating.EASY));
        MemoryCard relaxed = users.as(user, () -> scheduling.card(question)).orElseThrow();

        assertThat(strict.stability()).isEqualTo(relaxed.stability());
        assertThat(strict.due()).isBefore(relaxed.due());
    }

    @Test
    void anotherPersonSeesNoneOfTheCards() {
        users.as(user, () -> assessments.rate(interview, 1, SelfRating.AGAIN));
        clock.advance(Duration.ofDays(2));
        String other = users.register("other-sched");
        assertThat(users.as(other, () -> scheduling.dueToday())).isZero();
        assertThat(users.as(other, () -> scheduling.card(question))).isEmpty();
    }
}
