package dev.rehearse.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.rehearse.base.ui.EmptyState;
import dev.rehearse.base.ui.Formats;
import dev.rehearse.base.ui.Stat;
import dev.rehearse.base.ui.MainLayout;
import dev.rehearse.interview.InterviewException;
import dev.rehearse.interview.InterviewMode;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewSetup;
import dev.rehearse.interview.TimeLimitKind;
import dev.rehearse.interview.ui.InterviewNavigation;
import dev.rehearse.progress.ProgressReport;
import dev.rehearse.progress.ProgressService;
import dev.rehearse.progress.Readiness;
import dev.rehearse.progress.TopicReadiness;
import dev.rehearse.progress.WeekTrend;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the person is doing: readiness per topic, a calendar of the last 26 weeks, the streak, the weekly trend of key
 * points made and ratings, and the weakest topics with a button that practises them. Every chart is an SVG drawn on
 * the server with its numbers also in a table.
 */
@Route(value = "progress", layout = MainLayout.class)
@PageTitle("Progress · Rehearse")
@Menu(order = 2.5, icon = "vaadin:chart-line", title = "Progress")
@PermitAll
class ProgressView extends Main implements BeforeEnterObserver {

    /** How many questions "Practise these" asks. */
    static final int PRACTICE_QUESTIONS = 5;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final ProgressService progress;
    private final InterviewService interviews;

