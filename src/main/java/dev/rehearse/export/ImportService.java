package dev.rehearse.export;

import dev.rehearse.export.internal.ExportQueries;
import dev.rehearse.export.internal.ImportWriter;
import dev.rehearse.security.AccountService;
import dev.rehearse.security.CurrentUser;
import dev.rehearse.security.UserSettings;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;

/**
 * Brings a JSON export into the signed-in person's account, which must be empty: interviews, answers, ratings,
 * notes, ticks, kept verdicts, FSRS cards and settings, in one transaction, so that a refusal or a failure leaves
 * nothing half-imported.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class ImportService {

    /** The largest export file taken. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private final ExportQueries queries;
    private final ImportWriter writer;
    private final AccountService accounts;
    private final CurrentUser currentUser;

    ImportService(ExportQueries queries, ImportWriter writer, AccountService accounts, CurrentUser currentUser) {
        this.queries = queries;
        this.writer = writer;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** Imports {@code json}; returns how many interviews came in. Refused, in words, when it cannot be. */
    @Transactional
    public int importJson(byte[] json) {
        long owner = currentUser.requireId();
        if (json == null || json.length == 0) {
            throw new ExportException("The file is empty. Choose a JSON export of Rehearse.");
        }
        if (json.length > MAX_BYTES) {
            throw new ExportException("The file is larger than %d MB, which no export of one person should be."
                    .formatted(MAX_BYTES / 1024 / 1024));
        }
        RehearseExport export;
        try {
            export = ExportService.JSON.readValue(json, RehearseExport.class);
        } catch (JacksonException e) {
            throw new ExportException("This file is not a Rehearse export: it is not JSON in the export's format.");
        }
        if (export == null || export.formatVersion() != RehearseExport.FORMAT_VERSION || export.interviews() == null
                || export.memoryCards() == null || export.latestCoverage() == null || export.settings() == null) {
            throw new ExportException(export != null && export.formatVersion() != RehearseExport.FORMAT_VERSION
                    ? "This export is in format version %d; this server reads version %d."
                            .formatted(export.formatVersion(), RehearseExport.FORMAT_VERSION)
                    : "This file is not a Rehearse export: parts of the export's format are missing.");
        }
        if (queries.hasInterviews(owner)) {
            throw new ExportException("This account already has interviews. Import into a new, empty account, so "
                    + "that nothing is mixed or doubled. Nothing was imported.");
        }
        Map<String, Long> versions = writer.checkFits(export);
        writer.write(owner, export, versions);
        RehearseExport.Settings s = export.settings();
        try {
            accounts.changeSettings(new UserSettings(s.extraTimePercent(), s.hiddenCountdown(), s.darkTheme(),
                    s.desiredRetentionPercent()));
        } catch (RuntimeException e) {
            throw new ExportException("The export's settings are not ones this server accepts. Nothing was imported.");
        }
        return export.interviews().size();
    }
}
