package dev.rehearse.review.ui;

import org.springframework.modulith.NamedInterface;

/**
 * Where the page of all of a person's attempts at one question is. The review and history pages link each answer
 * there; the attempts feature provides it, so review does not depend on it.
 */
@NamedInterface("ui")
public interface QuestionPages {

    /** The location of question {@code questionId}'s page, to use as a link. */
    String location(String questionId);
}
