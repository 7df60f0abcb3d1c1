package dev.rehearse.attempts.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dev.rehearse.attempts.Attempt;
import dev.rehearse.attempts.AttemptException;
import dev.rehearse.attempts.AttemptService;
import dev.rehearse.attempts.QuestionAttempts;
import dev.rehearse.base.ui.EmptyState;
import dev.rehearse.base.ui.Badge;
import dev.rehearse.base.ui.Formats;
import dev.rehearse.base.ui.Stat;
import dev.rehearse.base.ui.MainLayout;
import dev.rehearse.base.ui.MarkdownText;
import dev.rehearse.interview.InterviewException;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.ui.InterviewNavigation;
import dev.rehearse.questionbank.KeyPoint;
import dev.rehearse.questionbank.QuestionKind;
import dev.rehearse.questionbank.QuestionText;
import dev.rehearse.review.ui.ReviewNavigation;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * One question and every attempt of the person at it, newest first, each beside the model answer as it was when
 * they answered; the latest compared with an earlier one they pick; and a button to practise it again now. Answers
 * are set as text, so HTML in them shows and never runs.
 */
@Route(value = QuestionAttemptsView.PATH + "/:" + QuestionAttemptsView.ID, layout = MainLayout.class)
@PermitAll
class QuestionAttemptsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "questions";
    static final String ID = "questionId";

    private final AttemptService attempts;
    private final InterviewService interviews;
    private String title = "Question · Rehearse";

    QuestionAttemptsView(AttemptService attempts, InterviewService interviews) {
        this.attempts = attempts;
        this.interviews = interviews;
        addClassNames("page", "attempts-page");
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String id = event.getRouteParameters().get(ID).orElse("");
        try {
            render(attempts.of(id));
        } catch (AttemptException e) {
            title = "Question not found · Rehearse";
            add(EmptyState.wholePage(VaadinIcon.QUESTION_CIRCLE_O, "Question not found", e.getMessage(),
                    ReviewNavigation.linkToHistory("Go to your history")));
        }
    }

    private void render(QuestionAttempts q) {
        QuestionText current = q.current();
        title = current.title() + " · Rehearse";
        Span eyebrow = new Span("Your attempts");
        eyebrow.addClassName("eyebrow");
        H1 heading = new H1(current.title());
        heading.setId("question-title");
        MarkdownText prompt = new MarkdownText(current.content().prompt());
        prompt.addClassName("question-prompt");
        add(eyebrow, heading, badges(current), prompt, practiseAgain(q));

        if (q.isEmpty()) {
            add(new EmptyState(VaadinIcon.EDIT, "No answer to this question yet",
                    "When you answer it in an interview, each attempt appears here beside the model answer, and "
                            + "two of them can be compared word by word."));
            return;
        }
        List<Attempt> all = q.attempts();
        Attempt latest = all.getFirst();
        add(summary(all, latest));
        if (all.size() > 1) {
            add(comparison(all));
        }
        H2 list = new H2(all.size() == 1 ? "Your attempt" : "All your attempts, newest first");
        add(list);
        for (int i = 0; i < all.size(); i++) {
            add(attemptCard(all.get(i), all.size() - i));
        }
    }

    private Div practiseAgain(QuestionAttempts q) {
        Paragraph problem = new Paragraph();
        problem.addClassName("problem");
        problem.setVisible(false);
        Button again = new Button("Practise this question now", VaadinIcon.PLAY.create(), e -> {
            try {
                InterviewNavigation.toInterview(interviews.practiseAgain(q.current().questionId()).id());
            } catch (InterviewException ex) {
                problem.setText(ex.getMessage());
                problem.setVisible(true);
            }
        });
        again.setId("practise-again");
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(again, problem);
        actions.addClassName("actions");
        if (!q.askable()) {
            again.setEnabled(false);
            problem.setText("This question has been retired from the bank: your attempts stay here, but it is no "
                    + "longer asked.");
            problem.setVisible(true);
        }
        return actions;
    }

    private static Div summary(List<Attempt> all, Attempt latest) {
        Div summary = new Div(
                new Stat("Attempts", String.valueOf(all.size())),
                new Stat("Latest", Formats.date(latest.answeredAt())),
                new Stat("Key points, latest", "%d of %d".formatted(latest.pointsMade(), latest.pointsTotal())),
                new Stat("Rating, latest", latest.rating() == null ? "Not rated" : latest.rating().label()));
        summary.addClassName("stats");
        summary.setId("attempts-summary");
        return summary;
    }

    /** The latest attempt against an earlier one, the one before it at first. */
    private Section comparison(List<Attempt> all) {
        Attempt latest = all.getFirst();
        Select<Attempt> earlier = new Select<>();
        earlier.setId("compare-with");
        earlier.setLabel("Compare your latest attempt with");
        earlier.setItems(all.subList(1, all.size()));
        earlier.setItemLabelGenerator(a -> "%s · %d of %d key points".formatted(Formats.dateTime(a.answeredAt()),
                a.pointsMade(), a.pointsTotal()));
        Div result = new Div();
        result.setId("comparison");
        earlier.addValueChangeListener(e -> {
            result.removeAll();
            if (e.getValue() != null) {
                result.add(new AttemptDiff(AttemptService.compare(e.getValue(), latest)));
            }
        });
        earlier.setValue(all.get(1));
        Section section = new Section(new H2("Compare with an earlier attempt"), earlier, result);
        section.addClassNames("card", "attempt-compare");
        return section;
    }

    private static Section attemptCard(Attempt a, int number) {
        Section card = new Section();
        card.addClassNames("review-item", "attempt");
        card.setId("attempt-" + number);
        H3 heading = new H3("Attempt %d · %s".formatted(number, Formats.dateTime(a.answeredAt())));
        Div badges = new Div();
        badges.addClassName("badges");
        badges.add(new Badge("%d of %d key points".formatted(a.pointsMade(), a.pointsTotal()), "topic"));
        badges.add(new Badge(a.rating() == null ? "Not rated" : "Rated " + a.rating().label(), "topic"));
        badges.add(new Badge("Used %s of %s".formatted(Formats.minutesSeconds(a.timeUsedSeconds()),
                Formats.minutesSeconds(a.timeLimitSeconds())), "time"));
        if (a.timedOut()) {
            badges.add(new Badge("Ran out of time", "timed-out"));
        }
        Div answer = new Div();
        answer.addClassName("plain-answer");
        answer.setId("attempt-answer-" + number);
        if (a.answer().isBlank()) {
            answer.setText("(no answer)");
            answer.addClassName("empty");
        } else {
            answer.setText(a.answer());
        }
        Details model = new Details("The model answer as it was then", modelThen(a));
        model.addClassName("model-then");
        card.add(heading, badges, answer, model,
                ReviewNavigation.linkToReview("Open the interview this was part of", a.interviewId()));
        return card;
    }

    private static Div modelThen(Attempt a) {
        UnorderedList points = new UnorderedList();
        points.addClassName("points-then");
        List<KeyPoint> keyPoints = a.asked().content().keyPoints();
        for (int i = 0; i < keyPoints.size(); i++) {
            boolean made = i < a.made().size() && a.made().get(i);
            ListItem item = new ListItem(new Text((made ? "Made: " : "Missed: ") + keyPoints.get(i).text()));
            item.addClassName(made ? "made" : "missed");
            points.add(item);
        }
        MarkdownText text = new MarkdownText(a.asked().content().modelAnswer());
        text.addClassName("model-answer");
        return new Div(points, text);
    }

    private static Div badges(QuestionText q) {
        Div badges = new Div();
        badges.addClassName("badges");
        if (q.kind() != QuestionKind.EXPLAIN) {
            badges.add(new Badge(q.kind().label(), "topic"));
        }
        badges.add(new Badge(q.topic().name(), "topic"));
        badges.add(new Badge(q.difficulty().label(), "difficulty-" + q.difficulty().fileValue()));
        return badges;
    }
}
