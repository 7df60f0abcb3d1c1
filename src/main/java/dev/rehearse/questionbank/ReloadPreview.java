package dev.rehearse.questionbank;

import java.util.List;
import java.util.Objects;

/**
 * What applying the bank folder as it is now would do, worked out without writing anything: the questions it would
 * add (new ones, and retired ones whose file is back), change (a new or earlier text, a new time or tags, another
 * topic) and retire (their file is gone), the topics whose display name would change, and the problems of the
 * files that would not load (such a file keeps its question's last good version).
 *
 * @param blocked     the mass-retire guard refuses this folder (it would retire all or most of the bank): applying
 *                    it changes nothing
 * @param fingerprint what was read and what it would change, hashed: an apply of this preview is refused when the
 *                    folder or the bank no longer give the same fingerprint
 */
public record ReloadPreview(String folder, String summary, int activeBefore, List<BankChange> added,
        List<BankChange> changed, List<BankChange> retired, List<String> renamedTopics, List<BankProblem> problems,
        boolean blocked, String blockedReason, String fingerprint) {

    public ReloadPreview {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(fingerprint, "fingerprint");
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        retired = List.copyOf(retired);
        renamedTopics = List.copyOf(renamedTopics);
        problems = List.copyOf(problems);
        blockedReason = blockedReason == null ? "" : blockedReason;
    }

    /** Whether applying it would change anything in the bank. */
    public boolean hasChanges() {
        return !added.isEmpty() || !changed.isEmpty() || !retired.isEmpty() || !renamedTopics.isEmpty();
    }

    /** Such as {@code 2 added, 1 changed, 0 retired, 1 problem}. */
    public String changeSummary() {
        return "%d added, %d changed, %d retired, %d %s".formatted(added.size(), changed.size(), retired.size(),
                problems.size(), problems.size() == 1 ? "problem" : "problems");
    }
}
