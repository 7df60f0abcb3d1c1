package dev.rehearse.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import dev.rehearse.base.ui.EmptyState;
import dev.rehearse.base.ui.Formats;
import dev.rehearse.base.ui.MainLayout;
import dev.rehearse.interview.ui.InterviewNavigation;
import dev.rehearse.review.HistoryRow;
import dev.rehearse.review.ReviewService;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;

/**
 * Every interview of the person, newest first, fetched a page at a time as the grid scrolls (one query per page,
 * no count); a row opens its review, or the interview itself while it runs.
 */
@Route(value = "history", layout = MainLayout.class)
@PageTitle("History · Rehearse")
@Menu(order = 2, icon = "vaadin:time-backward", title = "History")
@PermitAll
class HistoryView extends Main {

    /** Below this window width the grid shows one compact column. */
    static final int COMPACT_BELOW = 700;

    private final Grid<HistoryRow> grid = new Grid<>();
    private final List<Grid.Column<HistoryRow>> wideColumns = new ArrayList<>();
    private Grid.Column<HistoryRow> compactColumn;
    private Registration resizeRegistration;

    HistoryView(ReviewService reviews) {
        addClassNames("page", "history-page");
        Paragraph lead = new Paragraph("Your interviews, newest first. Open one to compare your answers with the "
                + "model answers again.");
        lead.addClassName("lead");
        add(new H1("History"), lead);

        if (!reviews.hasHistory()) {
            Button start = new Button("Start your first interview", VaadinIcon.PLAY.create(),
                    e -> InterviewNavigation.toSetup());
            start.setId("start-interview");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new EmptyState(VaadinIcon.TIME_BACKWARD, "No interviews yet",
                    "Every interview you finish appears here, with your answers kept beside the model answers.",
                    start));
            return;
        }

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
        compactColumn = grid.addColumn(LitRenderer.<HistoryRow>of("""
                        <div class="history-compact"><b>${item.date}</b><span>${item.line}</span>\
                        <span>${item.topics}</span></div>""")
                        .withProperty("date", r -> Formats.dateTime(r.startedAt()))
                        .withProperty("line", r -> "%d questions · %d timed out · %s · %s".formatted(
                                r.totals().questions(), r.totals().timedOut(),
                                Formats.humanDuration(r.totals().timeUsedSeconds()), status(r)))
                        .withProperty("topics", r -> String.join(", ", r.topicNames())))
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
        // Undefined size: the grid asks for pages until one comes back short, so no count query is run.
        grid.setItems(query -> reviews.history(query.getOffset(), query.getLimit()).stream());
        grid.addItemClickListener(e -> open(e.getItem()));
        add(grid);
    }

    void fitTo(int windowWidth) {
        boolean compact = windowWidth > 0 && windowWidth < COMPACT_BELOW;
        compactColumn.setVisible(compact);
        wideColumns.forEach(c -> c.setVisible(!compact));
    }

    private static String status(HistoryRow r) {
        return r.finished() ? "Finished" : "In progress";
    }

    private void open(HistoryRow r) {
        if (r.finished()) {
            ReviewNavigation.toReview(r.id());
        } else {
            InterviewNavigation.toInterview(r.id());
        }
    }
}
