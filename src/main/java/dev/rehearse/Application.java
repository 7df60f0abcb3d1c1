package dev.rehearse;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.TargetElement;
import com.vaadin.flow.server.AppShellSettings;
import dev.rehearse.base.ui.PageScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import dev.rehearse.coverage.CoverageChecker;
import dev.rehearse.coverage.CueAdvisor;
import dev.rehearse.coverage.ScoreAnswersCommand;
import dev.rehearse.questionbank.QuestionBankValidator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.random.RandomGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addInlineWithContents(TargetElement.BODY, Inline.Position.APPEND,
                PageScript.of(Application.class, "connection-status.js"), Inline.Wrapping.JAVASCRIPT);
    }

    public static void main(String[] args) {
        // --score-answers=<file> and --validate-questions=<dir> are tools for authors: they run and exit without
        // starting the web app.
        for (String arg : args) {
            if (arg.startsWith(ScoreAnswersCommand.ARGUMENT) || arg.startsWith(QuestionBankValidator.ARGUMENT)) {
                System.setProperty("logback.configurationFile", "logback-command.xml");
            }
            if (arg.startsWith(ScoreAnswersCommand.ARGUMENT)) {
                System.exit(new ScoreAnswersCommand(CoverageChecker.standard(), System.out, System.err).run(args));
            }
            if (arg.startsWith(QuestionBankValidator.ARGUMENT)) {
                String dir = arg.substring(QuestionBankValidator.ARGUMENT.length());
                System.exit(QuestionBankValidator.run(java.nio.file.Path.of(dir), System.out, new CueAdvisor()));
            }
        }
        SpringApplication.run(Application.class, args);
    }

    /** All time in the app comes from this clock, so that tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Draws questions at random; a bean so that tests can make the draw repeatable. */
    @Bean
    RandomGenerator questionDrawRandom() {
        return new SecureRandom();
    }
}
