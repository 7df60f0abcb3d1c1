package dev.rehearse.attempts.ui;

import dev.rehearse.review.ui.QuestionPages;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/** Review's way to a question's attempts page, whose route is {@link QuestionAttemptsView#PATH}/{id}. */
@Component
class AttemptPages implements QuestionPages {

    @Override
    public String location(String questionId) {
        return QuestionAttemptsView.PATH + "/" + URLEncoder.encode(questionId, StandardCharsets.UTF_8);
    }
}
