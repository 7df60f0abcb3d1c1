package dev.rehearse.questionbank;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code app.questions.*} settings.
 *
 * @param dir             {@code app.questions.dir}: the bank folder, relative to the working directory unless
 *                        absolute
 * @param allowMassRetire {@code app.questions.allow-mass-retire}: let a sync retire more questions than the guard
 *                        allows (all of them, or more than half and more than a handful). Off by default, so that
 *                        a wrong, empty or missing folder cannot empty the bank; turn it on for the one start that
 *                        removes many questions on purpose, then off again.
 */
@ConfigurationProperties(prefix = "app.questions")
public record QuestionBankProperties(Path dir, boolean allowMassRetire) {

    public QuestionBankProperties {
        if (dir == null) {
            dir = Path.of("questions");
        }
    }
}
