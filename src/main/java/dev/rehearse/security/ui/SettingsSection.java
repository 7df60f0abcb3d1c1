package dev.rehearse.security.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * A part of the settings page that another feature provides (the export of the person's data, for one), so that the
 * page shows it without depending on that feature. Sections are shown in {@link #order()}, before the account's
 * deletion.
 */
@NamedInterface("ui")
public interface SettingsSection {

    /** A new instance of the section for one page. */
    Component create();

    default int order() {
        return 0;
    }
}
