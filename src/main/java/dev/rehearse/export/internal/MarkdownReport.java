package dev.rehearse.export.internal;

import dev.rehearse.export.RehearseExport.Answer;
import dev.rehearse.export.RehearseExport.Interview;
import dev.rehearse.interview.ClosedBy;
import dev.rehearse.questionbank.KeyPoint;
import dev.rehearse.questionbank.QuestionText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * One interview as a Markdown report: for each question its prompt, the answer as typed (in a fenced block, so
 * nothing in it becomes Markdown or HTML), the model answer, the key points made and missed, the rating and the note.
 */
public final class MarkdownReport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    private MarkdownReport() {
    }

    /** {@code made}: for an answer, the key points it made (null for one never judged). */
    public static String of(Interview interview, Function<Answer, QuestionText> question,
            Function<Answer, List<Boolean>> made, ZoneId zone) {
        StringBuilder md = new StringBuilder();
        md.append("# Interview of ").append(when(interview.startedAt(), zone)).append("\n\n");
        md.append("- Mode: ").append(interview.mode().toLowerCase(Locale.ROOT)).append('\n');
        md.append("- Questions: ").append(interview.answers().size()).append('\n');
        if (interview.finishedAt() != null) {
            md.append("- Finished: ").append(when(interview.finishedAt(), zone)).append('\n');
        }
        for (Answer a : interview.answers()) {
            QuestionText q = question.apply(a);
            md.append("\n## ").append(a.position()).append(". ").append(q.title()).append("\n\n");
            md.append(q.topic().name()).append(" · ").append(q.difficulty().label());
            if (a.timeUsedSeconds() != null) {
                md.append(" · used %d:%02d of %d:%02d".formatted(a.timeUsedSeconds() / 60, a.timeUsedSeconds() % 60,
                        a.timeLimitSeconds() / 60, a.timeLimitSeconds() % 60));
            }
            if (ClosedBy.ranOutOfTime(a.closedBy())) {
                md.append(" · ran out of time");
            }
            md.append("\n\n### Question\n\n").append(q.content().prompt().strip()).append("\n\n");
            md.append("### Your answer\n\n").append(fenced(a.answer())).append('\n');
            if (a.lateText() != null && !a.lateText().isBlank()) {
                md.append("Typed after the time was up (kept, not counted):\n\n").append(fenced(a.lateText()))
                        .append('\n');
            }
            md.append("### Model answer\n\n").append(q.content().modelAnswer().strip()).append("\n\n");
            md.append("### Key points\n\n");
            List<Boolean> points = made.apply(a);
            List<KeyPoint> keyPoints = q.content().keyPoints();
            for (int i = 0; i < keyPoints.size(); i++) {
                String mark = points == null ? "- " : points.get(i) ? "- [x] " : "- [ ] ";
                md.append(mark).append(keyPoints.get(i).text()).append('\n');
            }
            md.append("\nRating: ").append(a.rating() == null ? "not rated"
                    : a.rating().charAt(0) + a.rating().substring(1).toLowerCase(Locale.ROOT)).append('\n');
            if (a.note() != null && !a.note().isBlank()) {
                md.append("\nNote:\n\n").append(fenced(a.note()));
            }
        }
        return md.toString();
    }

    /** Text in a fence longer than any run of backticks inside it. */
    static String fenced(String text) {
        String t = text == null || text.isBlank() ? "(no answer)" : text.strip();
        int longest = 0;
        int run = 0;
        for (char c : t.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "text\n" + t + "\n" + fence + "\n";
    }

    private static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }
}
