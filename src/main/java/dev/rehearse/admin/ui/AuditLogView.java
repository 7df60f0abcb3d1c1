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
import jakarta.annotation.security.RolesAllowed;

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

    final Grid<AuditEntry> grid = new Grid<>();

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
        grid.addColumn(LitRenderer.<AuditEntry>of("""
                        <div class="audit-cell"><b>${item.when}</b><span>${item.who}</span></div>""")
                        .withProperty("when", e -> Formats.dateTime(e.at()))
                        .withProperty("who", e -> e.actor() + (e.clientAddress().isEmpty() ? ""
                                : " from " + e.clientAddress())))
                .setHeader("When and who").setWidth("12rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<AuditEntry>of("""
                        <div class="audit-cell"><b>${item.action}</b><span>${item.target}</span>\
                        <span>${item.detail}</span></div>""")
                        .withProperty("action", e -> e.action().label())
                        .withProperty("target", AuditEntry::target)
                        .withProperty("detail", AuditEntry::detail))
                .setHeader("What").setFlexGrow(1);
        grid.setItems(query -> audit.newestFirst(query.getOffset(), query.getLimit()).stream());
        add(grid);
    }
}
