package dev.rehearse.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableFooter;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.rehearse.admin.BankAdminService;
import dev.rehearse.base.ui.Formats;
import dev.rehearse.base.ui.MainLayout;
import dev.rehearse.base.ui.Notice;
import dev.rehearse.base.ui.Stat;
import dev.rehearse.questionbank.BankAdministration;
import dev.rehearse.questionbank.BankAdministration.Entry;
import dev.rehearse.questionbank.BankAdministration.LastLoad;
import dev.rehearse.questionbank.BankAdministration.Overview;
import dev.rehearse.questionbank.BankAdministration.ReloadResult;
import dev.rehearse.questionbank.BankAdministration.TopicCounts;
import dev.rehearse.questionbank.BankAdministration.UploadResult;
import dev.rehearse.questionbank.BankChange;
import dev.rehearse.questionbank.Difficulty;
import dev.rehearse.questionbank.QuestionKind;
import dev.rehearse.questionbank.ReloadPreview;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The question bank as an administrator sees it: counts by topic and difficulty, every question previewed as people
 * see it, the problems of the folder's last load, a reload shown before it is applied, and one file added at a time.
 */
@Route(value = BankAdminView.PATH, layout = MainLayout.class)
@PageTitle("Question bank · Rehearse")
@Menu(order = 4, icon = "vaadin:book", title = "Question bank")
@RolesAllowed("ADMIN")
@StyleSheet("context://styles/admin.css")
class BankAdminView extends Main {

    static final String PATH = "admin/questions";

    private final BankAdminService bank;

    final Div stats = new Div();
    final Button reload = new Button("Reload from the folder", VaadinIcon.REFRESH.create());
    final Div preview = new Div();
    final Button apply = new Button("Apply these changes", VaadinIcon.CHECK.create());
    final Button cancel = new Button("Cancel");
    final ComboBox<String> uploadTopic = new ComboBox<>("Topic folder");
    final Upload upload;
    final Div uploadResult = new Div();
    final Div lastLoad = new Div();
    final Div counts = new Div();
    final TextField search = new TextField("Find a question");
    final Grid<Entry> grid = new Grid<>();

    /** The preview on screen, which Apply applies; null when none is shown. */
    private ReloadPreview shown;
    private Overview overview;
    /** Where this page was opened from, for the audit log when a request does not say. */
    private String openedFrom = ClientAddress.current();

    BankAdminView(BankAdminService bank) {
        this.bank = bank;
        addClassNames("page", "admin-page");

        Paragraph lead = new Paragraph();
        lead.addClassName("lead");
        lead.setId("bank-lead");

        stats.addClassName("stats");
        stats.setId("bank-stats");

        reload.setId("reload-preview");
        reload.addClickListener(e -> showPreview(bank.previewReload(), null));
        preview.setId("reload-preview-panel");
        preview.addClassName("reload-preview");
        preview.setVisible(false);
        apply.setId("apply-reload");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setDisableOnClick(true);
        apply.addClickListener(e -> applyShown());
        cancel.setId("cancel-reload");
        cancel.addClickListener(e -> hidePreview());
        Section reloadSection = section("reload-section", "Reload from the folder",
                "Reads every file of the folder again and shows what applying it would change. Nothing changes "
                        + "until you apply it; if the folder changes in between, you are shown the new changes "
                        + "instead. A folder that would retire all or most of the bank is never applied.");
        reloadSection.add(actions(reload), preview);

        uploadTopic.setId("upload-topic");
        uploadTopic.setAllowCustomValue(true);
        uploadTopic.setHelperText("An existing topic, or type the folder name of a new one");
        uploadTopic.addCustomValueSetListener(e -> uploadTopic.setValue(e.getDetail().strip()));
        upload = new Upload(limited(UploadHandler.inMemory((meta, bytes) -> uploaded(meta.fileName(), bytes))));
        upload.setId("upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(BankAdministration.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".md");
        upload.setI18n(uploadTexts());
        upload.addFileRejectedListener(e -> showRefusal(e.getFileName(), e.getErrorMessage()));
        uploadResult.setId("upload-result");
        uploadResult.addClassName("upload-result");
        uploadResult.setVisible(false);
        Section uploadSection = section("upload-section", "Add or replace a question file",
                "One Markdown file, named after the question's id (such as jwt-basics.md), up to 256 KB. It is "
                        + "checked exactly as the folder's files are; a file with a problem is refused and nothing "
                        + "is written. A file of the same name in the same topic replaces it as a new version; the "
                        + "same name in another topic is refused, since an id names one question.");
        Div uploadFields = new Div(uploadTopic, upload);
        uploadFields.addClassName("upload-fields");
        uploadSection.add(uploadFields, uploadResult);

        lastLoad.setId("last-load");
        Section problemSection = section("last-load-section", "Problems at the last load", null);
        problemSection.add(lastLoad);

        counts.setId("bank-counts");
        counts.addClassName("table-scroll");
        // on a phone the table scrolls sideways: reachable, and named, for the keyboard
        counts.getElement().setAttribute("tabindex", "0");
        counts.getElement().setAttribute("role", "region");
        counts.getElement().setAttribute("aria-label", "Active questions by topic and difficulty");
        Section countSection = section("counts-section", "By topic and difficulty", "Active questions, the ones "
                + "interviews draw from; retired ones stay in people's history.");
        countSection.add(counts);

        search.setId("bank-search");
        search.setClearButtonVisible(true);
        search.setPlaceholder("Words of the title, or the id");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filter());
        buildGrid();
        Section questionSection = section("questions-section", "Questions", "Open one to see it as people do.");
        questionSection.add(search, grid);

        add(new H1("Question bank"), lead, stats, reloadSection, uploadSection, problemSection, countSection,
                questionSection);
        refresh();
        lead.setText("Every question people can be asked, as the database holds it. They come from the folder "
                + overview.folder() + (overview.folder().endsWith("/") ? "" : "/")
                + " (app.questions.dir): edit its files there, then reload here, or add one file below.");
        addAttachListener(e -> openedFrom = ClientAddress.current().isEmpty() ? openedFrom
                : ClientAddress.current());
    }

