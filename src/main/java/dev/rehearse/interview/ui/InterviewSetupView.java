package dev.rehearse.interview.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.rehearse.base.ui.Formats;
import dev.rehearse.base.ui.MainLayout;
import dev.rehearse.base.ui.Notice;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import dev.rehearse.interview.InterviewException;
import dev.rehearse.interview.InterviewMode;
import dev.rehearse.interview.TimeLimitKind;
import dev.rehearse.security.AccountService;
import dev.rehearse.interview.InterviewService;
import dev.rehearse.interview.InterviewSetup;
import dev.rehearse.interview.StartedInterview;
import dev.rehearse.questionbank.Difficulty;
import dev.rehearse.questionbank.QuestionBankService;
import dev.rehearse.questionbank.Topic;
import dev.rehearse.scheduling.SchedulingService;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Choose how many questions, how much time, what to draw from, and the kind of interview: mock, practice, or a
 * review of what is due and weak; then start.
 */
@Route(value = "interview/new", layout = MainLayout.class)
@PageTitle("New interview · Rehearse")
@Menu(order = 1, icon = "vaadin:timer", title = "New interview")
@PermitAll
class InterviewSetupView extends Main {

    /** Offered times per question, in seconds; null means each question's own suggested time. */
    static final List<Integer> TIME_CHOICES = List.of(30, 60, 90, 120, 180, 240, 300, 420, 600, 900, 1200, 1800);
    static final String SUGGESTED = "Suggested for each question";

    final IntegerField questionCount = new IntegerField("Number of questions");
    final Select<Integer> timePerQuestion = new Select<>();
    final CheckboxGroup<Topic> topics = new CheckboxGroup<>("Topics");
    final CheckboxGroup<Difficulty> difficulties = new CheckboxGroup<>("Difficulty");
    final RadioButtonGroup<Kind> mode = new RadioButtonGroup<>("Mode");
    final RadioButtonGroup<TimeLimitKind> limitKind = new RadioButtonGroup<>("Time limit");
    final Paragraph rules = new Paragraph();
    final Span matchCount = new Span();
    final Button start = new Button("Start interview", VaadinIcon.PLAY.create());

    private final QuestionBankService bank;
    private final int extraTimePercent;
    private final int dueToday;

    /** The three kinds of interview offered; a review is a practice interview whose questions the server picks. */
    enum Kind {
        MOCK("Mock interview: model answers at the end"),
        PRACTICE("Practice: each model answer right after you answer"),
        REVIEW("Review: what is due today, then your weak questions, then new ones");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        InterviewMode mode() {
            return this == MOCK ? InterviewMode.MOCK : InterviewMode.PRACTICE;
        }
    }

    InterviewSetupView(InterviewService interviews, QuestionBankService bank, AccountService accounts,
            SchedulingService scheduling) {
        this.bank = bank;
        this.dueToday = scheduling.dueToday();
        this.extraTimePercent = accounts.settings().extraTimePercent();
        addClassName("page");
        addClassName("setup-page");

        H1 title = new H1("New mock interview");
        Paragraph lead = new Paragraph("Questions are drawn at random from what you choose. Your answer is saved "
                + "as you type, and a reload or a closed tab loses nothing: the clock is kept by the server and keeps "
                + "running while you are away, as in a real interview.");
        lead.addClassName("lead");

        questionCount.setId("question-count");
        questionCount.setMin(InterviewSetup.MIN_QUESTIONS);
        questionCount.setMax(InterviewSetup.MAX_QUESTIONS);
        questionCount.setValue(InterviewSetup.DEFAULT_QUESTIONS);
        questionCount.setStepButtonsVisible(true);
        questionCount.setHelperText("From %d to %d".formatted(InterviewSetup.MIN_QUESTIONS,
                InterviewSetup.MAX_QUESTIONS));
        questionCount.setRequiredIndicatorVisible(true);

        timePerQuestion.setId("time-per-question");
        timePerQuestion.setLabel("Time per question");
        timePerQuestion.setItems(TIME_CHOICES);
        timePerQuestion.setEmptySelectionAllowed(true);
        timePerQuestion.setEmptySelectionCaption(SUGGESTED);
        timePerQuestion.setItemLabelGenerator(InterviewSetupView::timeLabel);
        timePerQuestion.setValue(null);
        timePerQuestion.setHelperText("Suggested times: easy %s, medium %s, hard %s, or the question's own".formatted(
                Formats.humanDuration(Difficulty.EASY.defaultSeconds()),
                Formats.humanDuration(Difficulty.MEDIUM.defaultSeconds()),
                Formats.humanDuration(Difficulty.HARD.defaultSeconds())));

        topics.setId("topics");
        topics.setItems(bank.topics());
        topics.setItemLabelGenerator(t -> "%s (%d)".formatted(t.name(), t.questionCount()));
        topics.setHelperText("None ticked: all topics");
        topics.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        topics.addClassName("topic-group");

        difficulties.setId("difficulties");
        difficulties.setItems(Difficulty.values());
        difficulties.setItemLabelGenerator(Difficulty::label);
        difficulties.setHelperText("None ticked: all difficulties");

        mode.setId("mode");
        mode.setItems(Kind.values());
        mode.setItemLabelGenerator(k -> k.label);
        mode.setValue(Kind.MOCK);
        mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);

