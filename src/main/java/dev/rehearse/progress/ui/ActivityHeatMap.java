package dev.rehearse.progress.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The last 26 weeks as a calendar, one square a day (a column a week, Monday on top), darker the more answers were
 * given that day: an SVG drawn here, styled by the page's stylesheet so that it reads in either theme, with a title
 * per day and a one-sentence summary for screen readers.
 */
final class ActivityHeatMap {

    static final int CELL = 13;
    static final int STEP = 16;
    static final int LEFT = 30;
    static final int TOP = 18;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    private ActivityHeatMap() {
    }

    /** {@code perDay}: answers per day from the Monday {@code firstDay}, through today. */
    static String svg(LocalDate firstDay, List<Integer> perDay) {
        int weeks = (perDay.size() + 6) / 7;
        int width = LEFT + weeks * STEP;
        int height = TOP + 7 * STEP;
        int total = perDay.stream().mapToInt(Integer::intValue).sum();
        long activeDays = perDay.stream().filter(n -> n > 0).count();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"heat-map\" viewBox=\"0 0 %d %d\" role=\"img\" "
                .formatted(width, height))
                .append("aria-label=\"").append(Svg.escape(summary(total, activeDays, perDay.size()))).append("\">");
        String[] days = {"Mon", "", "Wed", "", "Fri", "", ""};
        for (int d = 0; d < 7; d++) {
            if (!days[d].isEmpty()) {
                svg.append("<text class=\"chart-label\" x=\"0\" y=\"%d\">%s</text>".formatted(TOP + d * STEP + 10,
                        days[d]));
            }
        }
        int lastMonth = -1;
        for (int w = 0; w < weeks; w++) {
            LocalDate monday = firstDay.plusWeeks(w);
            if (monday.getMonthValue() != lastMonth && monday.getDayOfMonth() <= 7) {
                svg.append("<text class=\"chart-label\" x=\"%d\" y=\"11\">%s</text>".formatted(LEFT + w * STEP,
                        MONTH.format(monday)));
            }
            lastMonth = monday.getDayOfMonth() <= 7 ? monday.getMonthValue() : lastMonth;
        }
        for (int i = 0; i < perDay.size(); i++) {
            int n = perDay.get(i);
            LocalDate day = firstDay.plusDays(i);
            svg.append("<rect class=\"heat-%d\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"2\"><title>%s: %s</title></rect>"
                    .formatted(level(n), LEFT + (i / 7) * STEP, TOP + (i % 7) * STEP, CELL, CELL, DAY.format(day),
                            n == 0 ? "no answer" : n == 1 ? "1 answer" : n + " answers"));
        }
        return svg.append("</svg>").toString();
    }

    static String summary(int total, long activeDays, int days) {
        return total == 0 ? "No answers in the last 26 weeks."
                : "%d %s on %d of the last %d days.".formatted(total, total == 1 ? "answer" : "answers", activeDays,
                        days);
    }

    /** 0 for none, then 1, 2 to 3, 4 to 6, 7 or more. */
    static int level(int answers) {
        return answers == 0 ? 0 : answers == 1 ? 1 : answers <= 3 ? 2 : answers <= 6 ? 3 : 4;
    }
}
