package dev.rehearse.interview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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

        card.add(number, title, badges, prompt, new AnswerComparison(item));
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
