package dev.rehearse.interview;

import java.util.Arrays;
import java.util.List;

/** Who closed a question: the person (Next or Finish), the deadline, or the server on its own. */
public enum ClosedBy {
    USER,
    TIMEOUT,
    SERVER;

    /** Closed because its time ran out, at the deadline or by the server while nobody watched. */
    public boolean ranOutOfTime() {
        return this != USER;
    }

    /** Whether a closing as the tables store it (this enum's name, or null while open) means the time ran out. */
    public static boolean ranOutOfTime(String stored) {
        return stored != null && valueOf(stored).ranOutOfTime();
    }

    /** The closers that mean the time ran out, for queries that count them. */
    public static List<ClosedBy> ranOut() {
        return Arrays.stream(values()).filter(ClosedBy::ranOutOfTime).toList();
    }
}
