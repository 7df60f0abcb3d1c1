package dev.rehearse.scheduling.fsrs;

/** The learner's answer to a review, from forgotten ({@link #AGAIN}) to effortless ({@link #EASY}). */
public enum Rating {

    /** Forgotten: the answer was wrong or not recalled. */
    AGAIN,

    /** Recalled with serious difficulty. */
    HARD,

    /** Recalled after some hesitation. */
    GOOD,

    /** Recalled easily. */
    EASY;

    /** The FSRS grade of this rating: 1 for {@link #AGAIN} up to 4 for {@link #EASY}. */
    public int grade() {
        return ordinal() + 1;
    }

    /**
     * The rating of an FSRS grade.
     *
     * @throws IllegalArgumentException if the grade is not 1, 2, 3 or 4
     */
    public static Rating ofGrade(int grade) {
        return switch (grade) {
            case 1 -> AGAIN;
            case 2 -> HARD;
            case 3 -> GOOD;
            case 4 -> EASY;
            default -> throw new IllegalArgumentException(
                    "A rating grade must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), but was " + grade);
        };
    }
}
