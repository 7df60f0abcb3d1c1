package dev.rehearse.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The charts are well-formed SVG with a text alternative, for no answers, one day of them and a long history. */
class ChartsTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 6, 8);

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theCalendarOfNoAnswersSaysSoAndDrawsEveryDayEmpty() throws Exception {
        Document svg = parse(ActivityHeatMap.svg(MONDAY, Collections.nCopies(180, 0)));
        Element root = svg.getDocumentElement();

        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label")).isEqualTo("No answers in the last 26 weeks.");
        assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(180);
        assertThat(root.getElementsByTagName("rect").item(0).getAttributes().getNamedItem("class").getNodeValue())
                .isEqualTo("heat-0");
    }

    @Test
    void oneDayOfAnswersIsOneDarkerSquareWithItsDayInItsTitle() throws Exception {
        List<Integer> days = new ArrayList<>(Collections.nCopies(180, 0));
        days.set(179, 3);
        Document svg = parse(ActivityHeatMap.svg(MONDAY, days));

        assertThat(svg.getDocumentElement().getAttribute("aria-label")).isEqualTo("3 answers on 1 of the last 180 days.");
        Element last = (Element) svg.getElementsByTagName("rect").item(179);
        assertThat(last.getAttribute("class")).isEqualTo("heat-2");
        assertThat(last.getTextContent()).isEqualTo("Fri 4 Dec 2026: 3 answers");
    }

    @Test
    void aLongHistoryOfEveryDayFillsTheCalendarAndTheTrendDrawsOneLine() throws Exception {
        Document map = parse(ActivityHeatMap.svg(MONDAY, Collections.nCopies(182, 8)));
        assertThat(map.getDocumentElement().getAttribute("aria-label")).isEqualTo("1456 answers on 182 of the last 182 days.");
        assertThat(map.getElementsByTagName("rect").item(0).getAttributes().getNamedItem("class").getNodeValue())
                .isEqualTo("heat-4");

        List<Double> weekly = new ArrayList<>();
        for (int w = 0; w < 26; w++) {
            weekly.add(w / 25.0);
        }
        Document trend = parse(TrendChart.svg("Key points made: from 0% to 100%", MONDAY, weekly, 0, 1,
                new double[] {0, 0.5, 1}, v -> Math.round(v * 100) + "%"));
        assertThat(trend.getDocumentElement().getAttribute("aria-label")).isEqualTo("Key points made: from 0% to 100%");
        assertThat(trend.getElementsByTagName("polyline").getLength()).isEqualTo(1);
        assertThat(trend.getElementsByTagName("circle").getLength()).isEqualTo(26);
        assertThat(((Element) trend.getElementsByTagName("polyline").item(0)).getAttribute("points"))
                .doesNotContain(",,").matches("[0-9. ,]+");
    }

    @Test
    void aTrendWithGapsBreaksItsLineAndAWeekAloneIsAPoint() throws Exception {
        List<Double> weekly = new ArrayList<>(Collections.nCopies(26, (Double) null));
        weekly.set(3, 0.5);
        weekly.set(4, 0.75);
        weekly.set(10, 0.25);
        Document trend = parse(TrendChart.svg("gaps", MONDAY, weekly, 0, 1, new double[] {0, 1},
                v -> Math.round(v * 100) + "%"));

        assertThat(trend.getElementsByTagName("polyline").getLength()).isEqualTo(1);
        assertThat(trend.getElementsByTagName("circle").getLength()).isEqualTo(3);
        assertThat(trend.getElementsByTagName("circle").item(2).getTextContent()).isEqualTo("Week of 17 Aug: 25%");

        Document empty = parse(TrendChart.svg("none", MONDAY, Collections.nCopies(26, (Double) null), 1, 4,
                new double[] {1, 4}, String::valueOf));
        assertThat(empty.getElementsByTagName("circle").getLength()).isZero();
    }

    @Test
    void theSummariesSayTheTrendInWords() {
        assertThat(ProgressView.trendSummary("Key points", List.of(0.2, 0.5), true))
                .isEqualTo("Key points: from 20% in the first week with answers to 50% in the latest, over 2 weeks.");
        assertThat(ProgressView.trendSummary("Ratings", java.util.Arrays.asList(null, 3.0), false))
                .isEqualTo("Ratings: 3.0 in the one week with answers.");
        assertThat(ProgressView.trendSummary("Ratings", java.util.Arrays.asList((Double) null), false))
                .isEqualTo("Ratings: no week has a value yet.");
    }
}
