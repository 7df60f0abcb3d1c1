package dev.rehearse.review;

/** How well a person says they answered, in Anki's four words; the key is the shortcut on the review page. */
public enum SelfRating {
    AGAIN("Again", '1'), HARD("Hard", '2'), GOOD("Good", '3'), EASY("Easy", '4');

    private final String label;
    private final char key;

    SelfRating(String label, char key) {
        this.label = label;
        this.key = key;
    }

    public String label() {
        return label;
    }

    public char key() {
        return key;
    }

    /** The grade FSRS counts with: 1 for Again to 4 for Easy. */
    public int grade() {
        return ordinal() + 1;
    }

    /**
     * The rating the coverage and the clock suggest: every point made in time is Easy, most of them Good, about half
     * Hard, fewer Again; running out of time takes one step off.
     */
    public static SelfRating suggested(int made, int total, boolean ranOutOfTime) {
        double share = total == 0 ? 0 : (double) made / total;
        int step = share >= 1 ? 3 : share >= 0.6 ? 2 : share >= 0.3 ? 1 : 0;
        return values()[Math.max(0, step - (ranOutOfTime ? 1 : 0))];
    }

    /** The suggestion in words, such as "You covered 2 of 5 points: Hard?". */
    public static String suggestion(int made, int total, boolean ranOutOfTime) {
        String covered = "covered %d of %d %s".formatted(made, total, total == 1 ? "point" : "points");
        return (ranOutOfTime ? "You ran out of time and " + covered : "You " + covered)
                + ": " + suggested(made, total, ranOutOfTime).label() + "?";
    }
}
