package dev.rehearse.interview.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.markdown.Markdown;
import dev.rehearse.interview.ReviewItem;
import dev.rehearse.questionbank.KeyPoint;

/**
 * One answer beside its model answer (stacked on narrow screens), then the key points it mentions. The person's
 * text is set as text, so HTML in it is shown, never run; the model answer is rendered from Markdown.
 */
class AnswerComparison extends Div {

    AnswerComparison(ReviewItem item) {
        int n = item.position();
        addClassName("answer-comparison");

        Div yours = new Div();
        yours.addClassNames("answer-column", "yours");
        Div yourText = new Div();
        yourText.addClassName("plain-answer");
        yourText.setId("answer-" + n);
        if (item.answer().isBlank()) {
            yourText.setText("(no answer)");
            yourText.addClassName("empty");
        } else {
            yourText.setText(item.answer());
        }
        yours.add(new H3("Your answer"), yourText);
        if (item.lateText() != null && !item.lateText().isBlank()) {
            Paragraph lateLabel = new Paragraph("Typed after the time was up (kept, not counted):");
            lateLabel.addClassName("late-label");
            Div late = new Div();
            late.addClassNames("plain-answer", "late");
            late.setId("late-answer-" + n);
            late.setText(item.lateText());
            yours.add(lateLabel, late);
        }

        Div model = new Div();
        model.addClassNames("answer-column", "model");
        Markdown modelText = new Markdown(item.question().modelAnswer());
        modelText.setId("model-answer-" + n);
        modelText.addClassName("model-answer");
        model.add(new H3("Model answer"), modelText);

        Div columns = new Div(yours, model);
        columns.addClassName("compare");

        Div points = new Div();
        points.addClassName("key-points");
        points.setId("key-points-" + n);
        var made = item.pointsMade();
        H3 pointsTitle = new H3("Key points: your answer mentions %d of %d".formatted(made.size(),
                item.question().keyPoints().size()));
        UnorderedList list = new UnorderedList();
        for (KeyPoint point : item.question().keyPoints()) {
            boolean hit = made.contains(point);
            ListItem li = new ListItem((hit ? "✓ " : "○ ") + point.text());
            li.addClassName(hit ? "made" : "missed");
            list.add(li);
        }
        Paragraph hint = new Paragraph("Matched by the words you used, so treat it as a hint, not a grade.");
        hint.addClassName("hint");
        points.add(pointsTitle, list, hint);

        add(columns, points);
    }
}
