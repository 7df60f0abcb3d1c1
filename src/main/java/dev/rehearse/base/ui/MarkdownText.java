package dev.rehearse.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.markdown.Markdown;

/**
 * Markdown from the question bank (prompts and model answers), rendered as Markdown, never as HTML. Code blocks
 * and tables that are wider than the page scroll sideways; its page script (markdown-text.js) makes each of them
 * reachable with the keyboard, so that they can be scrolled without a mouse.
 */
public class MarkdownText extends Markdown {

    public MarkdownText() {
        addClassName("markdown-text");
    }

    public MarkdownText(String content) {
        super(content);
        addClassName("markdown-text");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(PageScript.of(MarkdownText.class, "markdown-text.js"));
    }
}
