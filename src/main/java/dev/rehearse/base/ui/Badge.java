package dev.rehearse.base.ui;

import com.vaadin.flow.component.html.Span;

/** A short label in a pill, such as a topic or a difficulty; {@code kind} is its style class. */
public class Badge extends Span {

    public Badge(String text, String kind) {
        super(text);
        addClassNames("badge", kind);
    }
}
