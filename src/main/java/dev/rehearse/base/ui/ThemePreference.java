package dev.rehearse.base.ui;

/**
 * Where the page frame keeps the person's light or dark theme. The frame knows no feature; the accounts feature
 * provides this.
 */
public interface ThemePreference {

    boolean dark();

    /** Switches between light and dark; returns whether it is dark now. */
    boolean toggle();
}
