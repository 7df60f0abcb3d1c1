package dev.rehearse.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A friendly panel for a page with nothing to show yet, saying what to do first. */
public class EmptyState extends Div {

    /** A panel inside a page that has its own title: its heading is a level below it. */
    public EmptyState(VaadinIcon icon, String title, String text, Component... actions) {
        this(new H2(title), icon, text, actions);
    }

    private EmptyState(HtmlContainer heading, VaadinIcon icon, String text, Component... actions) {
        addClassName("empty-state");
        var i = icon.create();
        i.addClassName("empty-state-icon");
        Div buttons = new Div(actions);
        buttons.addClassName("empty-state-actions");
        heading.addClassName("empty-state-title");
        add(i, heading, new Paragraph(text), buttons);
    }

    /** The whole content of a page (a refusal, say): its heading is the page's title. */
    public static EmptyState wholePage(VaadinIcon icon, String title, String text, Component... actions) {
        return new EmptyState(new H1(title), icon, text, actions);
    }
}
