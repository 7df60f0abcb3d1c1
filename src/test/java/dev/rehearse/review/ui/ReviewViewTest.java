package dev.rehearse.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.grid.Grid;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewSetup;
import dev.rehearse.interview.InterviewState;
import dev.rehearse.review.AnswerAssessment;
import dev.rehearse.review.AssessmentService;
import dev.rehearse.review.ReviewService;
import dev.rehearse.review.SelfRating;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.util.Map;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.TestUsers;
import dev.rehearse.support.WithAccount;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The review and history pages without a browser. */
@IntegrationTest
@ViewPackages(classes = ReviewView.class)
@WithAccount("reviewer")
class ReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    InterviewService interviews;
    @Autowired
    ReviewService reviews;
    @Autowired
    TestUsers users;
    @Autowired
    AssessmentService assessments;

    private UUID finishedInterview(String answer) {
        UUID id = interviews.start(new InterviewSetup(1, 60, Set.of(), Set.of())).id();
        InterviewState s = interviews.current(id);
        interviews.next(id, s.onScreen().itemId(), answer, s.onScreen().revision());
        return id;
    }

    private String text(String id) {
        return ((HasText) find(Component.class).withId(id).single()).getText();
    }

    @Test
    void aFinishedInterviewShowsTheAnswerAsTextBesideTheModelAnswer() {
        UUID id = finishedInterview("<script>alert(1)</script> marker");

        ReviewView view = navigate("interview/" + id + "/review", ReviewView.class);

        assertThat(text("answer-1")).isEqualTo("<script>alert(1)</script> marker");
        assertThat(find(Component.class).withId("model-answer-1").exists()).isTrue();
        assertThat(view.getElement().getTextRecursively()).contains("Your answers and the model answers");
    }

    @Test
    void underTheModelAnswerItSaysWhatItWasCheckedAgainstWithLinksToItsSources() {
        UUID id = finishedInterview("an answer");

        navigate("interview/" + id + "/review", ReviewView.class);

        var line = find(Component.class).withId("provenance-1").single().getElement();
        assertThat(line.getTextRecursively())
                .isEqualTo("Checked against FastAPI 0.141, 2026-12 · Sources: fastapi.tiangolo.com/tutorial");
        assertThat(line.getChildren().filter(c -> "a".equals(c.getTag())).map(c -> c.getAttribute("href")).toList())
                .containsExactly("https://fastapi.tiangolo.com/tutorial/");
    }

    @Test
    void theWordsThatMadeAKeyPointAreMarkedInTheAnswerWhichStaysText() {
        UUID id = interviews.start(new InterviewSetup(1, 60, Set.of(), Set.of())).id();
        InterviewState s = interviews.current(id);
        String cue = s.onScreen().question().content().keyPoints().getFirst().match().getFirst();
        String answer = "<b>" + cue + "</b> is the word <i>I</i> remember";
        interviews.next(id, s.onScreen().itemId(), answer, s.onScreen().revision());

        navigate("interview/" + id + "/review", ReviewView.class);

        var shown = find(Component.class).withId("answer-1").single().getElement();
        assertThat(shown.getTextRecursively()).isEqualTo(answer);
        assertThat(shown.getChildren().filter(c -> !c.isTextNode() && "mark".equals(c.getTag())).map(c -> c.getText()).toList())
                .containsExactly(cue);
        assertThat(shown.getChildren().filter(c -> !c.isTextNode()).allMatch(c -> "mark".equals(c.getTag())))
                .as("nothing but text and marks: the answer's own tags are text").isTrue();
        var points = find(Component.class).withId("key-points-1").single().getElement();
        assertThat(points.getTextRecursively()).contains("Key points: you covered 1 of 1");
    }

    @Test
    void theirOwnTickAndRatingAreStoredAndShownAsTheirs() {
        UUID id = finishedInterview("nothing that makes the point");
        navigate("interview/" + id + "/review", ReviewView.class);
        Checkbox first = find(Checkbox.class).withId("point-1-1").single();
        assertThat(first.getValue()).isFalse();
        assertThat(text("suggestion-1")).isEqualTo("You covered 0 of 1 point: Again?");

        test(first).click();
        test(find(Button.class).withId("rate-1-good").single()).click();

        assertThat(assessments.of(id).get(1)).isEqualTo(new AnswerAssessment(Map.of(0, true), SelfRating.GOOD, ""));
        navigate("interview/" + id + "/review", ReviewView.class);
        assertThat(find(Checkbox.class).withId("point-1-1").single().getValue()).isTrue();
        assertThat(find(Component.class).withId("key-points-1").single().getElement().getTextRecursively())
                .contains("Key points: you covered 1 of 1").contains("your tick");
        assertThat(text("suggestion-1")).isEqualTo("You covered 1 of 1 point: Easy? You rated it Good.");
        assertThat(find(Button.class).withId("rate-1-good").single().getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
    }

    @Test
    void theHistoryListsTheInterviewWithItsTotals() {
        finishedInterview("an answer");

        HistoryView view = navigate("history", HistoryView.class);

        @SuppressWarnings("unchecked")
        Grid<dev.rehearse.review.HistoryRow> grid = find(Grid.class).withId("history-grid").single();
        assertThat(test(grid).size()).isEqualTo(reviews.history(0, 100).size()).isPositive();
        assertThat(test(grid).getRow(0).totals().answered()).isEqualTo(1);
        assertThat(test(grid).getRow(0).finished()).isTrue();
        assertThat(view.getElement().getTextRecursively()).doesNotContain("No interviews yet");
    }

    @Test
    void someoneElsesReviewIsRefusedThroughTheUrl() {
        String other = users.register("other");
        UUID theirs = users.as(other, () -> {
            UUID id = interviews.start(new InterviewSetup(1, 60, Set.of(), Set.of())).id();
            InterviewState s = interviews.current(id);
            interviews.next(id, s.onScreen().itemId(), "their private words", s.onScreen().revision());
            return id;
        });

        ReviewView view = navigate("interview/" + theirs + "/review", ReviewView.class);

        assertThat(view.getElement().getTextRecursively()).contains("belongs to another account")
                .doesNotContain("their private words");
    }

    @Test
    void aMalformedIdIsRefusedWithTheSameMessage() {
        ReviewView view = navigate("interview/not-a-uuid/review", ReviewView.class);
        assertThat(view.getElement().getTextRecursively()).contains("belongs to another account");
    }
}
