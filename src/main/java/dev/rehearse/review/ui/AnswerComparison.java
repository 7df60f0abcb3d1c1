package dev.rehearse.review.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import dev.rehearse.base.ui.MarkdownText;
import dev.rehearse.coverage.Coverage;
import dev.rehearse.interview.ClosedAnswer;
import dev.rehearse.review.AnswerAssessment;
import dev.rehearse.review.AssessmentService;
import java.util.UUID;

/**
 * One answer beside its model answer (stacked on narrow screens), then the key points as a checklist ticked by the
 * coverage checker, with the words that made each tick marked in the answer, and the person's rating and note
 * ({@link AssessmentPanel}). The person's text is set as text, so
 * HTML in it is shown, never run; the model answer is rendered from Markdown. Its headings start at the level the
 * page around it needs.
 */
class AnswerComparison extends Div {

    AnswerComparison(UUID interviewId, ClosedAnswer answer, Coverage coverage, AnswerAssessment assessment,
            AssessmentService assessments, int headingLevel) {
        int n = answer.position();
        addClassName("answer-comparison");

        Div yours = new Div();
        yours.addClassNames("answer-column", "yours");
        Div yourText = new Div();
        yourText.addClassName("plain-answer");
        yourText.setId("answer-" + n);
        if (answer.answer().isBlank()) {
            yourText.setText("(no answer)");
            yourText.addClassName("empty");
        } else {
            HighlightedText.fill(yourText, answer.answer(), coverage.highlights());
        }
        yours.add(heading(headingLevel, "Your answer"), yourText);
        if (answer.lateText() != null && !answer.lateText().isBlank()) {
            Paragraph lateLabel = new Paragraph("Typed after the time was up (kept, not counted):");
            lateLabel.addClassName("late-label");
            Div late = new Div();
            late.addClassNames("plain-answer", "late");
            late.setId("late-answer-" + n);
            late.setText(answer.lateText());
            yours.add(lateLabel, late);
        }

        Div model = new Div();
        model.addClassNames("answer-column", "model");
        MarkdownText modelText = new MarkdownText(answer.question().content().modelAnswer());
        modelText.setId("model-answer-" + n);
        modelText.addClassName("model-answer");
        model.add(heading(headingLevel, "Model answer"), modelText,
                new ProvenanceLine(answer.question().provenance(), n));

        Div columns = new Div(yours, model);
        columns.addClassName("compare");

        AssessmentPanel keyPoints = new AssessmentPanel(interviewId, answer, coverage, assessment, assessments,
                text -> heading(headingLevel, text));

        add(columns, keyPoints);
    }

    private static HtmlContainer heading(int level, String text) {
        return switch (level) {
            case 2 -> new H2(text);
            case 3 -> new H3(text);
            case 4 -> new H4(text);
            case 5 -> new H5(text);
            default -> throw new IllegalArgumentException("a comparison's headings are at level 2 to 5, not " + level);
        };
    }
}
