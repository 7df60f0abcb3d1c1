package dev.rehearse.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewSetup;
import dev.rehearse.interview.InterviewState;
import dev.rehearse.review.AssessmentService;
import dev.rehearse.review.SelfRating;
import dev.rehearse.support.IntegrationTest;
import dev.rehearse.support.MutableClock;
import dev.rehearse.support.RatedAnswers;
import dev.rehearse.support.TestClockConfig;
import dev.rehearse.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A JSON export imported into a fresh account restores what was stored (interviews, answers, ratings, notes, ticks,
 * verdicts, FSRS cards, settings); an export that does not fit is refused in words and leaves nothing behind; CSV,
 * Anki and Markdown carry the answers as text.
 */
@IntegrationTest
class ExportImportTest {

    @Autowired
    ExportService exports;
    @Autowired
    ImportService imports;
    @Autowired
    InterviewService interviews;
    @Autowired
    AssessmentService assessments;
    @Autowired
    TestUsers users;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    /** Two interviews: one rated with a corrected tick and a note, one with HTML in its answer; returns the export. */
    private RehearseExport someHistory(String person) {
        return users.as(person, () -> {
            clock.set(TestClockConfig.START);
            RatedAnswers.answerOneAndRate(interviews, assessments, SelfRating.HARD);
            UUID first = latest(person);
            assessments.correctTick(first, 1, 0, true);
            assessments.saveNote(first, 1, "say \"yield\" first");
            clock.advance(Duration.ofDays(2));
            UUID second = interviews.start(new InterviewSetup(2, 60, Set.of(), Set.of())).id();
            InterviewState s = interviews.current(second);
            s = interviews.next(second, s.onScreen().itemId(), "<script>alert(1)</script>\nline two",
                    s.onScreen().revision());
            interviews.finish(second, s.onScreen().itemId(), "", s.onScreen().revision());
            return exports.export();
        });
    }

    private UUID latest(String username) {
        return jdbc.queryForObject("""
                select v.id from interview v join user_account a on a.id = v.owner_id
                where a.username = ? order by v.started_at desc limit 1""", UUID.class, username);
    }


    /** The export without what an import rightly changes: when it was made, whose it is, the interview ids. */
    private static RehearseExport comparable(RehearseExport e) {
        List<RehearseExport.Interview> interviews = e.interviews().stream()
                .map(i -> new RehearseExport.Interview(null, i.mode(), i.limitKind(), i.status(), i.requestedCount(),
                        i.fixedLimitSeconds(), i.topics(), i.difficulties(), i.startedAt(), i.finishedAt(),
                        i.deadline(), i.currentPosition(), i.totalLimitSeconds(), i.extraTimePercent(), i.answers()))
                .toList();
        return new RehearseExport(e.formatVersion(), null, null, e.settings(), interviews, e.memoryCards(),
                e.latestCoverage());
    }

