package dev.rehearse.base.ui;

import com.vaadin.flow.component.html.Anchor;

/** A link back to the home page (the app's root), for pages that have nothing to show. */
public final class HomeLink {

    private HomeLink() {
    }

    public static Anchor create() {
        Anchor link = new Anchor("", "Back to the home page");
        link.getElement().setAttribute("router-link", true); // navigates inside the app, without a reload
        return link;
    }
}
