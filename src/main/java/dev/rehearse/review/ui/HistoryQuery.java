package dev.rehearse.review.ui;

import com.vaadin.flow.router.QueryParameters;
import dev.rehearse.questionbank.Difficulty;
import dev.rehearse.review.AnswerFilter;
import dev.rehearse.review.AnswerFilter.CoverageFilter;
import dev.rehearse.review.AnswerFilter.RatingFilter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the history page shows, as it stands in its address: {@code ?show=answers&q=yield&topic=security&
 * difficulty=hard&from=2026-11-01&to=2026-11-30&rating=again&coverage=under-half&timed-out=yes}. Any search or filter
 * means answers. A value the page does not know is left out, with a sentence in {@code problems} saying so.
 */
record HistoryQuery(boolean answers, String text, Set<String> topics, Set<Difficulty> difficulties, LocalDate from,
        LocalDate to, RatingFilter rating, CoverageFilter coverage, boolean timedOutOnly, List<String> problems) {

    static final HistoryQuery INTERVIEWS = new HistoryQuery(false, "", Set.of(), Set.of(), null, null,
            RatingFilter.ANY, CoverageFilter.ANY, false, List.of());

    HistoryQuery {
        text = text == null ? "" : text;
        topics = Set.copyOf(topics);
        difficulties = Set.copyOf(difficulties);
        problems = List.copyOf(problems);
    }

    static HistoryQuery parse(QueryParameters parameters) {
        Map<String, List<String>> p = parameters.getParameters();
        List<String> problems = new ArrayList<>();
        String text = first(p, "q");
        Set<String> topics = new LinkedHashSet<>(p.getOrDefault("topic", List.of()));
        topics.removeIf(String::isBlank);
        Set<Difficulty> difficulties = new LinkedHashSet<>();
        for (String d : p.getOrDefault("difficulty", List.of())) {
            Difficulty.fromFileValue(d).ifPresentOrElse(difficulties::add, () -> problems.add(
                    "The difficulty “%s” in the address is not one of easy, medium and hard: left out."
                            .formatted(shown(d))));
        }
        LocalDate from = date(first(p, "from"), "first day", problems);
        LocalDate to = date(first(p, "to"), "last day", problems);
        RatingFilter rating = choice(first(p, "rating"), RatingFilter.values(), RatingFilter.ANY, "rating", problems);
        CoverageFilter coverage = choice(first(p, "coverage"), CoverageFilter.values(), CoverageFilter.ANY,
                "coverage", problems);
        boolean timedOut = "yes".equals(first(p, "timed-out"));
        boolean filtered = !text.isBlank() || !topics.isEmpty() || !difficulties.isEmpty() || from != null
                || to != null || rating != RatingFilter.ANY || coverage != CoverageFilter.ANY || timedOut;
        boolean answers = filtered || "answers".equals(first(p, "show"));
        return new HistoryQuery(answers, text, topics, difficulties, from, to, rating, coverage, timedOut, problems);
    }

    /** The address of this view, with only what differs from showing every interview. */
    QueryParameters toParameters() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (answers) {
            p.put("show", List.of("answers"));
        }
        if (!text.isBlank()) {
            p.put("q", List.of(text));
        }
        if (!topics.isEmpty()) {
            p.put("topic", topics.stream().sorted().toList());
        }
        if (!difficulties.isEmpty()) {
            p.put("difficulty", difficulties.stream().sorted().map(Difficulty::fileValue).toList());
        }
        if (from != null) {
            p.put("from", List.of(from.toString()));
        }
        if (to != null) {
            p.put("to", List.of(to.toString()));
        }
        if (rating != RatingFilter.ANY) {
            p.put("rating", List.of(slug(rating)));
        }
        if (coverage != CoverageFilter.ANY) {
            p.put("coverage", List.of(slug(coverage)));
        }
        if (timedOutOnly) {
            p.put("timed-out", List.of("yes"));
        }
        return new QueryParameters(p);
    }

    /** The filter for the service: days from and to, both included, in the person's time zone. */
    AnswerFilter filter(ZoneId zone) {
        return new AnswerFilter(text, topics, difficulties, from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), rating, coverage, timedOutOnly);
    }

    HistoryQuery showingAnswers(boolean show) {
        return show ? new HistoryQuery(true, text, topics, difficulties, from, to, rating, coverage, timedOutOnly,
                List.of()) : INTERVIEWS;
    }

    static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A value from the address as a message quotes it: never longer than a few words. */
    private static String shown(String value) {
        return value.length() <= 30 ? value : value.substring(0, 30) + "…";
    }

    private static String first(Map<String, List<String>> p, String name) {
        List<String> values = p.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.getFirst().strip();
    }

    private static LocalDate date(String value, String which, List<String> problems) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add("The %s “%s” in the address is not a date such as 2026-12-01: left out.".formatted(which,
                    shown(value)));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(String value, E[] values, E any, String what, List<String> problems) {
        if (value.isEmpty()) {
            return any;
        }
        for (E e : values) {
            if (slug(e).equals(value)) {
                return e;
            }
        }
        problems.add("The %s “%s” in the address is not one the page knows: left out.".formatted(what,
                shown(value)));
        return any;
    }
}
