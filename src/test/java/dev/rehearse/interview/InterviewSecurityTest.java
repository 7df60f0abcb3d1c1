package dev.rehearse.interview;

import static dev.rehearse.support.TestUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.questionbank.QuestionBankService;
import dev.rehearse.security.AccountService;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.TestUsers;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.AuthenticationException;

@IntegrationTest
class InterviewSecurityTest {

    @Autowired
    InterviewService interviews;
    @Autowired
    QuestionBankService bank;
    @Autowired
    AccountService accounts;

    @Test
    void everyServiceRefusesAnAnonymousCaller() {
        UUID id = UUID.randomUUID();
        Executable[] calls = {
            () -> interviews.start(new InterviewSetup(1, null, Set.of(), Set.of())),
            () -> interviews.current(id),
            () -> interviews.saveAnswer(id, 1, "x", 0),
            () -> interviews.next(id, 1, "x", 0),
            () -> interviews.timeUp(id, 1, "x", 0),
            () -> interviews.review(id),
            () -> interviews.openInterview(),
            () -> interviews.history(PageRequest.of(0, 5)),
            () -> interviews.historyCount(),
            () -> bank.topics(),
            () -> bank.countMatching(Set.of(), Set.of()),
            () -> bank.draw(Set.of(), Set.of(), 1),
            () -> bank.text(1),
        };
        for (Executable call : calls) {
            assertThatThrownBy(call::execute).isInstanceOf(AuthenticationException.class);
        }
    }

    @Test
    void userBCanNeitherReadNorChangeUserAsInterview() {
        String a = "alice-" + UUID.randomUUID().toString().substring(0, 6);
        String b = "bob-" + UUID.randomUUID().toString().substring(0, 6);
        TestUsers.register(accounts, a);
        TestUsers.register(accounts, b);
        UUID id = as(a, () -> interviews.start(new InterviewSetup(2, 60, Set.of(), Set.of())).id());
        InterviewState s = as(a, () -> interviews.current(id));
        as(a, () -> interviews.saveAnswer(id, s.itemId(), "alice's words", 0));

        String refusal = "This interview does not exist, or it belongs to another account.";
        assertThatThrownBy(() -> as(b, () -> interviews.current(id))).hasMessage(refusal);
        assertThatThrownBy(() -> as(b, () -> interviews.saveAnswer(id, s.itemId(), "bob was here", 1)))
                .hasMessage(refusal);
        assertThatThrownBy(() -> as(b, () -> interviews.next(id, s.itemId(), "bob", 1))).hasMessage(refusal);
        assertThatThrownBy(() -> as(b, () -> interviews.timeUp(id, s.itemId(), "bob", 1))).hasMessage(refusal);
        assertThatThrownBy(() -> as(b, () -> interviews.review(id))).hasMessage(refusal);
        assertThat(as(b, () -> interviews.history(PageRequest.of(0, 10))).getContent()).isEmpty();
        assertThat(as(b, () -> interviews.openInterview())).isEmpty();

        assertThat(as(a, () -> interviews.current(id)).answer()).isEqualTo("alice's words");
    }

    @Test
    void anItemOfAnotherInterviewCannotBeWrittenThroughOnesOwn() {
        String a = "carol-" + UUID.randomUUID().toString().substring(0, 6);
        String b = "dave-" + UUID.randomUUID().toString().substring(0, 6);
        TestUsers.register(accounts, a);
        TestUsers.register(accounts, b);
        UUID aliceInterview = as(a, () -> interviews.start(new InterviewSetup(1, 60, Set.of(), Set.of())).id());
        long aliceItem = as(a, () -> interviews.current(aliceInterview)).itemId();
        UUID bobInterview = as(b, () -> interviews.start(new InterviewSetup(1, 60, Set.of(), Set.of())).id());

        assertThatThrownBy(() -> as(b, () -> interviews.saveAnswer(bobInterview, aliceItem, "sneaky", 0)))
                .isInstanceOf(InterviewException.class);
        assertThat(as(a, () -> interviews.current(aliceInterview)).answer()).isEmpty();
    }
}
