package dev.rehearse.interview;

/** Who closed a question: the person (Next or Finish), the deadline, or the server on its own. */
public enum ClosedBy {
    USER,
    TIMEOUT,
    SERVER
}
