package dev.rehearse.export.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.rehearse.export.ExportException;
import dev.rehearse.export.ExportService;
import dev.rehearse.export.ImportService;
import dev.rehearse.security.ui.SettingsSection;

/** The settings page's "Your data": downloads of everything, and an import of an export into an empty account. */
@org.springframework.stereotype.Component
class DataSection implements SettingsSection {

    private final ExportService exports;
    private final ImportService imports;

    DataSection(ExportService exports, ImportService imports) {
        this.exports = exports;
        this.imports = imports;
    }

    @Override
    public Component create() {
        Anchor json = Downloads.link("Everything as JSON", "rehearse-export.json", "application/json", exports::json);
        json.setId("export-json");
        Anchor csv = Downloads.link("Every answer as CSV", "rehearse-answers.csv", "text/csv", exports::csv);
        csv.setId("export-csv");
        Anchor anki = Downloads.link("Your questions as Anki notes", "rehearse-anki.txt", "text/plain", exports::anki);
        anki.setId("export-anki");
        Div links = new Div(json, csv, anki);
        links.addClassName("export-links");

        Paragraph result = new Paragraph();
        result.setId("import-result");
        result.addClassName("import-result");
        result.setVisible(false);
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            String message;
            boolean ok;
            try {
                int n = imports.importJson(bytes);
                message = n == 1 ? "Imported 1 interview with its answers, ratings and reviews."
                        : "Imported %d interviews with their answers, ratings and reviews.".formatted(n);
                ok = true;
            } catch (ExportException e) {
                message = e.getMessage();
                ok = false;
            }
            String text = message;
            boolean good = ok;
            ui.access(() -> {
                result.setText(text);
                result.setClassName("problem", !good);
                result.setVisible(true);
            });
        }));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImportService.MAX_BYTES);
        upload.setAcceptedFileTypes("application/json", ".json");

        Section section = new Section(new H2("Your data"),
                new Paragraph("Take everything with you: the JSON file holds all of it and can be imported into "
                        + "another Rehearse; the CSV has one row per answer; the Anki file has a note per question "
                        + "you answered, with the model answer and your latest answer, ready for Anki's import."),
                links, new H3("Import an export"),
                new Paragraph("Into this account only while it has no interview yet: everything comes in, or "
                        + "nothing does."),
                upload, result);
        section.addClassNames("card", "settings-form", "data-section");
        section.setId("your-data");
        return section;
    }

    @Override
    public int order() {
        return 10;
    }
}
