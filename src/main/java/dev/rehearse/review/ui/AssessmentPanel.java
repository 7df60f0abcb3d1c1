package dev.rehearse.review.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.rehearse.coverage.Coverage;
import dev.rehearse.interview.ClosedAnswer;
import dev.rehearse.base.ui.Formats;
import dev.rehearse.base.ui.PageScript;
import dev.rehearse.questionbank.KeyPoint;
import dev.rehearse.review.AnswerAssessment;
import dev.rehearse.review.AssessmentService;
import dev.rehearse.review.SelfRating;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Below an answer: its key points as a checklist ticked by the coverage checker, which the person can correct (a
 * corrected tick is stored and marked as theirs), a suggested rating in words, the four rating buttons (keys 1 to
 * 4 anywhere on the page but in a text field, see rating-keys.js) and a private note. Every change is saved at once.
 */
class AssessmentPanel extends Div {

    private final UUID interviewId;
    private final ClosedAnswer answer;
    private final AssessmentService assessments;
    private final HtmlContainer heading;
    private final Paragraph suggestion = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final Paragraph scheduled = new Paragraph();
    private final List<Checkbox> ticks = new ArrayList<>();
    private final Map<SelfRating, Button> ratingButtons = new EnumMap<>(SelfRating.class);
    private SelfRating rating;

    AssessmentPanel(UUID interviewId, ClosedAnswer answer, Coverage coverage, AnswerAssessment assessment,
            AssessmentService assessments, Function<String, HtmlContainer> headingOfLevel) {
        this.interviewId = interviewId;
        this.answer = answer;
        this.assessments = assessments;
        this.rating = assessment.rating();
        int n = answer.position();
        addClassName("key-points");
        setId("key-points-" + n);

        heading = headingOfLevel.apply("");
        UnorderedList list = new UnorderedList();
        List<KeyPoint> points = answer.question().content().keyPoints();
        for (int i = 0; i < points.size(); i++) {
            int point = i;
            boolean byChecker = coverage.points().get(i).covered();
            Checkbox box = new Checkbox(points.get(i).text(), assessment.covered(i, byChecker));
            box.setId("point-" + n + "-" + (i + 1));
            Span yours = new Span("your tick");
            yours.addClassName("yours-tag");
            yours.setVisible(assessment.isCorrected(i));
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    saved(() -> assessments.correctTick(interviewId, n, point, e.getValue()));
                    yours.setVisible(true);
                    refresh();
                }
            });
            ticks.add(box);
            ListItem li = new ListItem(box, yours);
            li.addClassName(byChecker ? "made" : "missed");
            list.add(li);
        }
        Paragraph hint = new Paragraph("Ticked by a checker that reads your sentences for each point's meaning; it "
                + "can be wrong, so untick or tick what you see differently. Marked words in your answer are what it "
                + "went by.");
        hint.addClassName("hint");

        suggestion.addClassName("suggestion");
        suggestion.setId("suggestion-" + n);
        Div buttons = new Div();
        buttons.addClassName("rating-buttons");
        buttons.getElement().setAttribute("role", "group");
        buttons.getElement().setAttribute("aria-label", "Rate this answer");
        for (SelfRating r : SelfRating.values()) {
            Button b = new Button(r.key() + " " + r.label(), e -> rate(r));
            b.setId("rate-" + n + "-" + r.name().toLowerCase());
            b.getElement().setAttribute("aria-keyshortcuts", String.valueOf(r.key()));
            ratingButtons.put(r, b);
            buttons.add(b);
        }
        TextArea note = new TextArea("Private note");
        note.setId("note-" + n);
        note.setMaxLength(AssessmentService.MAX_NOTE_LENGTH);
        note.setValue(assessment.note());
        note.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        note.setHelperText("Only you see it.");
        note.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                saved(() -> assessments.saveNote(interviewId, n, e.getValue()));
            }
        });
        problem.addClassName("problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        scheduled.addClassName("scheduled");
        scheduled.setId("scheduled-" + n);
        scheduled.getElement().setAttribute("aria-live", "polite");
        Div rate = new Div(suggestion, buttons, scheduled);
        rate.addClassName("rate");
        add(heading, list, hint, rate, note, problem);
        refresh();
        addAttachListener(e -> getElement().executeJs(PageScript.of(AssessmentPanel.class, "rating-keys.js")));
    }

    private void rate(SelfRating chosen) {
        SelfRating next = chosen == rating ? null : chosen; // choosing the current rating again takes it back
        if (saved(() -> assessments.rate(interviewId, answer.position(), next))) {
            rating = next;
            refresh();
        }
    }

    private boolean saved(Runnable change) {
        try {
            change.run();
            problem.setVisible(false);
            return true;
        } catch (RuntimeException e) {
            problem.setText("Not saved: " + e.getMessage());
            problem.setVisible(true);
            return false;
        }
    }

    private void refresh() {
        int made = (int) ticks.stream().filter(Checkbox::getValue).count();
        heading.setText("Key points: you covered %d of %d".formatted(made, ticks.size()));
        suggestion.setText(SelfRating.suggestion(made, ticks.size(), answer.time().ranOut())
                + (rating == null ? "" : " You rated it " + rating.label() + "."));
        if (rating == null) {
            scheduled.setVisible(false);
        } else {
            assessments.nextReview(interviewId, answer.position()).ifPresentOrElse(next -> {
                scheduled.setText("This question comes back for review %s (%s).".formatted(next.whenInWords(),
                        Formats.date(next.due())));
                scheduled.setVisible(true);
            }, () -> scheduled.setVisible(false));
        }
        ratingButtons.forEach((r, b) -> {
            b.getElement().setAttribute("aria-pressed", String.valueOf(r == rating));
            if (r == rating) {
                b.addClassName("chosen");
            } else {
                b.removeClassName("chosen");
            }
        });
    }
}
