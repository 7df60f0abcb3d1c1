package dev.rehearse.interview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import dev.rehearse.interview.InterviewStatus;
import dev.rehearse.interview.InterviewSummary;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.springframework.data.domain.PageRequest;

/** The dashboard: start, continue, and the latest results; a first-steps panel for a new user. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home · Rehearse")
@Menu(order = 0, icon = "vaadin:home", title = "Home")
@PermitAll
public class HomeView extends Div {

    public HomeView(InterviewService interviews, AuthenticationContext authentication) {
        addClassName("page");
        String name = authentication.getPrincipalName().orElse("");

        H1 title = new H1("Welcome, " + name);
        Paragraph lead = new Paragraph("Practise FastAPI interview questions against the clock, then compare what "
                + "you wrote with a model answer.");
        lead.addClassName("lead");

        Button start = new Button("Start an interview", VaadinIcon.PLAY.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(InterviewSetupView.class)));
        start.setId("start-interview");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add(title, lead);

        var openInterview = interviews.openInterview();
        openInterview.ifPresent(open -> {
            Div card = new Div();
            card.addClassNames("card", "card-accent");
            card.setId("open-interview");
            H2 h = new H2("Interview in progress");
            Paragraph p = new Paragraph("Started %s · %d questions. The clock keeps running while you are away."
                    .formatted(Formats.dateTime(open.startedAt()), open.questionCount()));
            Button cont = new Button("Continue interview", VaadinIcon.ARROW_RIGHT.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(InterviewView.class,
                            InterviewView.parameters(open.id()))));
            cont.setId("continue-interview");
            cont.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(h, p, cont);
            add(card);
            start.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        });

        List<InterviewSummary> latest = interviews.history(PageRequest.of(0, 5)).getContent().stream()
                .filter(s -> s.status() == InterviewStatus.FINISHED)
                .toList();
        if (latest.isEmpty() && openInterview.isEmpty()) {
            add(new EmptyState(VaadinIcon.LIGHTBULB, "Your first mock interview",
                    "Pick how many questions and which topics, then answer each one before its timer runs out. "
                            + "When you finish, you see your answers beside model answers, and every interview "
                            + "stays in your history.",
                    start));
            return;
        }
        Div actions = new Div(start);
        actions.addClassName("actions");
        add(actions);

        if (!latest.isEmpty()) {
            H2 results = new H2("Latest results");
            Div list = new Div();
            list.addClassName("result-list");
            list.setId("latest-results");
            for (InterviewSummary s : latest) {
                list.add(resultRow(s));
            }
            RouterLink all = new RouterLink("See all in your history", dev.rehearse.review.ui.HistoryView.class);
            all.addClassName("more-link");
            add(results, list, all);
        }
    }

    private static Div resultRow(InterviewSummary s) {
        Div row = new Div();
        row.addClassName("result-row");
        Span when = new Span(Formats.dateTime(s.startedAt()));
        when.addClassName("result-date");
        Span what = new Span("%d %s · %s".formatted(s.questionCount(), s.questionCount() == 1 ? "question" : "questions",
                String.join(", ", s.topicNames())));
        what.addClassName("result-topics");
        Span stats = new Span("%d answered · %d timed out · %s".formatted(s.answeredCount(), s.timedOutCount(),
                Formats.humanDuration(s.timeUsedSeconds())));
        stats.addClassName("result-stats");
        RouterLink open = new RouterLink("Review", InterviewReviewView.class, InterviewReviewView.parameters(s.id()));
        open.addClassName("result-open");
        row.add(new Div(when, what, stats), open);
        return row;
    }
}
