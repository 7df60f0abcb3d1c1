package dev.rehearse.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;

/** The frame of the pages a visitor sees before signing in: the app's name on a card in the middle. */
abstract class AuthPage extends Main {

    private final Div card = new Div();

    AuthPage() {
        addClassName("auth-page");
        card.addClassName("auth-card");
        H1 title = new H1("Rehearse");
        title.addClassName("auth-title");
        card.add(title);
        add(card);
    }

    /** Adds to the card, below the app's name. */
    protected void addToCard(Component... components) {
        card.add(components);
    }
}
