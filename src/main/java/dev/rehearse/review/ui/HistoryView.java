package dev.rehearse.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dev.rehearse.base.ui.EmptyState;
import dev.rehearse.base.ui.Formats;
import dev.rehearse.base.ui.MainLayout;
import dev.rehearse.base.ui.Notice;
import dev.rehearse.interview.InterviewException;
import dev.rehearse.interview.ui.InterviewNavigation;
import dev.rehearse.questionbank.QuestionBankService;
import dev.rehearse.review.AnswerFilter;
import dev.rehearse.review.AnswerHistoryService;
import dev.rehearse.review.AnswerRow;
import dev.rehearse.review.HistoryRow;
import dev.rehearse.review.ReviewService;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every interview of the person, newest first, or every answer they gave, searched and filtered; which one, and the
 * filters, stand in the page's address, so a filtered view can be bookmarked and the back button goes back. Both
 * lists are fetched a page at a time as the grid scrolls (one query per page, no count). An interview opens its
 * review, or the interview itself while it runs; an answer opens its question's page.
 */
@Route(value = "history", layout = MainLayout.class)
@PageTitle("History · Rehearse")
@Menu(order = 2, icon = "vaadin:time-backward", title = "History")
@PermitAll
class HistoryView extends Main implements BeforeEnterObserver {

    /** Below this window width the grids show one compact column. */
    static final int COMPACT_BELOW = 700;

    private final ReviewService reviews;
    private final AnswerHistoryService answers;
    private final Optional<QuestionPages> questionPages;
    private final boolean hasHistory;

    final RadioButtonGroup<Boolean> show = new RadioButtonGroup<>("Show");
    private final Grid<HistoryRow> interviewGrid = new Grid<>();
    private final Grid<AnswerRow> answerGrid = new Grid<>();
    private final List<Grid.Column<?>> wideColumns = new ArrayList<>();
    private final List<Grid.Column<?>> compactColumns = new ArrayList<>();
    private final AnswerFilters filters;
    private final Paragraph noMatch = new Paragraph("No answer matches these filters. Clear some of them to see more.");
    private Registration resizeRegistration;
    private boolean showing;

    HistoryView(ReviewService reviews, AnswerHistoryService answers, QuestionBankService bank,
            Optional<QuestionPages> questionPages) {
        this.reviews = reviews;
        this.answers = answers;
        this.questionPages = questionPages;
        addClassNames("page", "history-page");
        Paragraph lead = new Paragraph("Your interviews, newest first, or every answer you gave: search them, filter "
                + "them, and open one to compare it with the model answer again.");
        lead.addClassName("lead");
        add(new H1("History"), lead);

        hasHistory = reviews.hasHistory();
        filters = new AnswerFilters(bank.topics(), this::go);
        if (!hasHistory) {
            Button start = new Button("Start your first interview", VaadinIcon.PLAY.create(),
                    e -> InterviewNavigation.toSetup());
            start.setId("start-interview");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new EmptyState(VaadinIcon.TIME_BACKWARD, "No interviews yet",
                    "Every interview you finish appears here, with your answers kept beside the model answers.",
                    start));
            return;
        }

