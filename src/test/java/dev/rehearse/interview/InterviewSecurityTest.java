package dev.rehearse.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.rehearse.review.ReviewService;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.TestUsers;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.stereotype.Service;

@IntegrationTest
class InterviewSecurityTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InterviewService interviews;
    @Autowired
    ReviewService reviews;
    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        users.clear();
    }

    /**
     * A visitor who has not signed in is refused by method security itself ({@code @PreAuthorize}), before any
     * service code runs, on every public method of every service of the app; only the methods marked
     * {@code permitAll()} (registration) are open. The refusal from method security is told apart from the one
     * {@code CurrentUser} would give, so removing an annotation fails this test.
     */
    @Test
    void everyPublicServiceMethodRefusesAnAnonymousVisitorThroughMethodSecurity() {
        users.signOutToAnonymous();
        List<String> checked = new ArrayList<>();
        for (Object service : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(service);
            if (!type.getPackageName().startsWith("dev.rehearse")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic() || openToAll(method)) {
                    continue;
                }
                String name = type.getSimpleName() + "." + method.getName();
                Throwable refusal = catchThrowable(() -> call(service, method));
                assertThat(refusal).as(name).isInstanceOf(AuthorizationDeniedException.class);
                checked.add(name);
            }
        }
        assertThat(checked).contains("InterviewService.start", "InterviewService.current",
                "InterviewService.saveAnswer", "InterviewService.next", "InterviewService.moveTo",
                "InterviewService.finish", "InterviewService.timeUp", "InterviewService.openInterview",
                "ReviewService.review", "ReviewService.history", "ReviewService.latestResults",
                "ReviewService.hasHistory", "QuestionBankService.topics", "QuestionBankService.draw",
                "QuestionBankService.text", "AccountService.settings", "AccountService.changeSettings");
        assertThat(checked).doesNotContain("AccountService.register");
    }

    private static boolean openToAll(Method method) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        return rule != null && rule.value().equals("permitAll()");
    }

    /** Calls the method through the service's proxy, with zeros and nulls: it must be refused before it runs. */
    private static void call(Object service, Method method) throws Throwable {
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = zero(types[i]);
        }
        try {
            service.getClass().getMethod(method.getName(), types).invoke(service, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object zero(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        return 0;
    }

    @Test
    void userBCanNeitherReadNorChangeUserAsInterview() {
        String a = users.register("alice");
        String b = users.register("bob");
        UUID id = users.as(a, () -> interviews.start(new InterviewSetup(2, 60, Set.of(), Set.of())).id());
        InterviewState s = users.as(a, () -> interviews.current(id));
        long item = s.onScreen().itemId();
        users.as(a, () -> interviews.saveAnswer(id, item, "alice's words", 0));

        String refusal = "This interview does not exist, or it belongs to another account.";
        assertThatThrownBy(() -> users.as(b, () -> interviews.current(id))).hasMessage(refusal);
        assertThatThrownBy(() -> users.as(b, () -> interviews.saveAnswer(id, item, "bob was here", 1)))
                .hasMessage(refusal);
        assertThatThrownBy(() -> users.as(b, () -> interviews.next(id, item, "bob", 1))).hasMessage(refusal);
        assertThatThrownBy(() -> users.as(b, () -> interviews.moveTo(id, item, "bob", 1, 2))).hasMessage(refusal);
        assertThatThrownBy(() -> users.as(b, () -> interviews.finish(id, item, "bob", 1))).hasMessage(refusal);
        assertThatThrownBy(() -> users.as(b, () -> interviews.timeUp(id, item, "bob", 1))).hasMessage(refusal);
        assertThat(users.as(b, () -> reviews.history(0, 10))).isEmpty();
        assertThat(users.as(b, () -> interviews.openInterview())).isEmpty();

        InterviewState still = users.as(a, () -> interviews.current(id));
        assertThat(still.onScreen().answer()).isEqualTo("alice's words");
        assertThat(still.progress().position()).isEqualTo(1);
        assertThat(still.finished()).isFalse();
    }

    @Test
    void userBCannotReadTheReviewOfUserAsFinishedInterview() {
        String a = users.register("alice");
        String b = users.register("bob");
        UUID id = users.as(a, () -> interviews.start(new InterviewSetup(1, 60, Set.of(), Set.of())).id());
        InterviewState s = users.as(a, () -> interviews.current(id));
        users.as(a, () -> interviews.next(id, s.onScreen().itemId(), "alice's answer", 0));
        assertThat(users.as(a, () -> reviews.review(id)).answers().getFirst().answer()).isEqualTo("alice's answer");

        assertThatThrownBy(() -> users.as(b, () -> reviews.review(id)))
                .hasMessage("This interview does not exist, or it belongs to another account.");
        assertThat(users.as(b, () -> reviews.latestResults(5))).isEmpty();
    }

    @Test
    void anItemOfAnotherInterviewCannotBeWrittenThroughOnesOwn() {
        String a = users.register("carol");
        String b = users.register("dave");
        UUID aliceInterview = users.as(a, () -> interviews.start(new InterviewSetup(1, 60, Set.of(), Set.of())).id());
        long aliceItem = users.as(a, () -> interviews.current(aliceInterview)).onScreen().itemId();
        UUID bobInterview = users.as(b, () -> interviews.start(new InterviewSetup(1, 60, Set.of(), Set.of())).id());

        assertThatThrownBy(() -> users.as(b, () -> interviews.saveAnswer(bobInterview, aliceItem, "sneaky", 0)))
                .isInstanceOf(InterviewException.class);
        assertThat(users.as(a, () -> interviews.current(aliceInterview)).onScreen().answer()).isEmpty();
    }
}
