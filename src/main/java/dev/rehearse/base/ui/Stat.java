package dev.rehearse.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One figure of a page's summary row: a small label above its value. */
public class Stat extends Div {

    public Stat(String label, String value) {
        Span l = new Span(label);
        l.addClassName("stat-label");
        Span v = new Span(value);
        v.addClassName("stat-value");
        add(l, v);
        addClassName("stat");
    }
}
