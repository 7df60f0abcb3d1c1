package dev.rehearse.interview.ui;

import com.vaadin.flow.component.Component;
import dev.rehearse.interview.ClosedAnswer;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * What the interview page shows of its results, provided by the feature that owns looking back (review), so that
 * interview never depends on it: a closed answer beside its model answer (practice mode), and the way to the
 * review of a finished interview.
 */
@NamedInterface("ui")
public interface InterviewResults {

    /**
     * A closed answer of interview {@code interviewId} beside its model answer; its headings start at
     * {@code headingLevel} (2 to 5).
     */
    Component comparison(UUID interviewId, ClosedAnswer answer, int headingLevel);

    /** Where the review of the finished interview {@code interviewId} is, to navigate or forward to. */
    String reviewLocation(UUID interviewId);
}
