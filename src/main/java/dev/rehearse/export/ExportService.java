package dev.rehearse.export;

import dev.rehearse.export.RehearseExport.Answer;
import dev.rehearse.export.RehearseExport.Interview;
import dev.rehearse.export.internal.AnkiExport;
import dev.rehearse.export.internal.CsvExport;
import dev.rehearse.export.internal.ExportQueries;
import dev.rehearse.export.internal.MarkdownReport;
import dev.rehearse.questionbank.QuestionBankService;
import dev.rehearse.questionbank.QuestionText;
import dev.rehearse.security.AccountService;
import dev.rehearse.security.CurrentUser;
import dev.rehearse.security.UserSettings;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The signed-in person's data in the formats docs/export.md describes. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ExportService {

    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ExportQueries queries;
    private final QuestionBankService bank;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    ExportService(ExportQueries queries, QuestionBankService bank, AccountService accounts, CurrentUser currentUser,
            Clock clock) {
        this.queries = queries;
        this.bank = bank;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Everything kept of the person, as one record. */
    public RehearseExport export() {
        long owner = currentUser.requireId();
        UserSettings s = accounts.settings();
        return new RehearseExport(RehearseExport.FORMAT_VERSION, clock.instant(), currentUser.requireName(),
                new RehearseExport.Settings(s.extraTimePercent(), s.hiddenCountdown(), s.darkTheme(),
                        s.desiredRetentionPercent()),
                queries.interviews(owner), queries.memoryCards(owner), queries.latestCoverage(owner));
    }

    public byte[] json() {
        return JSON.writeValueAsBytes(export());
    }

    public byte[] csv() {
        return CsvExport.of(export()).getBytes(StandardCharsets.UTF_8);
    }

    /** Every question the person answered, with their latest answer, as Anki notes. */
    public byte[] anki() {
        Map<String, Answer> latest = new LinkedHashMap<>();
        export().interviews().stream().flatMap(i -> i.answers().stream())
                .filter(a -> a.closedAt() != null)
                .sorted(Comparator.comparing(Answer::closedAt))
                .forEach(a -> latest.put(a.questionId(), a));
        List<AnkiExport.Note> notes = new ArrayList<>();
        latest.values().stream().sorted(Comparator.comparing(Answer::questionId)).forEach(a -> {
            QuestionText q = bank.current(a.questionId()).orElseGet(() -> asked(a));
            notes.add(new AnkiExport.Note(q.questionId(), q.title(), q.content().prompt(), q.content().modelAnswer(),
                    a.answer() == null ? "" : a.answer(), q.topic().name()));
        });
        return AnkiExport.of(notes).getBytes(StandardCharsets.UTF_8);
    }

    /** One of the person's interviews as a Markdown report, times in {@code zone}. */
    public byte[] markdown(UUID interviewId, ZoneId zone) {
        Interview interview = queries.interview(currentUser.requireId(), interviewId)
                .orElseThrow(() -> new ExportException(
                        "This interview does not exist, or it belongs to another account."));
        return MarkdownReport.of(interview, this::asked, ExportService::made, zone).getBytes(StandardCharsets.UTF_8);
    }

    private QuestionText asked(Answer a) {
        return bank.text(queries.versionId(a.questionId(), a.questionVersion()));
    }

    /** The key points an answer made, the person's ticks over the checker's; null when never judged. */
    static List<Boolean> made(Answer a) {
        if (a.verdicts() == null) {
            return null;
        }
        List<Boolean> made = new ArrayList<>();
        for (char c : a.verdicts().toCharArray()) {
            made.add(c == '1');
        }
        for (RehearseExport.Tick t : a.ticks()) {
            if (t.point() >= 0 && t.point() < made.size()) {
                made.set(t.point(), t.covered());
            }
        }
        return made;
    }
}
