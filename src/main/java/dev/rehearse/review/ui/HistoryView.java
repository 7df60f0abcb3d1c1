package dev.rehearse.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.rehearse.base.ui.EmptyState;
import dev.rehearse.base.ui.Formats;
import dev.rehearse.base.ui.MainLayout;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewStatus;
import dev.rehearse.interview.InterviewSummary;
import dev.rehearse.interview.ui.InterviewReviewView;
import dev.rehearse.interview.ui.InterviewSetupView;
import dev.rehearse.interview.ui.InterviewView;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/** Every interview of the person, newest first, loaded a page at a time; a row opens its review. */
@Route(value = "history", layout = MainLayout.class)
@PageTitle("History · Rehearse")
@Menu(order = 2, icon = "vaadin:time-backward", title = "History")
@PermitAll
public class HistoryView extends Div {

    /** Below this window width the grid shows one compact column. */
    static final int COMPACT_BELOW = 700;

    final Grid<InterviewSummary> grid = new Grid<>();
    private final List<Grid.Column<InterviewSummary>> wideColumns = new ArrayList<>();
    private Grid.Column<InterviewSummary> compactColumn;
    private Registration resizeRegistration;

    public HistoryView(InterviewService interviews) {
        addClassName("page");
        addClassName("history-page");
        H1 title = new H1("History");
        Paragraph lead = new Paragraph("Your interviews, newest first. Open one to compare your answers with the "
                + "model answers again.");
        lead.addClassName("lead");
        add(title, lead);

        if (interviews.historyCount() == 0) {
            Button start = new Button("Start your first interview", VaadinIcon.PLAY.create(),
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(InterviewSetupView.class)));
            start.setId("start-interview");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new EmptyState(VaadinIcon.TIME_BACKWARD, "No interviews yet",
                    "Every interview you finish appears here, with your answers kept beside the model answers.",
                    start));
            return;
        }

        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        wideColumns.add(grid.addColumn(s -> Formats.dateTime(s.startedAt())).setHeader("Date").setAutoWidth(true)
                .setFlexGrow(0));
        wideColumns.add(grid.addColumn(InterviewSummary::questionCount).setHeader("Questions").setAutoWidth(true)
                .setFlexGrow(0));
        wideColumns.add(grid.addColumn(s -> String.join(", ", s.topicNames())).setHeader("Topics").setFlexGrow(1));
        wideColumns.add(grid.addColumn(s -> Formats.humanDuration(s.timeUsedSeconds())).setHeader("Time used")
                .setAutoWidth(true).setFlexGrow(0));
        wideColumns.add(grid.addColumn(InterviewSummary::timedOutCount).setHeader("Timed out").setAutoWidth(true)
                .setFlexGrow(0));
        wideColumns.add(grid.addColumn(HistoryView::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0));
        // On a phone one column tells the same story in three short lines.
        compactColumn = grid.addColumn(LitRenderer.<InterviewSummary>of("""
                        <div class="history-compact"><b>${item.date}</b><span>${item.line}</span>\
                        <span>${item.topics}</span></div>""")
                        .withProperty("date", s -> Formats.dateTime(s.startedAt()))
                        .withProperty("line", s -> "%d questions · %d timed out · %s · %s".formatted(
                                s.questionCount(), s.timedOutCount(), Formats.humanDuration(s.timeUsedSeconds()),
                                status(s)))
                        .withProperty("topics", s -> String.join(", ", s.topicNames())))
                .setHeader("Interviews");
        compactColumn.setVisible(false);
        addAttachListener(e -> {
            e.getUI().getPage().retrieveExtendedClientDetails(d -> fitTo(d.getWindowInnerWidth()));
            resizeRegistration = e.getUI().getPage().addBrowserWindowResizeListener(r -> fitTo(r.getWidth()));
        });
        addDetachListener(e -> {
            if (resizeRegistration != null) {
                resizeRegistration.remove();
            }
        });
        grid.setItems(query -> interviews.history(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setAllRowsVisible(false);
        grid.addClassName("history-grid");
        add(grid);
    }

    void fitTo(int windowWidth) {
        boolean compact = windowWidth > 0 && windowWidth < COMPACT_BELOW;
        compactColumn.setVisible(compact);
        wideColumns.forEach(c -> c.setVisible(!compact));
    }

    private static String status(InterviewSummary s) {
        return s.status() == InterviewStatus.OPEN ? "In progress" : "Finished";
    }

    private void open(InterviewSummary s) {
        getUI().ifPresent(ui -> {
            if (s.status() == InterviewStatus.OPEN) {
                ui.navigate(InterviewView.class, InterviewView.parameters(s.id()));
            } else {
                ui.navigate(InterviewReviewView.class, InterviewReviewView.parameters(s.id()));
            }
        });
    }
}
