package dev.rehearse.interview.ui;

import dev.rehearse.interview.InterviewException;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.SaveResult;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The last save of a page that is going away. A closing tab cannot finish a Vaadin round trip, so the interview
 * page sends its text with {@code navigator.sendBeacon} to this endpoint, which saves it through the same service
 * call as every other save (same owner check, deadline, grace and revision rules). Signed-in session and CSRF token
 * required, like any other form post.
 */
@RestController
class AnswerBeaconController {

    static final String PATH = "api/interviews/{id}/items/{itemId}/answer";

    static final String MALFORMED = "This is not an answer save: it needs the interview's and the question's ids in "
            + "its address, and the text and its revision (a whole number) as form fields.";

    private final InterviewService interviews;

    AnswerBeaconController(InterviewService interviews) {
        this.interviews = interviews;
    }

    static String pathFor(UUID interviewId, long itemId) {
        return PATH.replace("{id}", interviewId.toString()).replace("{itemId}", Long.toString(itemId));
    }

    @PostMapping(path = "/" + PATH, consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> save(@PathVariable UUID id, @PathVariable long itemId, @RequestParam String text,
            @RequestParam int revision) {
        try {
            SaveResult result = interviews.saveAnswer(id, itemId, text, revision);
            return switch (result.outcome()) {
                case SAVED -> ResponseEntity.noContent().build();
                case LATE, CLOSED, CONFLICT -> ResponseEntity.status(HttpStatus.CONFLICT)
                        .body(result.outcome().name());
            };
        } catch (InterviewException e) {
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(e.getMessage());
        }
    }

    /** A request without the fields of a save, or with ids that are not ids: a 400 that says what a save needs. */
    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<String> malformed(Exception e) {
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(MALFORMED);
    }
}
