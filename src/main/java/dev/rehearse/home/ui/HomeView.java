package dev.rehearse.home.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.rehearse.base.ui.EmptyState;
import dev.rehearse.base.ui.Formats;
import dev.rehearse.base.ui.MainLayout;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.OpenInterview;
import dev.rehearse.interview.InterviewException;
import dev.rehearse.interview.InterviewSetup;
import dev.rehearse.interview.ui.InterviewNavigation;
import dev.rehearse.scheduling.SchedulingService;
import dev.rehearse.review.HistoryRow;
import dev.rehearse.review.ReviewService;
import dev.rehearse.review.ui.ReviewNavigation;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;

/** The dashboard: start, continue, and the latest results; a first-steps panel for a new user. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home · Rehearse")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
class HomeView extends Main implements BeforeEnterObserver {

    /** How many finished interviews the dashboard lists. */
    static final int LATEST = 5;

    private final InterviewService interviews;
    private final ReviewService reviews;
    private final SchedulingService scheduling;
    private final AuthenticationContext authentication;

    HomeView(InterviewService interviews, ReviewService reviews, SchedulingService scheduling,
            AuthenticationContext authentication) {
        this.interviews = interviews;
        this.reviews = reviews;
        this.scheduling = scheduling;
        this.authentication = authentication;
        addClassName("page");
    }

    /** Built on every visit, so that coming back to the dashboard shows what changed since. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Paragraph lead = new Paragraph("Practise FastAPI interview questions against the clock, then compare what "
                + "you wrote with a model answer.");
        lead.addClassName("lead");
        add(new H1("Welcome, " + authentication.getPrincipalName().orElse("")), lead);

        Button start = new Button("Start an interview", VaadinIcon.PLAY.create(), e -> InterviewNavigation.toSetup());
        start.setId("start-interview");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);

        Optional<OpenInterview> open = interviews.openInterview();
        open.ifPresent(o -> {
            add(openInterviewCard(o));
            start.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        });

        List<HistoryRow> latest = reviews.latestResults(LATEST);
        if (latest.isEmpty() && open.isEmpty()) {
            add(new EmptyState(VaadinIcon.LIGHTBULB, "Your first mock interview",
                    "Pick how many questions and which topics, then answer each one before its timer runs out. "
                            + "When you finish, you see your answers beside model answers, and every interview "
                            + "stays in your history.",
                    start));
            return;
        }
        Div actions = new Div(start);
        actions.addClassName("actions");
        add(actions, reviewsCard(interviews, scheduling.dueToday()));

        if (!latest.isEmpty()) {
            Div list = new Div();
            list.addClassName("result-list");
            list.setId("latest-results");
            latest.forEach(row -> list.add(resultRow(row)));
            RouterLink all = ReviewNavigation.linkToHistory("See all in your history");
            all.addClassName("more-link");
            add(new H2("Latest results"), list, all);
        }
    }

    /** How many rated questions are due today, and a review interview of them in one click. */
    private static Section reviewsCard(InterviewService interviews, int due) {
        Section card = new Section();
        card.addClassNames("card", "reviews-card");
        card.setId("reviews-due");
        H2 title = new H2(due == 0 ? "No reviews due today"
                : due == 1 ? "1 review due today" : due + " reviews due today");
        card.add(title);
        if (due == 0) {
            card.add(new Paragraph("Rate your answers (Again, Hard, Good, Easy) on the review page: each question then "
                    + "comes back here on the day you are about to forget it."));
            return card;
        }
        Paragraph problem = new Paragraph();
        problem.addClassName("problem");
        problem.setVisible(false);
        int count = Math.min(due, InterviewSetup.MAX_QUESTIONS);
        Button review = new Button("Start today's reviews", VaadinIcon.REFRESH.create(), e -> {
            try {
                InterviewNavigation.toInterview(interviews.startReview(count).id());
            } catch (InterviewException ex) {
                problem.setText(ex.getMessage());
                problem.setVisible(true);
            }
        });
        review.setId("start-reviews");
        review.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new Paragraph("A practice interview of %d %s, the most overdue first, each with its model answer "
                .formatted(count, count == 1 ? "question" : "questions") + "after you answer."), review, problem);
        return card;
    }

    private static Section openInterviewCard(OpenInterview open) {
        Section card = new Section();
        card.addClassNames("card", "card-accent");
        card.setId("open-interview");
        Paragraph p = new Paragraph("Started %s · %d %s. The clock keeps running while you are away."
                .formatted(Formats.dateTime(open.startedAt()), open.questionCount(),
                        open.questionCount() == 1 ? "question" : "questions"));
        Button cont = new Button("Continue interview", VaadinIcon.ARROW_RIGHT.create(),
                e -> InterviewNavigation.toInterview(open.id()));
        cont.setId("continue-interview");
        cont.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new H2("Interview in progress"), p, cont);
        return card;
    }

    private static Div resultRow(HistoryRow r) {
        Div row = new Div();
        row.addClassName("result-row");
        Span when = new Span(Formats.dateTime(r.startedAt()));
        when.addClassName("result-date");
        int count = r.totals().questions();
        Span what = new Span("%d %s · %s".formatted(count, count == 1 ? "question" : "questions",
                String.join(", ", r.topicNames())));
        what.addClassName("result-topics");
        Span stats = new Span("%d answered · %d timed out · %s".formatted(r.totals().answered(),
                r.totals().timedOut(), Formats.humanDuration(r.totals().timeUsedSeconds())));
        stats.addClassName("result-stats");
        RouterLink review = ReviewNavigation.linkToReview("Review", r.id());
        review.addClassName("result-open");
        row.add(new Div(when, what, stats), review);
        return row;
    }
}
