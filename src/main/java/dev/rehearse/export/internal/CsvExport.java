package dev.rehearse.export.internal;

import dev.rehearse.export.RehearseExport;
import dev.rehearse.export.RehearseExport.Answer;
import dev.rehearse.export.RehearseExport.Interview;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One row per answer, with its interview's columns repeated, as RFC 4180 CSV (Apache Commons CSV). */
public final class CsvExport {

    public static final List<String> COLUMNS = List.of("interview_id", "interview_started_at", "mode", "position",
            "question_id", "question_title", "answered_at", "closed_by", "time_used_seconds", "time_limit_seconds",
            "rating", "points_made", "points_total", "note", "answer");

    private CsvExport() {
    }

    public static String of(RehearseExport export) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Interview i : export.interviews()) {
                for (Answer a : i.answers()) {
                    csv.printRecord(i.id(), i.startedAt(), i.mode(), a.position(), a.questionId(), a.questionTitle(),
                            a.closedAt(), a.closedBy(), a.timeUsedSeconds(), a.timeLimitSeconds(), a.rating(),
                            a.pointsMade(), a.pointsTotal(), a.note(), a.answer());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
