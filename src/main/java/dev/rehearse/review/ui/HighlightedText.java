package dev.rehearse.review.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import dev.rehearse.coverage.Highlight;
import java.util.List;

/**
 * A person's text with some stretches marked ({@code <mark>}). Every piece is a text node or the text of a mark
 * element, never HTML, so markup typed into an answer is shown as typed and never runs.
 */
final class HighlightedText {

    private HighlightedText() {
    }

    static void fill(Div target, String text, List<Highlight> highlights) {
        Element element = target.getElement();
        int at = 0;
        for (Highlight h : highlights) {
            if (h.start() < at || h.end() > text.length()) {
                continue; // out of order or beyond the text: not a stretch of this text
            }
            if (h.start() > at) {
                element.appendChild(Element.createText(text.substring(at, h.start())));
            }
            element.appendChild(new Element("mark").setText(text.substring(h.start(), h.end())));
            at = h.end();
        }
        if (at < text.length()) {
            element.appendChild(Element.createText(text.substring(at)));
        }
    }
}
