package dev.rehearse.questionbank.internal;

/**
 * Tells a sync that looks like a wrong folder from an edit of the bank, by how many active questions it would
 * retire. A sync is refused when it would retire every active question, or more than half of them when that is more
 * than {@value #HANDFUL}. Removing a topic or a few files passes; a missing, empty or mistyped folder, or one that
 * holds only part of the bank, does not.
 */
final class MassRetireGuard {

    /** Up to this many questions may go in one sync whatever their share of the bank, as long as one stays. */
    static final int HANDFUL = 5;

    private MassRetireGuard() {
    }

    /**
     * @param active   the questions active before the sync
     * @param retiring how many of them have no file in the folder
     */
    static boolean refuses(int active, int retiring) {
        if (retiring <= 0) {
            return false;
        }
        boolean noneKept = retiring >= active;
        boolean mostAndMany = retiring * 2 > active && retiring > HANDFUL;
        return noneKept || mostAndMany;
    }
}
