package dev.rehearse.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** A friendly panel for a page with nothing to show yet, saying what to do first. */
public class EmptyState extends Div {

    public EmptyState(VaadinIcon icon, String title, String text, Component... actions) {
        addClassName("empty-state");
        var i = icon.create();
        i.addClassName("empty-state-icon");
        Div buttons = new Div(actions);
        buttons.addClassName("empty-state-actions");
        add(i, new H3(title), new Paragraph(text), buttons);
    }
}
