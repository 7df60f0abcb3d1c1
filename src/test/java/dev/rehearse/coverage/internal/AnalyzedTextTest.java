package dev.rehearse.coverage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnalyzedTextTest {

    @Test
    void wordsAreRunsOfLettersAndDigitsWithTheirPlaceInTheText() {
        AnalyzedText text = AnalyzedText.of("Use app.state; it's Validated!");
        assertThat(text.tokens()).extracting(Token::word).containsExactly("use", "app", "state", "it", "s", "validated");
        assertThat(text.tokens()).extracting(Token::stem).contains("validate");
        Token validated = text.tokens().getLast();
        assertThat(text.text().substring(validated.start(), validated.end())).isEqualTo("Validated");
    }

    @Test
    void sentencesEndAtStopsFollowedBySpaceAndAtLineBreaks() {
        AnalyzedText text = AnalyzedText.of("First one. Second uses app.state\nthird; fourth");
        assertThat(text.sentences()).extracting(text::textOf)
                .containsExactly("First one.", "Second uses app.state", "third;", "fourth");
        assertThat(text.tokens().get(2).sentence()).isEqualTo(1);
    }

    @Test
    void closingEmphasisAfterAStopStillEndsTheSentence() {
        AnalyzedText text = AnalyzedText.of("**No preemption.** Scheduling is cooperative");
        assertThat(text.sentences()).extracting(text::textOf)
                .containsExactly("**No preemption.**", "Scheduling is cooperative");
    }

    @Test
    void anEmptyTextHasNoWordAndNoSentence() {
        assertThat(AnalyzedText.of("").tokens()).isEmpty();
        assertThat(AnalyzedText.of("  ... ").sentences()).isEmpty();
        assertThat(AnalyzedText.of(null).tokens()).isEmpty();
    }
}
