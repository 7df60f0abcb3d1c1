package dev.rehearse.interview.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import dev.rehearse.base.ui.MarkdownText;
import dev.rehearse.questionbank.QuestionKind;
import dev.rehearse.questionbank.QuestionText;

/** The question on screen: its title, topic, difficulty and time, and the prompt rendered from Markdown. */
class QuestionCard extends Section {

    private final H1 title = new H1();
    private final Span meta = new Span();
    private final MarkdownText prompt = new MarkdownText();

    QuestionCard() {
        addClassName("question-card");
        title.setId("question-title");
        meta.setId("question-meta");
        meta.addClassName("question-meta");
        prompt.setId("question-prompt");
        prompt.addClassName("question-prompt");
        getElement().setAttribute("aria-labelledby", "question-title");
        add(title, meta, prompt);
    }

    void show(QuestionText question, String timeNote) {
        title.setText(question.title());
        String kind = question.kind() == QuestionKind.EXPLAIN ? "" : question.kind().label() + " · ";
        meta.setText("%s%s · %s · %s".formatted(kind, question.topic().name(), question.difficulty().label(),
                timeNote));
        prompt.setContent(question.content().prompt());
    }
}