    /** Reads the bank again and redraws what depends on it. */
    private void refresh() {
        overview = bank.overview();
        Integer problems = bank.lastLoad().map(l -> l.report().problems().size()).orElse(0);
        stats.removeAll();
        stats.add(new Stat("Active questions", String.valueOf(overview.active())),
                new Stat("Topics", String.valueOf(overview.topics().stream().filter(t -> t.totalActive() > 0).count())),
                new Stat("Retired", String.valueOf(overview.retired())),
                new Stat("Load problems", String.valueOf(problems)));
        counts.removeAll();
        counts.add(countTable(overview));
        uploadTopic.setItems(overview.topics().stream().map(t -> t.topic().slug()).sorted().toList());
        uploadTopic.setItemLabelGenerator(slug -> overview.topics().stream()
                .filter(t -> t.topic().slug().equals(slug)).findFirst()
                .map(t -> t.topic().name() + " (" + slug + ")").orElse(slug));
        showLastLoad();
        filter();
    }

    private void showLastLoad() {
        lastLoad.removeAll();
        LastLoad last = bank.lastLoad().orElse(null);
        if (last == null) {
            lastLoad.add(new Paragraph("The folder has not been read yet."));
            return;
        }
        Paragraph when = new Paragraph("%s%s: %s.%s".formatted(
                last.readAt() == null ? "Read" : "Read " + Formats.dateTime(last.readAt()),
                " from " + last.report().folder(), last.report().summary(),
                last.applied() ? "" : " It was not applied: the bank was kept as it was."));
        when.setId("last-load-summary");
        lastLoad.add(when);
        if (last.report().problems().isEmpty()) {
            Paragraph none = new Paragraph("Every file loaded.");
            none.addClassName("all-good");
            lastLoad.add(none);
        } else {
            ProblemList list = new ProblemList(last.report().problems());
            list.setId("last-load-problems");
            lastLoad.add(new Paragraph("These files did not load; each keeps its question's last good version, if "
                    + "it had one:"), list);
        }
    }

    // ---------- Reload ----------

