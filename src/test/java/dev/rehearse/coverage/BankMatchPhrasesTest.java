package dev.rehearse.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.coverage.internal.AnalyzedText;
import dev.rehearse.coverage.internal.Cues;
import dev.rehearse.coverage.internal.Negation;
import dev.rehearse.questionbank.BankLoadReport;
import dev.rehearse.questionbank.KeyPoint;
import dev.rehearse.questionbank.QuestionFolder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bank's match phrases, read the way the checker reads them. */
class BankMatchPhrasesTest {

    static final BankLoadReport BANK = QuestionFolder.read(Path.of("questions"));

    @Test
    void everyKeyPointHasAPhraseThatItsModelAnswerMakesAndTheQuestionDoesNotGiveAway() {
        assertThat(BANK.questions()).isNotEmpty().allSatisfy(q -> {
            AnalyzedText question = AnalyzedText.of(q.questionText());
            AnalyzedText model = AnalyzedText.of(q.content().modelAnswer());
            for (KeyPoint k : q.content().keyPoints()) {
                assertThat(Cues.of(k, question).findIn(model, Negation.DEFAULT_WINDOW))
                        .as("%s: the model answer makes '%s' by a match phrase not denied", q.id(), k.text())
                        .anySatisfy(o -> assertThat(o.denied()).isFalse());
            }
        });
    }
}
