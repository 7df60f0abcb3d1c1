package dev.rehearse.questionbank;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code app.questions.dir}: the bank folder, relative to the working directory unless absolute. */
@ConfigurationProperties(prefix = "app.questions")
public record QuestionBankProperties(Path dir) {

    public QuestionBankProperties {
        if (dir == null) {
            dir = Path.of("questions");
        }
    }
}
