package dev.rehearse.admin;

import dev.rehearse.questionbank.BankAdministration;
import dev.rehearse.questionbank.BankAdministration.LastLoad;
import dev.rehearse.questionbank.BankAdministration.Overview;
import dev.rehearse.questionbank.BankAdministration.ReloadResult;
import dev.rehearse.questionbank.BankAdministration.UploadResult;
import dev.rehearse.questionbank.BankChange;
import dev.rehearse.questionbank.BankProblem;
import dev.rehearse.questionbank.QuestionText;
import dev.rehearse.questionbank.ReloadPreview;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank pages' way in: reads pass through to the question bank's {@link BankAdministration}; every change (a
 * reload applied or refused, a file added or refused) is written to the {@link AuditLog} in the transaction that
 * makes it.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional(readOnly = true)
public class BankAdminService {

    private final BankAdministration bank;
    private final AuditLog audit;

    BankAdminService(BankAdministration bank, AuditLog audit) {
        this.bank = bank;
        this.audit = audit;
    }

    public Overview overview() {
        return bank.overview();
    }

    public Optional<QuestionText> question(String questionId) {
        return bank.question(questionId);
    }

    public Optional<LastLoad> lastLoad() {
        return bank.lastLoad();
    }

    public ReloadPreview previewReload() {
        return bank.previewReload();
    }

    /** Applies the folder if it still gives the preview of {@code fingerprint}; recorded either way. */
    @Transactional
    public ReloadResult applyReload(String fingerprint, String clientAddress) {
        ReloadResult result = bank.applyReload(fingerprint == null ? "" : fingerprint);
        ReloadPreview p = result.preview();
        if (result.applied()) {
            audit.record(AuditAction.BANK_RELOAD_APPLIED, p.folder(), p.changeSummary()
                    + ids("; added", p.added()) + ids("; changed", p.changed()) + ids("; retired", p.retired()),
                    clientAddress);
        } else {
            audit.record(AuditAction.BANK_RELOAD_REFUSED, p.folder(), switch (result.status()) {
                case STALE -> "the folder or the bank changed since the preview; nothing applied";
                default -> "the mass-retire guard refused it (" + p.retired().size() + " of " + p.activeBefore()
                        + " active questions would go); nothing applied";
            }, clientAddress);
        }
        return result;
    }

    /** Checks one question file and, when it passes, adds it to the folder and the bank; recorded either way. */
    @Transactional
    public UploadResult upload(String topic, String fileName, byte[] bytes, String clientAddress) {
        UploadResult result = bank.upload(topic, fileName, bytes == null ? new byte[0] : bytes);
        if (result.accepted()) {
            String what = switch (result.outcome()) {
                case ADDED -> "new question";
                case NEW_VERSION -> result.replaced() ? "replaced the file: new version" : "back in the bank, new version";
                case UPDATED -> result.replaced() ? "replaced the file: same text, new time or tags"
                        : "back in the bank";
                default -> "same file as before: nothing written";
            };
            audit.record(AuditAction.BANK_UPLOAD_ACCEPTED, result.path(),
                    what + " '" + result.questionId() + "' (" + result.title() + ")", clientAddress);
        } else {
            audit.record(AuditAction.BANK_UPLOAD_REFUSED, result.path(), result.problems().size()
                    + (result.problems().size() == 1 ? " problem: " : " problems: ")
                    + result.problems().stream().map(BankProblem::toString).collect(Collectors.joining("; ")),
                    clientAddress);
        }
        return result;
    }

    private static String ids(String label, List<BankChange> changes) {
        return changes.isEmpty() ? "" : label + " " + changes.stream().map(BankChange::id)
                .collect(Collectors.joining(", "));
    }
}
