package dev.rehearse.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.rehearse.base.ui.MarkdownText;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.rehearse.base.ui.EmptyState;
import dev.rehearse.base.ui.Badge;
import dev.rehearse.base.ui.Formats;
import dev.rehearse.base.ui.Stat;
import dev.rehearse.base.ui.HomeLink;
import dev.rehearse.base.ui.MainLayout;
import dev.rehearse.coverage.Coverage;
import dev.rehearse.coverage.CoverageService;
import dev.rehearse.export.ExportService;
import dev.rehearse.export.ui.Downloads;
import dev.rehearse.coverage.PointCoverage;
import dev.rehearse.questionbank.QuestionKind;
import dev.rehearse.interview.ClosedAnswer;
import dev.rehearse.interview.InterviewException;
import dev.rehearse.interview.ui.InterviewNavigation;
import dev.rehearse.review.AnswerAssessment;
import dev.rehearse.review.AssessmentService;
import dev.rehearse.review.InterviewReview;
import dev.rehearse.review.ReviewService;
import jakarta.annotation.security.PermitAll;
import java.util.HashMap;
import java.util.List;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A finished interview: every answer beside its model answer. The person's text is shown as plain text (never as
 * HTML); the model answer is rendered from the bank's Markdown.
 */
@Route(value = "interview/:" + ReviewView.ID + "/review", layout = MainLayout.class)
@PageTitle("Review · Rehearse")
@PermitAll
class ReviewView extends Main implements BeforeEnterObserver {

    static final String ID = "id";

    private final ReviewService reviews;
    private final CoverageService coverage;
    private final AssessmentService assessments;
    private final Optional<QuestionPages> questionPages;
    private final ExportService exports;

    ReviewView(ReviewService reviews, CoverageService coverage, AssessmentService assessments,
            Optional<QuestionPages> questionPages, ExportService exports) {
        this.exports = exports;
        this.reviews = reviews;
        this.coverage = coverage;
        this.assessments = assessments;
        this.questionPages = questionPages;
        addClassNames("page", "review-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            render(reviews.review(UUID.fromString(event.getRouteParameters().get(ID).orElse(""))));
        } catch (IllegalArgumentException e) {
            refuse(InterviewException.notFound().getMessage());
        } catch (InterviewException e) {
            refuse(e.getMessage());
        }
    }

    private void render(InterviewReview review) {
        Map<Integer, Coverage> covered = new HashMap<>();
        review.answers().forEach(a -> covered.put(a.position(), coverage.of(a.question(), a.answer())));
        Map<Integer, AnswerAssessment> assessed = assessments.of(review.id());
        int made = 0;
        for (var entry : covered.entrySet()) {
            AnswerAssessment a = assessed.getOrDefault(entry.getKey(), AnswerAssessment.NONE);
            List<PointCoverage> points = entry.getValue().points();
            for (int i = 0; i < points.size(); i++) {
                made += a.covered(i, points.get(i).covered()) ? 1 : 0;
            }
        }
        int total = covered.values().stream().mapToInt(Coverage::total).sum();
        Div summary = new Div(
                new Stat("Taken", Formats.dateTime(review.startedAt())),
                new Stat("Questions", String.valueOf(review.answers().size())),
                new Stat("Time used", Formats.humanDuration(review.timeUsedSeconds())),
                new Stat("Ran out of time", String.valueOf(review.timedOutCount())),
                new Stat("Key points covered", "%d of %d".formatted(made, total)));
        summary.addClassName("stats");
        summary.setId("review-summary");
        add(new H1("Your answers and the model answers"), summary);
        review.answers().forEach(answer -> add(answerCard(review.id(), answer, covered.get(answer.position()),
                assessed.getOrDefault(answer.position(), AnswerAssessment.NONE))));
        Button again = new Button("Start another interview", VaadinIcon.PLAY.create(),
                e -> InterviewNavigation.toSetup());
        again.setId("start-another");
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ZoneId zone = Formats.zone();
        Anchor markdown = Downloads.link("Download as Markdown", "interview-%s.md".formatted(
                review.startedAt().atZone(zone).toLocalDate()), "text/markdown",
                () -> exports.markdown(review.id(), zone));
        markdown.setId("export-markdown");
        Div actions = new Div(again, markdown, ReviewNavigation.linkToHistory("Back to history"));
        actions.addClassName("actions");
        add(actions);
    }

    private Section answerCard(UUID interviewId, ClosedAnswer answer, Coverage coverage,
            AnswerAssessment assessment) {
        int n = answer.position();
        Section card = new Section();
        card.addClassName("review-item");
        card.setId("review-item-" + n);

        Span number = new Span("Question " + n);
        number.addClassName("eyebrow");
        H2 title = new H2(answer.question().title());
        title.setId("review-title-" + n);
        card.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        Div badges = new Div();
        badges.addClassName("badges");
        if (answer.question().kind() != QuestionKind.EXPLAIN) {
            badges.add(new Badge(answer.question().kind().label(), "topic"));
        }
        badges.add(new Badge(answer.question().topic().name(), "topic"));
        badges.add(new Badge(answer.question().difficulty().label(),
                "difficulty-" + answer.question().difficulty().fileValue()));
        Span time = new Badge("Used %s of %s".formatted(Formats.minutesSeconds(answer.time().seconds()),
                Formats.minutesSeconds(answer.time().limitSeconds())), "time");
        time.setId("time-used-" + n);
        badges.add(time);
        if (answer.time().ranOut()) {
            Span out = new Badge("Ran out of time", "timed-out");
            out.setId("timed-out-" + n);
            badges.add(out);
        }
        MarkdownText prompt = new MarkdownText(answer.question().content().prompt());
        prompt.addClassName("question-prompt");

        card.add(number, title, badges, prompt, new AnswerComparison(interviewId, answer, coverage, assessment, assessments, 3));
        questionPages.ifPresent(pages -> {
            Anchor all = new Anchor(pages.location(answer.question().questionId()),
                    "All your attempts at this question");
            all.addClassName("more-link");
            all.setId("attempts-link-" + n);
            card.add(all);
        });
        return card;
    }

    private void refuse(String message) {
        add(EmptyState.wholePage(VaadinIcon.BAN, "Review not available", message, HomeLink.create()));
    }
}
