package dev.rehearse.admin.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.rehearse.base.ui.Badge;
import dev.rehearse.base.ui.Formats;
import dev.rehearse.base.ui.MarkdownText;
import dev.rehearse.questionbank.KeyPoint;
import dev.rehearse.questionbank.Provenance;
import dev.rehearse.questionbank.QuestionKind;
import dev.rehearse.questionbank.QuestionText;

/**
 * A question as the people who are asked it see it: the prompt as the interview page renders it (the bank's
 * Markdown, never HTML), then what the review shows afterwards (the model answer, its key points with the phrases
 * that tick them, and where the answer comes from).
 */
class QuestionPreview extends Div {

    QuestionPreview(QuestionText question, int suggestedSeconds) {
        addClassName("question-preview");
        Div badges = new Div();
        badges.addClassName("badges");
        if (question.kind() != QuestionKind.EXPLAIN) {
            badges.add(new Badge(question.kind().label(), "topic"));
        }
        badges.add(new Badge(question.topic().name(), "topic"),
                new Badge(question.difficulty().label(), "difficulty-" + question.difficulty().fileValue()),
                new Badge(Formats.minutesSeconds(suggestedSeconds) + " to answer", "time"));
        Span id = new Span("Id " + question.questionId());
        id.addClassName("preview-id");

        MarkdownText prompt = new MarkdownText(question.content().prompt());
        prompt.setId("preview-prompt");
        prompt.addClassName("question-prompt");

        Div model = new Div();
        model.addClassNames("answer-column", "model");
        MarkdownText answer = new MarkdownText(question.content().modelAnswer());
        answer.setId("preview-model-answer");
        answer.addClassName("model-answer");
        model.add(new H3("Model answer"), answer, provenance(question.provenance()));

        UnorderedList points = new UnorderedList();
        points.setId("preview-key-points");
        for (KeyPoint point : question.content().keyPoints()) {
            Span text = new Span(point.text());
            Span match = new Span("Ticked by: " + String.join(", ", point.match()));
            match.addClassName("match-phrases");
            points.add(new ListItem(text, match));
        }
        Div keyPoints = new Div(new H3("Key points"), points);
        keyPoints.addClassName("preview-key-points");

        add(badges, id, prompt, model, keyPoints);
    }

    private static Paragraph provenance(Provenance provenance) {
        Paragraph line = new Paragraph();
        line.addClassName("provenance");
        if (provenance.verified() == null && provenance.sources().isEmpty()) {
            line.setText("Not yet checked against its sources.");
            return line;
        }
        if (provenance.verified() != null) {
            line.add(new Span("Checked against " + provenance.verified()));
        }
        for (int i = 0; i < provenance.sources().size(); i++) {
            line.add(new Span(i == 0 ? (provenance.verified() == null ? "Sources: " : " · Sources: ") : ", "));
            String link = provenance.sources().get(i);
            Anchor a = new Anchor(link, link, AnchorTarget.BLANK);
            a.getElement().setAttribute("rel", "noopener noreferrer");
            line.add(a);
        }
        return line;
    }
}
