package dev.rehearse.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The checker's verdict on one answer: one entry per key point, in the order of the question's key points. */
public record Coverage(List<PointCoverage> points) {

    public Coverage {
        points = List.copyOf(points);
    }

    /** How many key points the answer makes. */
    public int made() {
        return (int) points.stream().filter(PointCoverage::covered).count();
    }

    public int total() {
        return points.size();
    }

    /** The words that made any point, in text order, overlapping stretches joined into one. */
    public List<Highlight> highlights() {
        List<Highlight> all = points.stream().flatMap(p -> p.highlights().stream())
                .sorted(Comparator.comparingInt(Highlight::start)).toList();
        List<Highlight> joined = new ArrayList<>();
        for (Highlight h : all) {
            Highlight last = joined.isEmpty() ? null : joined.getLast();
            if (last != null && h.start() <= last.end()) {
                joined.set(joined.size() - 1, new Highlight(last.start(), Math.max(last.end(), h.end())));
            } else {
                joined.add(h);
            }
        }
        return joined;
    }
}