    private void showPreview(ReloadPreview p, String message) {
        shown = p;
        preview.removeAll();
        preview.setVisible(true);
        if (message != null) {
            Paragraph m = new Paragraph(message);
            m.addClassName("form-error");
            m.setId("reload-message");
            preview.add(m);
        }
        H3 title = new H3("What applying the folder would do");
        Paragraph summary = new Paragraph(p.hasChanges() || !p.problems().isEmpty()
                ? p.changeSummary() + "." : "The folder matches the bank: nothing to apply.");
        summary.setId("reload-summary");
        summary.addClassName("reload-summary");
        preview.add(title, summary);
        changeList("Added", "reload-added", p.added());
        changeList("Changed", "reload-changed", p.changed());
        changeList("Retired (no longer drawn; past answers keep them)", "reload-retired", p.retired());
        if (!p.renamedTopics().isEmpty()) {
            UnorderedList names = new UnorderedList();
            names.setId("reload-renamed");
            p.renamedTopics().forEach(n -> names.add(new ListItem(n)));
            preview.add(new H3("Topic names"), names);
        }
        if (!p.problems().isEmpty()) {
            ProblemList problems = new ProblemList(p.problems());
            problems.setId("reload-problems");
            preview.add(new H3("Problems (these files would not load)"), problems);
        }
        if (p.blocked()) {
            Paragraph blocked = new Paragraph(p.blockedReason());
            blocked.addClassName("form-error");
            blocked.setId("reload-blocked");
            preview.add(blocked);
        }
        boolean applicable = p.hasChanges() && !p.blocked();
        apply.setEnabled(applicable);
        apply.setVisible(applicable);
        cancel.setText(applicable ? "Cancel" : "Close");
        preview.add(actions(apply, cancel));
    }

    private void changeList(String heading, String id, List<BankChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId(id);
        list.addClassName("change-list");
        for (BankChange c : changes) {
            Span what = new Span(c.title().isEmpty() ? c.id() : c.title());
            what.addClassName("change-title");
            Span where = new Span("%s in %s%s".formatted(c.id(), c.topic(), c.note().isEmpty() ? "" : ": " + c.note()));
            where.addClassName("change-note");
            list.add(new ListItem(what, where));
        }
        preview.add(new H3(heading + " (" + changes.size() + ")"), list);
    }

    private void applyShown() {
        if (shown == null) {
            return;
        }
        ReloadResult result = bank.applyReload(shown.fingerprint(), address());
        if (result.applied()) {
            hidePreview();
            refresh();
            Notice.success(result.message());
        } else {
            showPreview(result.preview(), result.message());
        }
    }

    private void hidePreview() {
        shown = null;
        preview.removeAll();
        preview.setVisible(false);
    }

    // ---------- Upload ----------

    private void uploaded(String fileName, byte[] bytes) {
        UploadResult result = bank.upload(uploadTopic.getValue(), fileName, bytes, address());
        upload.clearFileList();
        uploadResult.removeAll();
        uploadResult.setVisible(true);
        if (result.accepted()) {
            uploadResult.getElement().setAttribute("data-outcome", "accepted");
            String message = switch (result.outcome()) {
                case ADDED -> "Added %s: the question '%s' is in the bank.";
                case NEW_VERSION -> result.replaced()
                        ? "Replaced %s: the question '%s' has a new version; past answers keep theirs."
                        : "Added %s: the question '%s' is back in the bank with a new version.";
                case UPDATED -> result.replaced()
                        ? "Replaced %s: the question '%s' is in the bank as the file says."
                        : "Added %s: the question '%s' is back in the bank.";
                default -> "%s is already exactly this file: '%s' is unchanged.";
            };
            Paragraph done = new Paragraph(message.formatted(result.path(), result.title()));
            done.addClassName("auth-notice");
            done.setId("upload-accepted");
            uploadResult.add(done);
            if (!result.warnings().isEmpty()) {
                ProblemList warnings = new ProblemList(result.warnings());
                warnings.setId("upload-warnings");
                uploadResult.add(new Paragraph("Loaded, with warnings to look at:"), warnings);
            }
            refresh();
        } else {
            uploadResult.getElement().setAttribute("data-outcome", "refused");
            Paragraph refused = new Paragraph("Refused: nothing was written. "
                    + (result.problems().size() == 1 ? "The problem:" : "The problems:"));
            refused.addClassName("form-error");
            refused.setId("upload-refused");
            ProblemList problems = new ProblemList(result.problems());
            problems.setId("upload-problems");
            uploadResult.add(refused, problems);
        }
    }

    private void showRefusal(String fileName, String why) {
        uploadResult.removeAll();
        uploadResult.setVisible(true);
        uploadResult.getElement().setAttribute("data-outcome", "refused");
        Paragraph refused = new Paragraph("Refused: nothing was written. %s: %s".formatted(fileName, why));
        refused.addClassName("form-error");
        refused.setId("upload-refused");
        uploadResult.add(refused);
    }

    /** The in-memory handler, with the bank's file limit held on the server too (the browser's can be bypassed). */
    private static UploadHandler limited(UploadHandler inMemory) {
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                inMemory.handleUploadRequest(event);
            }

            @Override
            public long getFileSizeMax() {
                return BankAdministration.MAX_FILE_BYTES + 1;
            }

