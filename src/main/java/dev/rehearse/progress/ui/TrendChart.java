package dev.rehearse.progress.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A weekly series as a line over 26 weeks: a point for each week that has a value, a line between consecutive ones
 * (a week without a value breaks it), grid lines with their labels, and a title per point. An SVG drawn here and
 * styled by the page's stylesheet.
 */
final class TrendChart {

    static final int WIDTH = 560;
    static final int HEIGHT = 170;
    static final int LEFT = 44;
    static final int RIGHT = 10;
    static final int TOP = 10;
    static final int BOTTOM = 24;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private TrendChart() {
    }

    /**
     * @param values one per week from {@code firstMonday}, null where the week has none
     * @param min the value at the bottom
     * @param max the value at the top
     * @param grid the values that get a grid line and a label
     * @param label how a value reads
     */
    static String svg(String summary, LocalDate firstMonday, List<Double> values, double min, double max,
            double[] grid, DoubleFunction<String> label) {
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        int n = values.size();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend-chart\" viewBox=\"0 0 %d %d\" role=\"img\" "
                .formatted(WIDTH, HEIGHT)).append("aria-label=\"").append(Svg.escape(summary)).append("\">");
        for (double g : grid) {
            double y = TOP + plotH - (g - min) / (max - min) * plotH;
            svg.append(f("<line class=\"chart-grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>", LEFT, y,
                    WIDTH - RIGHT, y));
            svg.append(f("<text class=\"chart-label\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    LEFT - 6, y + 4, Svg.escape(label.apply(g))));
        }
        for (int w = 0; w < n; w += 5) {
            // The last label ends at its week, so that it stays inside the chart.
            String anchor = w == 0 ? "start" : w >= n - 1 ? "end" : "middle";
            svg.append(f("<text class=\"chart-label\" x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s</text>",
                    x(w, n, plotW), HEIGHT - 6, anchor, WEEK.format(firstMonday.plusWeeks(w))));
        }
        StringBuilder line = new StringBuilder();
        for (int w = 0; w < n; w++) {
            Double v = values.get(w);
            if (v == null) {
                flush(svg, line);
                continue;
            }
            double y = TOP + plotH - (v - min) / (max - min) * plotH;
            line.append(line.isEmpty() ? "" : " ").append(f("%.1f,%.1f", x(w, n, plotW), y));
        }
        flush(svg, line);
        for (int w = 0; w < n; w++) {
            Double v = values.get(w);
            if (v != null) {
                double y = TOP + plotH - (v - min) / (max - min) * plotH;
                svg.append(f("<circle class=\"trend-point\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\">"
                        + "<title>Week of %s: %s</title></circle>", x(w, n, plotW), y,
                        WEEK.format(firstMonday.plusWeeks(w)),
                                Svg.escape(label.apply(v))));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Numbers in SVG are written with a dot, whatever the server's locale. */
    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static double x(int week, int weeks, double plotW) {
        return LEFT + (weeks <= 1 ? plotW / 2 : week * plotW / (weeks - 1));
    }

    private static void flush(StringBuilder svg, StringBuilder line) {
        if (line.indexOf(" ") > 0) {
            svg.append("<polyline class=\"trend-line\" points=\"").append(line).append("\"/>");
        }
        line.setLength(0);
    }
}