        show.setId("history-show");
        show.setItems(false, true);
        show.setItemLabelGenerator(a -> a ? "Answers" : "Interviews");
        show.addValueChangeListener(e -> {
            if (!showing && e.getValue() != null) {
                go(HistoryQuery.INTERVIEWS.showingAnswers(e.getValue()));
            }
        });
        noMatch.setId("no-match");
        noMatch.addClassName("no-match");
        buildInterviewGrid();
        buildAnswerGrid();
        addAttachListener(e -> {
            e.getUI().getPage().retrieveExtendedClientDetails(d -> fitTo(d.getWindowInnerWidth()));
            resizeRegistration = e.getUI().getPage().addBrowserWindowResizeListener(r -> fitTo(r.getWidth()));
        });
        addDetachListener(e -> {
            if (resizeRegistration != null) {
                resizeRegistration.remove();
            }
        });
        add(show, filters, interviewGrid, noMatch, answerGrid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!hasHistory) {
            return;
        }
        HistoryQuery query = HistoryQuery.parse(event.getLocation().getQueryParameters());
        query.problems().forEach(Notice::error);
        showing = true;
        show.setValue(query.answers());
        showing = false;
        filters.show(query);
        filters.setVisible(query.answers());
        interviewGrid.setVisible(!query.answers());
        if (!query.answers()) {
            noMatch.setVisible(false);
            answerGrid.setVisible(false);
            // Undefined size: the grid asks for pages until one comes back short, so no count query is run.
            interviewGrid.setItems(q -> reviews.history(q.getOffset(), q.getLimit()).stream());
            return;
        }
        AnswerFilter filter = query.filter(Formats.zone());
        try {
            boolean none = answers.answers(filter, 0, 1).isEmpty();
            noMatch.setVisible(none);
            answerGrid.setVisible(!none);
            answerGrid.setItems(q -> answers.answers(filter, q.getOffset(), q.getLimit()).stream());
        } catch (InterviewException e) {
            Notice.error(e.getMessage());
            noMatch.setVisible(false);
            answerGrid.setVisible(false);
        }
    }

    private void go(HistoryQuery query) {
        UI.getCurrent().navigate(HistoryView.class, query.toParameters());
    }

    private void buildInterviewGrid() {
        Grid<HistoryRow> grid = interviewGrid;
        grid.setId("history-grid");
        grid.addClassName("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        wideColumns.add(grid.addColumn(r -> Formats.dateTime(r.startedAt())).setHeader("Date").setAutoWidth(true)
                .setFlexGrow(0));
        wideColumns.add(grid.addColumn(r -> r.totals().questions()).setHeader("Questions").setAutoWidth(true)
                .setFlexGrow(0));
        wideColumns.add(grid.addColumn(r -> String.join(", ", r.topicNames())).setHeader("Topics").setFlexGrow(1));
        wideColumns.add(grid.addColumn(r -> Formats.humanDuration(r.totals().timeUsedSeconds())).setHeader("Time used")
                .setAutoWidth(true).setFlexGrow(0));
        wideColumns.add(grid.addColumn(r -> r.totals().timedOut()).setHeader("Timed out").setAutoWidth(true)
                .setFlexGrow(0));
        wideColumns.add(grid.addColumn(HistoryView::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0));
        // On a phone one column tells the same story in three short lines.
        Grid.Column<HistoryRow> compact = grid.addColumn(LitRenderer.<HistoryRow>of("""
                        <div class="history-compact"><b>${item.date}</b><span>${item.line}</span>\
                        <span>${item.topics}</span></div>""")
                        .withProperty("date", r -> Formats.dateTime(r.startedAt()))
                        .withProperty("line", r -> "%d questions · %d timed out · %s · %s".formatted(
                                r.totals().questions(), r.totals().timedOut(),
                                Formats.humanDuration(r.totals().timeUsedSeconds()), status(r)))
                        .withProperty("topics", r -> String.join(", ", r.topicNames())))
                .setHeader("Interviews");
        compact.setVisible(false);
        compactColumns.add(compact);
        grid.addItemClickListener(e -> open(e.getItem()));
    }

    private void buildAnswerGrid() {
        Grid<AnswerRow> grid = answerGrid;
        grid.setId("answer-grid");
        grid.addClassName("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        wideColumns.add(grid.addColumn(r -> Formats.dateTime(r.answeredAt())).setHeader("Date").setAutoWidth(true)
                .setFlexGrow(0));
        wideColumns.add(grid.addColumn(LitRenderer.<AnswerRow>of("""
                        <div class="answer-cell"><b>${item.title}</b><span>${item.excerpt}</span></div>""")
                        .withProperty("title", AnswerRow::title)
                        .withProperty("excerpt", r -> r.excerpt().isEmpty() ? "(no answer)" : r.excerpt()))
                .setHeader("Question and your answer").setWidth("22rem").setFlexGrow(3));
        wideColumns.add(grid.addColumn(LitRenderer.<AnswerRow>of("""
                        <div class="answer-cell"><span>${item.topic}</span><span>${item.difficulty}</span></div>""")
                        .withProperty("topic", AnswerRow::topicName)
                        .withProperty("difficulty", r -> r.difficulty().label()))
                .setHeader("Topic").setWidth("11rem").setFlexGrow(1));
        wideColumns.add(grid.addColumn(LitRenderer.<AnswerRow>of("""
                        <div class="answer-cell"><span>${item.rating}</span><span>${item.points}</span>\
                        <span>${item.time}</span></div>""")
                        .withProperty("rating", HistoryView::rating)
                        .withProperty("points", r -> points(r) + " key points")
                        .withProperty("time", r -> r.timedOut() ? "Ran out of time" : ""))
                .setHeader("Result").setWidth("10rem").setFlexGrow(0));
        Grid.Column<AnswerRow> compact = grid.addColumn(LitRenderer.<AnswerRow>of("""
                        <div class="history-compact"><b>${item.title}</b><span>${item.line}</span>\
                        <span>${item.excerpt}</span></div>""")
                        .withProperty("title", AnswerRow::title)
                        .withProperty("line", r -> "%s · %s · %s · %s key points%s".formatted(
                                Formats.dateTime(r.answeredAt()), r.topicName(), rating(r), points(r),
                                r.timedOut() ? " · ran out of time" : ""))
                        .withProperty("excerpt", AnswerRow::excerpt))
                .setHeader("Answers");
        compact.setVisible(false);
        compactColumns.add(compact);
        grid.addItemClickListener(e -> questionPages.ifPresent(pages ->
                UI.getCurrent().navigate(pages.location(e.getItem().questionId()))));
    }

    void fitTo(int windowWidth) {
        boolean compact = windowWidth > 0 && windowWidth < COMPACT_BELOW;
        compactColumns.forEach(c -> c.setVisible(compact));
        wideColumns.forEach(c -> c.setVisible(!compact));
    }

    private static String status(HistoryRow r) {
        return r.finished() ? "Finished" : "In progress";
    }

    private static String rating(AnswerRow r) {
        return r.rating() == null ? "Not rated" : r.rating().label();
    }

    private static String points(AnswerRow r) {
        return r.pointsMade() == null ? "not judged" : "%d of %d".formatted(r.pointsMade(), r.pointsTotal());
    }

    private void open(HistoryRow r) {
        if (r.finished()) {
            ReviewNavigation.toReview(r.id());
        } else {
            InterviewNavigation.toInterview(r.id());
        }
    }
}
