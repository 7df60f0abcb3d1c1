package dev.rehearse.interview.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import dev.rehearse.questionbank.Difficulty;
import dev.rehearse.questionbank.Provenance;
import dev.rehearse.questionbank.QuestionContent;
import dev.rehearse.questionbank.QuestionKind;
import dev.rehearse.questionbank.QuestionText;
import dev.rehearse.questionbank.TopicName;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line above a question says what kind of question it is, unless it simply asks to explain. */
class QuestionCardTest {

    private static String metaOf(QuestionKind kind) {
        QuestionCard card = new QuestionCard();
        card.show(new QuestionText(1, "q", "A title", new TopicName("async", "Async and concurrency"),
                Difficulty.HARD, new QuestionContent("What is wrong here?", "It blocks.", List.of()), kind,
                Provenance.NONE), "8 min");
        return card.getChildren().filter(c -> c.getId().orElse("").equals("question-meta"))
                .map(Component::getElement).findFirst().orElseThrow().getText();
    }

    @Test
    void aSpotTheBugQuestionSaysSoBeforeItsTopic() {
        assertThat(metaOf(QuestionKind.SPOT_THE_BUG)).isEqualTo("Spot the bug · Async and concurrency · Hard · 8 min");
        assertThat(metaOf(QuestionKind.CODE_READING)).startsWith("Code reading · ");
        assertThat(metaOf(QuestionKind.DESIGN)).startsWith("Design · ");
    }

    @Test
    void anExplainQuestionShowsOnlyItsTopicDifficultyAndTime() {
        assertThat(metaOf(QuestionKind.EXPLAIN)).isEqualTo("Async and concurrency · Hard · 8 min");
    }
}