    ProgressView(ProgressService progress, InterviewService interviews) {
        this.progress = progress;
        this.interviews = interviews;
        addClassNames("page", "progress-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Paragraph lead = new Paragraph("How ready you are, topic by topic, how much you practise, and how your answers "
                + "are going.");
        lead.addClassName("lead");
        add(new H1("Progress"), lead);
        ProgressReport report = progress.report(Formats.zone());
        if (report.isEmpty()) {
            Button start = new Button("Start an interview", VaadinIcon.PLAY.create(), e -> InterviewNavigation.toSetup());
            start.setId("start-interview");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new EmptyState(VaadinIcon.CHART_LINE, "Your progress shows here",
                    "After your first answers this page shows how ready you are on each topic, a calendar of the "
                            + "days you practised, your streak, and whether your answers make more key points week "
                            + "by week.", start));
            return;
        }
        add(summary(report), weakest(report), readiness(report), activity(report), trends(report));
    }

    private static Div summary(ProgressReport r) {
        int inWindow = r.answersPerDay().stream().mapToInt(Integer::intValue).sum();
        Div stats = new Div(new Stat("Answers, last 26 weeks", String.valueOf(inWindow)),
                new Stat("Current streak", days(r.currentStreak())), new Stat("Longest streak", days(r.longestStreak())));
        stats.addClassName("stats");
        stats.setId("progress-summary");
        return stats;
    }

    private Section weakest(ProgressReport r) {
        Section section = section("Your weakest topics", "weakest");
        if (r.weakest().isEmpty()) {
            section.add(new Paragraph("Answer a few questions and your weakest topics show here."));
            return section;
        }
        Div list = new Div();
        list.addClassName("weak-topics");
        r.weakest().forEach(t -> list.add(new Span("%s · %d%%".formatted(t.name(), t.percent()))));
        Paragraph problem = new Paragraph();
        problem.addClassName("problem");
        problem.setVisible(false);
        Set<String> slugs = r.weakest().stream().map(TopicReadiness::slug).collect(Collectors.toSet());
        Button practise = new Button("Practise these", VaadinIcon.PLAY.create(), e -> {
            try {
                InterviewNavigation.toInterview(interviews.start(new InterviewSetup(PRACTICE_QUESTIONS, null, slugs,
                        Set.of(), InterviewMode.PRACTICE, TimeLimitKind.PER_QUESTION)).id());
            } catch (InterviewException ex) {
                problem.setText(ex.getMessage());
                problem.setVisible(true);
            }
        });
        practise.setId("practise-weakest");
        practise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(new Paragraph("A practice interview of %d questions from these topics, preferring the ones "
                .formatted(PRACTICE_QUESTIONS) + "you know least, each with its model answer after you answer."),
                list, practise, problem);
        return section;
    }

    private static Section readiness(ProgressReport r) {
        Section section = section("Readiness by topic", "readiness");
        Paragraph how = new Paragraph(Readiness.EXPLAINED);
        how.addClassName("chart-note");
        Div bars = new Div();
        bars.addClassName("readiness-bars");
        for (TopicReadiness t : r.topics()) {
            Span name = new Span(t.name());
            name.addClassName("readiness-name");
            Div fill = new Div();
            fill.addClassName("readiness-fill");
            fill.getStyle().set("width", t.percent() + "%");
            Div bar = new Div(fill);
            bar.addClassName("readiness-bar");
            bar.getElement().setAttribute("aria-hidden", "true");
            Span value = new Span("%d%% · answered %d of %d".formatted(t.percent(), t.answered(), t.questions()));
            value.addClassName("readiness-value");
            Div row = new Div(name, bar, value);
            row.addClassName("readiness-row");
            row.setId("readiness-" + t.slug());
            bars.add(row);
        }
        section.add(how, bars);
        return section;
    }

    private static Section activity(ProgressReport r) {
        Section section = section("Practice over the last 26 weeks", "activity");
        Svg map = new Svg(ActivityHeatMap.svg(r.firstDay(), r.answersPerDay()));
        map.setId("activity-map");
        map.addClassName("chart");
        Div legend = new Div(new Span("Fewer"), swatch(0), swatch(1), swatch(2), swatch(3), swatch(4),
                new Span("More answers a day"));
        legend.addClassName("heat-legend");
        legend.getElement().setAttribute("aria-hidden", "true");
        NativeTable table = table(List.of("Week of", "Answers"), r.weeks().stream()
                .map(w -> List.of(WEEK.format(w.start()), String.valueOf(w.answers()))).toList());
        table.setId("activity-table");
        section.add(map, legend, asTable(table));
        return section;
    }

    private static Section trends(ProgressReport r) {
        Section section = section("How your answers are going", "trends");
        List<Double> coverage = r.weeks().stream().map(WeekTrend::coverage).toList();
        List<Double> ratings = r.weeks().stream().map(WeekTrend::rating).toList();
        Svg points = new Svg(TrendChart.svg(trendSummary("Key points made, weekly average", coverage, true),
                r.firstDay(), coverage, 0, 1, new double[] {0, 0.5, 1}, v -> Math.round(v * 100) + "%"));
        points.setId("coverage-trend");
        points.addClassName("chart");
        Svg rated = new Svg(TrendChart.svg(trendSummary("Your ratings, weekly average", ratings, false),
                r.firstDay(), ratings, 1, 4, new double[] {1, 2, 3, 4}, ProgressView::ratingLabel));
        rated.setId("rating-trend");
        rated.addClassName("chart");
        NativeTable table = table(List.of("Week of", "Answers", "Key points made", "Average rating"),
                r.weeks().stream().map(w -> List.of(WEEK.format(w.start()), String.valueOf(w.answers()),
                        w.coverage() == null ? "–" : Math.round(w.coverage() * 100) + "%",
                        w.rating() == null ? "–" : String.format(Locale.ROOT, "%.1f", w.rating()))).toList());
        table.setId("trend-table");
        section.add(new H3("Key points made, weekly average"), chartOrNote(points, coverage,
                        "None of your answers has been judged yet."),
                new H3("Your ratings, weekly average (Again 1, Hard 2, Good 3, Easy 4)"), chartOrNote(rated, ratings,
                        "You have not rated an answer yet: rate them on the review page, Again to Easy."),
                asTable(table));
        return section;
    }

    /** The chart, or a sentence instead of an empty one. */
    private static Component chartOrNote(Svg chart, List<Double> values, String none) {
        if (values.stream().anyMatch(v -> v != null)) {
            return chart;
        }
        Paragraph note = new Paragraph(none);
        note.addClassName("chart-note");
        return note;
    }

    static String trendSummary(String what, List<Double> values, boolean percent) {
        List<Double> known = values.stream().filter(v -> v != null).toList();
        if (known.isEmpty()) {
            return what + ": no week has a value yet.";
        }
        String first = percent ? Math.round(known.getFirst() * 100) + "%" : ratingLabel(known.getFirst());
        String last = percent ? Math.round(known.getLast() * 100) + "%" : ratingLabel(known.getLast());
        return known.size() == 1 ? "%s: %s in the one week with answers.".formatted(what, last)
                : "%s: from %s in the first week with answers to %s in the latest, over %d weeks.".formatted(what,
                        first, last, known.size());
    }

    static String ratingLabel(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static Details asTable(NativeTable table) {
        Details details = new Details("The same numbers as a table", table);
        details.addClassName("chart-table");
        return details;
    }

    private static NativeTable table(List<String> headers, List<List<String>> rows) {
        NativeTableRow head = new NativeTableRow();
        headers.forEach(h -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        });
        NativeTableBody body = new NativeTableBody();
        for (List<String> row : rows) {
            NativeTableRow tr = new NativeTableRow();
            row.forEach(v -> tr.add(new NativeTableCell(v)));
            body.add(tr);
        }
        NativeTable table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("data-table");
        return table;
    }

    private static Span swatch(int level) {
        Span s = new Span();
        s.addClassNames("heat-swatch", "heat-" + level);
        return s;
    }

    private static Section section(String title, String id) {
        Section section = new Section(new H2(title));
        section.addClassNames("card", "progress-section");
        section.setId(id);
        return section;
    }

    private static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