    @Test
    void aJsonExportImportedIntoAFreshAccountRestoresEverythingThatWasStored() {
        String person = users.register("exporter");
        RehearseExport original = someHistory(person);
        assertThat(original.interviews()).hasSize(2);
        assertThat(original.memoryCards()).hasSize(1);
        assertThat(original.interviews().getFirst().answers().getFirst().note()).isEqualTo("say \"yield\" first");
        byte[] json = users.as(person, () -> exports.json());

        String fresh = users.register("importer");
        int imported = users.as(fresh, () -> imports.importJson(json));
        RehearseExport restored = users.as(fresh, () -> exports.export());

        assertThat(imported).isEqualTo(2);
        assertThat(comparable(restored)).isEqualTo(comparable(original));
        assertThat(restored.interviews()).extracting(RehearseExport.Interview::id)
                .doesNotContainAnyElementsOf(original.interviews().stream().map(RehearseExport.Interview::id).toList());
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"formatVersion\" : 1");
    }

    @Test
    void anExportThatDoesNotFitIsRefusedInWordsAndNothingIsHalfImported() {
        String person = users.register("source");
        someHistory(person);
        String json = new String(users.as(person, () -> exports.json()), StandardCharsets.UTF_8);
        String fresh = users.register("target");

        users.as(fresh, () -> {
            assertThatThrownBy(() -> imports.importJson("not json".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(ExportException.class).hasMessageContaining("not a Rehearse export");
            assertThatThrownBy(() -> imports.importJson(new byte[0])).hasMessageContaining("The file is empty");
            assertThatThrownBy(() -> imports.importJson(json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 9")
                    .getBytes(StandardCharsets.UTF_8))).hasMessage("This export is in format version 9; this "
                    + "server reads version 1.");
            String foreignVersion = json.replaceFirst("\"questionVersion\" : \"[0-9a-f]+\"",
                    "\"questionVersion\" : \"0000\"");
            assertThatThrownBy(() -> imports.importJson(foreignVersion.getBytes(StandardCharsets.UTF_8)))
                    .hasMessageStartingWith("This export does not fit this server's question bank: 1 of its questions")
                    .hasMessageEndingWith("Nothing was imported.");
            // settings fail last, after every row was written: the whole import is rolled back
            String badSettings = json.replace("\"extraTimePercent\" : 100,\n    \"hiddenCountdown\"",
                    "\"extraTimePercent\" : 7,\n    \"hiddenCountdown\"");
            assertThat(badSettings).isNotEqualTo(json);
            assertThatThrownBy(() -> imports.importJson(badSettings.getBytes(StandardCharsets.UTF_8)))
                    .hasMessage("The export's settings are not ones this server accepts. Nothing was imported.");
            assertThat(exports.export().interviews()).isEmpty();
            assertThat(exports.export().memoryCards()).isEmpty();

            imports.importJson(json.getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> imports.importJson(json.getBytes(StandardCharsets.UTF_8)))
                    .hasMessageStartingWith("This account already has interviews.");
            assertThat(exports.export().interviews()).hasSize(2);
        });
    }

    @Test
    void csvAnkiAndMarkdownCarryTheAnswersAsText() {
        String person = users.register("formats");
        RehearseExport e = someHistory(person);
        users.as(person, () -> {
            String csv = new String(exports.csv(), StandardCharsets.UTF_8);
            assertThat(csv.lines().findFirst().orElseThrow()).startsWith("interview_id,interview_started_at,mode");
            assertThat(csv).contains("\"<script>alert(1)</script>\nline two\"");

            String anki = new String(exports.anki(), StandardCharsets.UTF_8);
            assertThat(anki).startsWith("#separator:tab\n#html:true\n");
            assertThat(anki).contains("&lt;script&gt;alert(1)&lt;/script&gt;<br>line two").doesNotContain("<script>");
            assertThat(anki.lines().filter(l -> !l.startsWith("#"))).allSatisfy(l ->
                    assertThat(l.split("\t", -1)).hasSize(3));

            UUID second = e.interviews().get(1).id();
            String md = new String(exports.markdown(second, ZoneOffset.UTC), StandardCharsets.UTF_8);
            assertThat(md).startsWith("# Interview of ").contains("### Your answer\n\n```text\n<script>alert(1)</script>\nline two\n```")
                    .contains("### Model answer").contains("Rating: not rated");
            assertThatThrownBy(() -> exports.markdown(UUID.randomUUID(), ZoneOffset.UTC))
                    .isInstanceOf(ExportException.class);
            assertThatThrownBy(() -> exports.markdown(null, ZoneOffset.UTC)).isInstanceOf(ExportException.class);
            UUID first = e.interviews().getFirst().id();
            assertThat(new String(exports.markdown(first, ZoneOffset.UTC), StandardCharsets.UTF_8))
                    .as("only the interview asked for").doesNotContain("<script>").contains("Rating: Hard");
        });
        UUID someoneElses = e.interviews().get(1).id();
        users.as(users.register("stranger"), () -> assertThatThrownBy(() -> exports.markdown(someoneElses,
                ZoneOffset.UTC)).hasMessage("This interview does not exist, or it belongs to another account."));
    }
}
