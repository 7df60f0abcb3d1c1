package dev.rehearse.admin.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.rehearse.admin.AuditEntry;
import dev.rehearse.admin.AuditLog;
import dev.rehearse.base.ui.EmptyState;
import dev.rehearse.base.ui.Formats;
import dev.rehearse.base.ui.MainLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What administrators did, newest first, read from the database a page at a time. The page only reads: the log has
 * no way to change or remove an entry.
 */
@Route(value = AuditLogView.PATH, layout = MainLayout.class)
@PageTitle("Audit log · Rehearse")
@Menu(order = 4.2, icon = "vaadin:clipboard-text", title = "Audit log")
@RolesAllowed("ADMIN")
@StyleSheet("context://styles/admin.css")
class AuditLogView extends Main {

    static final String PATH = "admin/audit";
    /** To the second: an audit log is read for the order of what happened. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH);

    /** Below this window width the log shows one column. */
    static final int COMPACT_BELOW = 700;

    final Grid<AuditEntry> grid = new Grid<>();
    private Registration resize;

    AuditLogView(AuditLog audit) {
        addClassNames("page", "admin-page");
        long total = audit.count();
        Paragraph lead = new Paragraph("Every action taken in the admin area: when, by whom, on what, and from "
                + "which address. Entries are written with the action itself and never changed. "
                + (total == 1 ? "1 entry." : total + " entries."));
        lead.addClassName("lead");
        lead.setId("audit-lead");
        add(new H1("Audit log"), lead);
        if (total == 0) {
            add(new EmptyState(VaadinIcon.CLIPBOARD_TEXT, "Nothing recorded yet",
                    "Reloads of the bank, added question files and account changes appear here as they happen."));
            return;
        }
        grid.setId("audit-grid");
        grid.addClassName("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grid.Column<AuditEntry> when = grid.addColumn(LitRenderer.<AuditEntry>of("""
                        <div class="audit-cell"><b>${item.when}</b><span>${item.who}</span></div>""")
                        .withProperty("when", e -> when(e))
                        .withProperty("who", AuditLogView::who))
                .setHeader("When and who").setWidth("15rem").setFlexGrow(0);
        Grid.Column<AuditEntry> what = grid.addColumn(LitRenderer.<AuditEntry>of("""
                        <div class="audit-cell"><b>${item.action}</b><span>${item.target}</span>\
                        <span>${item.detail}</span></div>""")
                        .withProperty("action", e -> e.action().label())
                        .withProperty("target", AuditEntry::target)
                        .withProperty("detail", AuditEntry::detail))
                .setHeader("What").setFlexGrow(1);
        // On a phone one column tells the same in four short lines.
        Grid.Column<AuditEntry> compact = grid.addColumn(LitRenderer.<AuditEntry>of("""
                        <div class="audit-cell"><b>${item.action}</b><span>${item.line}</span>\
                        <span>${item.target}</span><span>${item.detail}</span></div>""")
                        .withProperty("action", e -> e.action().label())
                        .withProperty("line", e -> when(e) + " · " + who(e))
                        .withProperty("target", AuditEntry::target)
                        .withProperty("detail", AuditEntry::detail))
                .setHeader("Entries");
        compact.setVisible(false);
        addAttachListener(e -> {
            e.getUI().getPage().retrieveExtendedClientDetails(d -> fitTo(d.getWindowInnerWidth(), when, what,
                    compact));
            resize = e.getUI().getPage().addBrowserWindowResizeListener(r -> fitTo(r.getWidth(), when, what,
                    compact));
        });
        addDetachListener(e -> {
            if (resize != null) {
                resize.remove();
            }
        });
        grid.setItems(query -> audit.newestFirst(query.getOffset(), query.getLimit()).stream());
        add(grid);
    }

    private static void fitTo(int width, Grid.Column<?> when, Grid.Column<?> what, Grid.Column<?> compact) {
        boolean narrow = width > 0 && width < COMPACT_BELOW;
        when.setVisible(!narrow);
        what.setVisible(!narrow);
        compact.setVisible(narrow);
    }

    private static String when(AuditEntry e) {
        return WHEN.format(e.at().atZone(Formats.zone()));
    }

    private static String who(AuditEntry e) {
        return e.actor() + (e.clientAddress().isEmpty() ? "" : " from " + e.clientAddress());
    }
}