            @Override
            public long getRequestSizeMax() {
                return BankAdministration.MAX_FILE_BYTES + 64 * 1024;
            }
        };
    }

    private static UploadI18N uploadTexts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("Drop a question file here").setMany("Drop files here"));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne("Choose a .md file…").setMany("Choose files…"));
        i18n.setError(new UploadI18N.Error().setTooManyFiles("One file at a time.")
                .setFileIsTooBig("The file is larger than the limit of 256 KB.")
                .setIncorrectFileType("Only Markdown question files (.md) can be added."));
        return i18n;
    }

    // ---------- Counts and questions ----------

    private static NativeTable countTable(Overview overview) {
        NativeTableRow head = new NativeTableRow();
        for (String h : List.of("Topic", "Easy", "Medium", "Hard", "Active", "Retired")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        NativeTableBody body = new NativeTableBody();
        for (TopicCounts t : overview.topics()) {
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell name = new NativeTableHeaderCell(t.topic().name());
            name.getElement().setAttribute("scope", "row");
            row.add(name);
            for (Difficulty d : Difficulty.values()) {
                row.add(number(t.active(d)));
            }
            row.add(number(t.totalActive()), number(t.retired()));
            body.add(row);
        }
        NativeTableRow total = new NativeTableRow();
        NativeTableHeaderCell label = new NativeTableHeaderCell("All topics");
        label.getElement().setAttribute("scope", "row");
        total.add(label);
        for (Difficulty d : Difficulty.values()) {
            total.add(number(overview.active(d)));
        }
        total.add(number(overview.active()), number(overview.retired()));
        NativeTable table = new NativeTable(new NativeTableHeader(head), body, new NativeTableFooter(total));
        table.addClassNames("data-table", "count-table");
        table.setCaptionText("Active questions by topic and difficulty");
        return table;
    }

    private static NativeTableCell number(int n) {
        NativeTableCell cell = new NativeTableCell(String.valueOf(n));
        cell.addClassName("number");
        return cell;
    }

    private void buildGrid() {
        grid.setId("bank-grid");
        grid.addClassName("bank-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(false);
        grid.addColumn(LitRenderer.<Entry>of("""
                        <div class="bank-cell"><b>${item.title}</b><span>${item.line}</span></div>""")
                        .withProperty("title", Entry::title)
                        .withProperty("line", e -> "%s · %s · %s%s · %s".formatted(e.topic().name(),
                                e.difficulty().label(), e.kind() == QuestionKind.EXPLAIN ? "" : e.kind().label() + " · ",
                                e.id(), e.retired() ? " · retired" : "")))
                .setHeader("Question").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<Component, Entry>(e -> {
            Button open = new Button("Preview", ev -> openPreview(e));
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            open.setAriaLabel("Preview " + e.title());
            return open;
        })).setHeader("See it").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> {
            if (e.getColumn() == null || e.getColumn() == grid.getColumns().getFirst()) {
                openPreview(e.getItem());
            }
        });
    }

    private void filter() {
        String words = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(overview.questions().stream()
                .filter(e -> words.isEmpty() || e.id().contains(words)
                        || e.title().toLowerCase(Locale.ROOT).contains(words)
                        || e.topic().name().toLowerCase(Locale.ROOT).contains(words))
                .toList());
    }

    private void openPreview(Entry entry) {
        Dialog dialog = new Dialog();
        dialog.setId("question-preview");
        dialog.setHeaderTitle(entry.title());
        dialog.setWidth("min(960px, 96vw)");
        bank.question(entry.id()).ifPresentOrElse(
                q -> dialog.add(new QuestionPreview(q, entry.suggestedSeconds())),
                () -> dialog.add(new Paragraph("This question is no longer in the bank.")));
        Button close = new Button("Close", e -> dialog.close());
        close.setId("close-preview");
        dialog.getFooter().add(close);
        dialog.open();
    }

    // ---------- Helpers ----------

    private String address() {
        String now = ClientAddress.current();
        return now.isEmpty() ? openedFrom : now;
    }

    private static Section section(String id, String title, String text) {
        Section section = new Section(new H2(title));
        section.setId(id);
        section.addClassNames("card", "admin-section");
        if (text != null) {
            Paragraph p = new Paragraph(text);
            p.addClassName("section-note");
            section.add(p);
        }
        return section;
    }

    private static Div actions(Component... buttons) {
        Div actions = new Div(buttons);
        actions.addClassName("actions");
        return actions;
    }
}
