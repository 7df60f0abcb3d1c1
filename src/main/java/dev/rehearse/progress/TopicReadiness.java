package dev.rehearse.progress;

/** A topic's readiness (0 to 1, see {@link Readiness}), and how many of its questions the person answered. */
public record TopicReadiness(String slug, String name, double readiness, int answered, int questions) {

    public int percent() {
        return (int) Math.round(readiness * 100);
    }
}
