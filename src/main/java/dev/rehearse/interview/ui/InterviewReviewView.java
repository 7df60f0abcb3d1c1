package dev.rehearse.interview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.markdown.Markdown;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.rehearse.base.ui.EmptyState;
import dev.rehearse.base.ui.Formats;
import dev.rehearse.base.ui.MainLayout;
import dev.rehearse.interview.InterviewException;
import dev.rehearse.interview.InterviewReview;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.ReviewItem;
import dev.rehearse.questionbank.KeyPoint;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;

/**
 * A finished interview: every answer beside its model answer. The person's text is shown as plain text (never as
 * HTML); the model answer is rendered from the bank's Markdown.
 */
@Route(value = "interview/:id/review", layout = MainLayout.class)
@PageTitle("Review · Rehearse")
@PermitAll
public class InterviewReviewView extends Div implements BeforeEnterObserver {

    private final InterviewService interviews;

    public InterviewReviewView(InterviewService interviews) {
        this.interviews = interviews;
        addClassName("page");
        addClassName("review-page");
    }

    public static RouteParameters parameters(UUID id) {
        return new RouteParameters("id", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        InterviewReview review;
        UUID id;
        try {
            id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
            review = interviews.review(id);
        } catch (IllegalArgumentException e) {
            refuse(InterviewException.notFound().getMessage());
            return;
        } catch (InterviewException e) {
            refuse(e.getMessage());
            return;
        }
        render(review);
    }

    private void render(InterviewReview review) {
        H1 title = new H1("Your answers and the model answers");
        Div summary = new Div(
                stat("Taken", Formats.dateTime(review.startedAt())),
                stat("Questions", String.valueOf(review.items().size())),
                stat("Time used", Formats.humanDuration(review.timeUsedSeconds())),
                stat("Ran out of time", String.valueOf(review.timedOutCount())));
        summary.addClassName("stats");
        summary.setId("review-summary");
        add(title, summary);
        for (ReviewItem item : review.items()) {
            add(itemCard(item));
        }
        Button again = new Button("Start another interview", VaadinIcon.PLAY.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(InterviewSetupView.class)));
        again.setId("start-another");
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(again, new RouterLink("Back to history", dev.rehearse.review.ui.HistoryView.class));
        actions.addClassName("actions");
        add(actions);
    }

    private Div itemCard(ReviewItem item) {
        int n = item.position();
        Div card = new Div();
        card.addClassName("review-item");
        card.setId("review-item-" + n);

        Span number = new Span("Question " + n);
        number.addClassName("eyebrow");
        H2 title = new H2(item.question().title());
        Div badges = new Div();
        badges.addClassName("badges");
        badges.add(badge(item.question().topicName(), "topic"));
        badges.add(badge(item.question().difficulty().label(), "difficulty-" + item.question().difficulty().fileValue()));
        Span time = badge("Used %s of %s".formatted(Formats.minutesSeconds(item.timeUsedSeconds()),
                Formats.minutesSeconds(item.timeLimitSeconds())), "time");
        time.setId("time-used-" + n);
        badges.add(time);
        if (item.timedOut()) {
            Span out = badge("Ran out of time", "timed-out");
            out.setId("timed-out-" + n);
            badges.add(out);
        }
        Markdown prompt = new Markdown(item.question().prompt());
        prompt.addClassName("question-prompt");

        Div yours = new Div();
        yours.addClassNames("answer-column", "yours");
        H3 yoursTitle = new H3("Your answer");
        Div yourText = new Div();
        yourText.addClassName("plain-answer");
        yourText.setId("answer-" + n);
        if (item.answer().isBlank()) {
            yourText.setText("(no answer)");
            yourText.addClassName("empty");
        } else {
            yourText.setText(item.answer()); // text, never HTML
        }
        yours.add(yoursTitle, yourText);
        if (item.lateText() != null && !item.lateText().isBlank()) {
            Paragraph lateLabel = new Paragraph("Typed after the time was up (kept, not counted):");
            lateLabel.addClassName("late-label");
            Div late = new Div();
            late.addClassNames("plain-answer", "late");
            late.setText(item.lateText());
            yours.add(lateLabel, late);
        }

        Div model = new Div();
        model.addClassNames("answer-column", "model");
        Markdown modelText = new Markdown(item.question().modelAnswer());
        modelText.setId("model-answer-" + n);
        modelText.addClassName("model-answer");
        model.add(new H3("Model answer"), modelText);

        Div columns = new Div(yours, model);
        columns.addClassName("compare");

        Div points = new Div();
        points.addClassName("key-points");
        var made = item.pointsMade();
        H3 pointsTitle = new H3("Key points: your answer mentions %d of %d".formatted(made.size(),
                item.question().keyPoints().size()));
        UnorderedList list = new UnorderedList();
        for (KeyPoint point : item.question().keyPoints()) {
            boolean hit = made.contains(point);
            ListItem li = new ListItem((hit ? "✓ " : "○ ") + point.text());
            li.addClassName(hit ? "made" : "missed");
            list.add(li);
        }
        Paragraph hint = new Paragraph("Matched by the words you used, so treat it as a hint, not a grade.");
        hint.addClassName("hint");
        points.add(pointsTitle, list, hint);

        card.add(number, title, badges, prompt, columns, points);
        return card;
    }

    private static Span badge(String text, String kind) {
        Span badge = new Span(text);
        badge.addClassNames("badge", kind);
        return badge;
    }

    private static Div stat(String label, String value) {
        Span l = new Span(label);
        l.addClassName("stat-label");
        Span v = new Span(value);
        v.addClassName("stat-value");
        Div d = new Div(l, v);
        d.addClassName("stat");
        return d;
    }

    private void refuse(String message) {
        add(new EmptyState(VaadinIcon.BAN, "Review not available", message,
                new RouterLink("Back to the home page", HomeView.class)));
    }
}
