package dev.rehearse.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rehearse.interview.internal.InterviewExpiryJob;
import dev.rehearse.security.AccountPrincipal;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What interview announces to the features that listen: every closed question and every finished interview. */
@IntegrationTest
@RecordApplicationEvents
class InterviewEventsTest {

    @Autowired
    InterviewService interviews;
    @Autowired
    InterviewExpiryJob expiryJob;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;

    String user;

    @BeforeEach
    void newUser() {
        clock.set(TestClockConfig.START);
        user = users.register("events");
    }

    private UUID start(int count, TimeLimitKind kind) {
        return users.as(user, () -> interviews.start(
                new InterviewSetup(count, 60, Set.of(), Set.of(), InterviewMode.MOCK, kind)).id());
    }

    @Test
    void eachClosedQuestionIsAnnouncedWithWhoClosedItAndTheEndOnce() {
        UUID id = start(2, TimeLimitKind.PER_QUESTION);
        InterviewState first = users.as(user, () -> interviews.current(id));
        users.as(user, () -> interviews.saveAnswer(id, first.onScreen().itemId(), "draft", 0));
        assertThat(events.stream(AnswerClosed.class)).as("saving closes nothing").isEmpty();

        clock.advance(Duration.ofSeconds(20));
        InterviewState second = users.as(user, () -> interviews.next(id, first.onScreen().itemId(), "draft", 1));
        clock.advance(Duration.ofSeconds(60));
        users.as(user, () -> interviews.timeUp(id, second.onScreen().itemId(), "", 0));

        long owner = ((AccountPrincipal) users.principal(user)).accountId();
        assertThat(events.stream(AnswerClosed.class)).extracting(AnswerClosed::interviewId, AnswerClosed::ownerId,
                        AnswerClosed::position, AnswerClosed::closedBy, AnswerClosed::closedAt)
                .containsExactly(
                        tuple(id, owner, 1, ClosedBy.USER,
                                TestClockConfig.START.plusSeconds(20)),
                        tuple(id, owner, 2, ClosedBy.TIMEOUT,
                                TestClockConfig.START.plusSeconds(80)));
        assertThat(events.stream(InterviewFinished.class)).containsExactly(
                new InterviewFinished(id, owner, TestClockConfig.START.plusSeconds(80)));
    }

    @Test
    void whatTheServerClosesWithNobodyWatchingIsAnnouncedToo() {
        UUID id = start(2, TimeLimitKind.WHOLE_INTERVIEW);
        users.as(user, () -> interviews.current(id));
        clock.advance(Duration.ofMinutes(10));

        expiryJob.closeExpired();

        assertThat(events.stream(AnswerClosed.class).filter(e -> e.interviewId().equals(id)))
                .extracting(AnswerClosed::position, AnswerClosed::closedBy)
                .containsExactly(tuple(1, ClosedBy.SERVER), tuple(2, ClosedBy.SERVER));
        assertThat(events.stream(InterviewFinished.class).filter(e -> e.interviewId().equals(id)))
                .extracting(InterviewFinished::finishedAt).containsExactly(TestClockConfig.START.plusSeconds(120));
    }
}
