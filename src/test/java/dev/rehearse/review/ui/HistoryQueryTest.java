package dev.rehearse.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import dev.rehearse.questionbank.Difficulty;
import dev.rehearse.review.AnswerFilter;
import dev.rehearse.review.AnswerFilter.CoverageFilter;
import dev.rehearse.review.AnswerFilter.RatingFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryQueryTest {

    @Test
    void anAddressWithEveryFilterReadsBackToTheSameAddress() {
        String address = "show=answers&q=yield%20dependency&topic=databases&topic=security&difficulty=easy"
                + "&difficulty=hard&from=2026-11-01&to=2026-11-30&rating=not-rated&coverage=under-half&timed-out=yes";
        HistoryQuery q = HistoryQuery.parse(QueryParameters.fromString(address));

        assertThat(q.answers()).isTrue();
        assertThat(q.text()).isEqualTo("yield dependency");
        assertThat(q.topics()).containsExactlyInAnyOrder("databases", "security");
        assertThat(q.difficulties()).containsExactlyInAnyOrder(Difficulty.EASY, Difficulty.HARD);
        assertThat(q.from()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(q.rating()).isEqualTo(RatingFilter.NOT_RATED);
        assertThat(q.coverage()).isEqualTo(CoverageFilter.UNDER_HALF);
        assertThat(q.timedOutOnly()).isTrue();
        assertThat(q.problems()).isEmpty();
        assertThat(HistoryQuery.parse(q.toParameters())).isEqualTo(q);
    }

    @Test
    void theDaysAreWholeDaysInThePersonsZoneTheLastOneIncluded() {
        HistoryQuery q = HistoryQuery.parse(QueryParameters.fromString("from=2026-11-01&to=2026-11-30"));
        AnswerFilter f = q.filter(ZoneId.of("Europe/Berlin"));

        assertThat(f.from()).isEqualTo(Instant.parse("2026-10-31T23:00:00Z"));
        assertThat(f.until()).isEqualTo(Instant.parse("2026-11-30T23:00:00Z"));
        assertThat(q.answers()).as("a filter shows answers").isTrue();
    }

    @Test
    void noParametersShowTheInterviewsAndShowAnswersAloneShowsEveryAnswer() {
        assertThat(HistoryQuery.parse(QueryParameters.empty())).isEqualTo(HistoryQuery.INTERVIEWS);
        assertThat(HistoryQuery.INTERVIEWS.toParameters().getParameters()).isEmpty();
        HistoryQuery all = HistoryQuery.parse(QueryParameters.fromString("show=answers"));
        assertThat(all.answers()).isTrue();
        assertThat(all.filter(ZoneId.of("UTC"))).isEqualTo(AnswerFilter.ANY);
    }

    @Test
    void valuesThePageDoesNotKnowAreLeftOutAndSaidInWords() {
        HistoryQuery q = HistoryQuery.parse(QueryParameters.fromString(
                "difficulty=brutal&from=yesterday&rating=5stars&coverage=most&topic=security"));

        assertThat(q.difficulties()).isEmpty();
        assertThat(q.from()).isNull();
        assertThat(q.rating()).isEqualTo(RatingFilter.ANY);
        assertThat(q.coverage()).isEqualTo(CoverageFilter.ANY);
        assertThat(q.topics()).isEqualTo(Set.of("security"));
        assertThat(q.problems()).containsExactly(
                "The difficulty “brutal” in the address is not one of easy, medium and hard: left out.",
                "The first day “yesterday” in the address is not a date such as 2026-12-01: left out.",
                "The rating “5stars” in the address is not one the page knows: left out.",
                "The coverage “most” in the address is not one the page knows: left out.");
    }
}