        limitKind.setId("limit-kind");
        limitKind.setItems(TimeLimitKind.values());
        limitKind.setItemLabelGenerator(k -> k == TimeLimitKind.PER_QUESTION
                ? "Per question: each question has its own clock"
                : "Whole interview: one clock, move freely between questions");
        limitKind.setValue(TimeLimitKind.PER_QUESTION);
        limitKind.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);

        rules.setId("time-rules");
        rules.addClassName("time-rules");
        mode.addValueChangeListener(e -> {
            boolean review = e.getValue() == Kind.REVIEW;
            topics.setEnabled(!review);
            difficulties.setEnabled(!review);
            timePerQuestion.setEnabled(!review);
            limitKind.setEnabled(!review);
            start.setText(review ? "Start review" : "Start interview");
            topics.setHelperText(review ? "A review draws from every topic" : "None ticked: all topics");
            difficulties.setHelperText(review ? "A review draws from every difficulty" : "None ticked: all difficulties");
            updateRules();
            updateMatchCount();
        });
        limitKind.addValueChangeListener(e -> updateRules());
        timePerQuestion.addValueChangeListener(e -> updateRules());
        questionCount.addValueChangeListener(e -> updateRules());

        matchCount.setId("match-count");
        matchCount.addClassName("match-count");

        start.setId("start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        start.addClickListener(e -> {
            try {
                StartedInterview started = mode.getValue() == Kind.REVIEW
                        ? interviews.startReview(setup().questionCount()) : interviews.start(setup());
                if (started.gotFewerThanAsked()) {
                    Notice.success("Only %d questions matched, so this interview has %d."
                            .formatted(started.questionCount(), started.questionCount()));
                }
                InterviewNavigation.toInterview(started.id());
            } catch (InterviewException ex) {
                Notice.error(ex.getMessage());
            }
        });

        questionCount.addValueChangeListener(e -> updateMatchCount());
        topics.addValueChangeListener(e -> updateMatchCount());
        difficulties.addValueChangeListener(e -> updateMatchCount());

        Div left = new Div(questionCount, timePerQuestion, difficulties, mode, limitKind);
        left.addClassName("setup-column");
        Div right = new Div(topics);
        right.addClassName("setup-column");
        Div form = new Div(left, right);
        form.addClassName("setup-form");
        Div footer = new Div(matchCount, start);
        footer.addClassName("setup-footer");
        add(title, lead, form, rules, footer);
        updateMatchCount();
        updateRules();
    }

    InterviewSetup setup() {
        Integer count = questionCount.getValue();
        return new InterviewSetup(count == null ? 0 : count, timePerQuestion.getValue(),
                topics.getValue().stream().map(Topic::slug).collect(Collectors.toCollection(LinkedHashSet::new)),
                Set.copyOf(difficulties.getValue()), mode.getValue().mode(), limitKind.getValue());
    }

    /** Says before starting exactly what happens when time runs out, for the choices made. */
    private void updateRules() {
        String extra = extraTimePercent == 100 ? ""
                : " Your extra time (×%s) is added to every limit.".formatted(factor(extraTimePercent));
        if (mode.getValue() == Kind.REVIEW) {
            rules.setText("A review asks first the questions due for review today, then your weak ones (rated "
                    + "Again or Hard, or answered with less than half of the key points), then ones you have never "
                    + "been asked, from every topic. Each question has its suggested time, and its model answer "
                    + "comes right after you answer." + extra);
            return;
        }
        String models = mode.getValue() == Kind.PRACTICE
                ? "After each answer you see the model answer beside it before going on."
                : "Model answers stay hidden until you finish.";
        String time;
        if (limitKind.getValue() == TimeLimitKind.WHOLE_INTERVIEW) {
            Integer per = timePerQuestion.getValue();
            Integer count = questionCount.getValue();
            String total = per == null || count == null ? "the sum of the questions' suggested times"
                    : Formats.humanDuration((long) per * count);
            time = ("One clock for the whole interview (%s). Move between questions freely; when the time runs out, "
                    + "every answer is kept as typed and the interview finishes.").formatted(total);
        } else {
            time = "Each question has its own clock, started when it appears. When it runs out, your answer is kept "
                    + "as typed and counted as given at the deadline, and the next question appears.";
        }
        rules.setText(time + " " + models + extra);
    }

    private static String factor(int percent) {
        return percent % 100 == 0 ? String.valueOf(percent / 100)
                : String.valueOf(percent / 100.0).replaceAll("0+$", "");
    }

    private void updateMatchCount() {
        InterviewSetup setup = setup();
        int matching = bank.countMatching(setup.topics(), setup.difficulties());
        String problem = setup.problem();
        matchCount.removeClassName("warning");
        if (problem == null && mode.getValue() == Kind.REVIEW) {
            matchCount.setText(dueToday == 0 ? "No review is due today; %d questions will be drawn.".formatted(
                    setup.questionCount()) : "%d %s due today; %d questions will be drawn.".formatted(dueToday,
                    dueToday == 1 ? "review is" : "reviews are", setup.questionCount()));
            start.setEnabled(true);
        } else if (problem != null) {
            matchCount.setText(problem);
            matchCount.addClassName("warning");
            start.setEnabled(false);
        } else if (matching == 0) {
            matchCount.setText("No question matches these choices. Tick more topics or difficulties.");
            matchCount.addClassName("warning");
            start.setEnabled(false);
        } else if (matching < setup.questionCount()) {
            matchCount.setText("Only %d %s match, so the interview will have %d.".formatted(matching,
                    matching == 1 ? "question" : "questions", matching));
            matchCount.addClassName("warning");
            start.setEnabled(true);
        } else {
            matchCount.setText("%d questions match; %d will be drawn at random.".formatted(matching,
                    setup.questionCount()));
            start.setEnabled(true);
        }
    }

    static String timeLabel(Integer seconds) {
        return seconds == null ? SUGGESTED : Formats.humanDuration(seconds);
    }
}
