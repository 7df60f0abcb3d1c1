package dev.rehearse.coverage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.questionbank.KeyPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Match phrases as whole, stemmed words; phrases from the question ignored; denied phrases marked. */
class CuesTest {

    private static List<Cues.Occurrence> find(String question, List<String> phrases, String answer) {
        return Cues.of(new KeyPoint("a point", phrases), AnalyzedText.of(question))
                .findIn(AnalyzedText.of(answer), Negation.DEFAULT_WINDOW);
    }

    private static boolean made(String question, List<String> phrases, String answer) {
        return find(question, phrases, answer).stream().anyMatch(o -> !o.denied());
    }

    @Test
    void aPhraseNeverMatchesInsideAnotherWord() {
        assertThat(made("", List.of("thin"), "I think something like that")).isFalse();
        assertThat(made("", List.of("ping"), "typing and mapping")).isFalse();
        assertThat(made("", List.of("origin"), "the original request")).isFalse();
        assertThat(made("", List.of("40"), "it returns 404")).isFalse();
        assertThat(made("", List.of("ping"), "the server sends a ping")).isTrue();
    }

    @Test
    void inflectionsOfTheSameWordMeet() {
        assertThat(made("", List.of("thread pool"), "they run in worker thread pools")).isTrue();
        assertThat(made("", List.of("validate"), "the body is validated first")).isTrue();
        assertThat(made("", List.of("dependency"), "two dependencies")).isTrue();
        assertThat(made("", List.of("block the loop"), "it blocks the loop")).isTrue();
    }

    @Test
    void punctuationInsideNamesDoesNotMatter() {
        assertThat(made("", List.of("app.state"), "put it on app_state or app state")).isTrue();
        assertThat(made("", List.of("from_attributes"), "set from attributes in model_config")).isTrue();
    }

    @Test
    void aPhraseThatIsAWordOfTheQuestionIsIgnored() {
        String question = "When would you use SecurityScopes instead of a plain dependency?";
        assertThat(made(question, List.of("securityscopes"), "SecurityScopes, I guess")).isFalse();
        assertThat(made(question, List.of("securityscopes", "scopes="), "declare scopes=[\"read\"]")).isTrue();
    }

    @Test
    void aDeniedPhraseDoesNotCount() {
        assertThat(made("", List.of("after the response"), "BackgroundTasks do not run after the response"))
                .isFalse();
        assertThat(made("", List.of("n+1"), "This isn't N+1")).isFalse();
        assertThat(made("", List.of("plain def"), "You should NOT switch to plain def")).isFalse();
        assertThat(made("", List.of("plain def"), "you shouldn't use plain def here")).isFalse();
        assertThat(made("", List.of("after the response"), "they run after the response is sent")).isTrue();
    }

    @Test
    void aDenialEndsWithItsClause() {
        assertThat(made("", List.of("plain def"), "not async, plain def is fine")).isTrue();
        assertThat(made("", List.of("plain def"), "it is not slow but plain def helps")).isTrue();
        assertThat(made("", List.of("plain def"), "No. Use plain def.")).isTrue();
        assertThat(made("", List.of("thread pool"), "not only the event loop: the thread pool too")).isTrue();
        assertThat(made("", List.of("thread pool"), "it is not only about the thread pool")).isTrue();
    }

    @Test
    void aNegatingWordInsideANameDeniesNothing() {
        assertThat(made("", List.of("omitted"), "exclude_none means such fields are omitted")).isTrue();
        assertThat(made("", List.of("cooperative"), "**No preemption.** Scheduling is cooperative")).isTrue();
    }

    @Test
    void occurrencesSayWhereTheyAre() {
        String answer = "Use a Thread Pool.";
        List<Cues.Occurrence> found = find("", List.of("thread pool"), answer);
        assertThat(found).singleElement()
                .satisfies(o -> assertThat(answer.substring(o.start(), o.end())).isEqualTo("Thread Pool"));
    }
}
