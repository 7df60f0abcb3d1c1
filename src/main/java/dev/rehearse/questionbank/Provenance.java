package dev.rehearse.questionbank;

import java.util.List;

/**
 * Where a question's model answer comes from: the documentation pages or source files its claims rest on, and the
 * FastAPI release and month it was last checked against ({@code "fastapi 0.141, 2026-12"}). Either may be missing
 * from a file not audited yet (the validator warns).
 */
public record Provenance(List<String> sources, String verified) {

    public static final Provenance NONE = new Provenance(List.of(), null);

    public Provenance {
        sources = sources == null ? List.of() : List.copyOf(sources);
        verified = verified == null || verified.isBlank() ? null : verified.strip();
    }

    public boolean isComplete() {
        return !sources.isEmpty() && verified != null;
    }
}
