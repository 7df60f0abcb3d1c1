package dev.rehearse.questionbank.internal;

/**
 * What one sync of the bank folder did.
 *
 * @param status      {@link Status#APPLIED}: the database now matches the folder; {@link Status#REFUSED}: it would
 *                    have retired too many questions, and the bank is exactly as it was
 * @param active      the questions that were active before the sync
 * @param gone        how many of those have no file in the folder: retired when applied, kept when refused
 * @param added       questions added (0 when refused)
 * @param newVersions versions written for edited files, new questions not counted (0 when refused)
 */
public record SyncOutcome(Status status, int active, int gone, int added, int newVersions) {

    public enum Status { APPLIED, REFUSED }

    static SyncOutcome refused(int active, int gone) {
        return new SyncOutcome(Status.REFUSED, active, gone, 0, 0);
    }

    public boolean applied() {
        return status == Status.APPLIED;
    }

    public int retired() {
        return applied() ? gone : 0;
    }
}
