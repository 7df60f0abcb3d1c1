package dev.rehearse.interview.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import dev.rehearse.base.ui.Formats;
import dev.rehearse.base.ui.PageScript;
import dev.rehearse.interview.InterviewState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Shows {@code deadline - now} for the deadline the server stored, as text, a bar, and words for screen readers at
 * a few thresholds; a hidden countdown shows the time only on demand. It fires a {@link ZeroEvent} on every tick
 * once the server's clock has reached the deadline; the server decides what that means.
 */
class Countdown extends Div {

    /** Screen readers hear the time left when it reaches these seconds. */
    static final List<Integer> ANNOUNCE_AT = List.of(300, 60, 10);
    /** Milliseconds between two asks of the server, which refresh the countdown. */
    static final int POLL_MILLIS = 1000;
    /** A hidden countdown shows the time for this long when asked. */
    static final Duration REVEAL_FOR = Duration.ofSeconds(5);
    /** Below this many seconds the countdown is shown as running low. */
    static final int LOW_AT = 30;

    private final Clock clock;
    private final boolean hidden;
    private final Span text = new Span();
    private final Button showTime = new Button("Show time left", VaadinIcon.CLOCK.create());
    private final Span announcer = new Span();
    private final ProgressBar bar = new ProgressBar();
    private final Set<Integer> announced = new HashSet<>();
    private InterviewState.Countdown running;
    private Registration poll;
    private Instant revealUntil;

    Countdown(Clock clock, boolean hidden) {
        this.clock = clock;
        this.hidden = hidden;
        addClassName("timer");
        text.setId("countdown");
        text.addClassName("countdown");
        text.getElement().setAttribute("role", "timer");
        text.getElement().setAttribute("aria-label", "Time left");
        text.setVisible(!hidden);
        showTime.setId("show-time");
        showTime.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        showTime.addClickListener(e -> reveal());
        showTime.setVisible(hidden);
        announcer.setId("time-announcer");
        announcer.addClassName("sr-only");
        announcer.getElement().setAttribute("aria-live", "polite");
        announcer.getElement().setAttribute("role", "status");
        bar.setId("time-bar");
        bar.addClassName("time-bar");
        bar.getElement().setAttribute("aria-hidden", "true");
        bar.setVisible(!hidden);
        add(text, showTime);
    }

    /** The live region and the bar, which the view places apart from the text. */
    Span announcer() {
        return announcer;
    }

    ProgressBar bar() {
        return bar;
    }

    /** The deadline reached zero on the server's clock. */
    static final class ZeroEvent extends ComponentEvent<Countdown> {
        ZeroEvent(Countdown source) {
            super(source, false);
        }
    }

    Registration addZeroListener(ComponentEventListener<ZeroEvent> listener) {
        return addListener(ZeroEvent.class, listener);
    }

    /** The page asked the server how things stand (every {@link #POLL_MILLIS} while polling). */
    static final class PollEvent extends ComponentEvent<Countdown> {
        PollEvent(Countdown source) {
            super(source, false);
        }
    }

    Registration addPollListener(ComponentEventListener<PollEvent> listener) {
        return addListener(PollEvent.class, listener);
    }

    /** The page asks the server every second while a clock runs. */
    void startPolling() {
        UI ui = UI.getCurrent();
        if (ui == null || poll != null) {
            return;
        }
        ui.setPollInterval(POLL_MILLIS);
        poll = ui.addPollListener(e -> fireEvent(new PollEvent(this)));
    }

    void stopPolling() {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.setPollInterval(-1);
        }
    }

    /**
     * Counts down to the stored deadline. For a question that was not on screen before ({@code fresh}), the
     * thresholds already passed are not announced.
     */
    void follow(InterviewState.Countdown countdown, boolean fresh) {
        running = countdown;
        if (fresh) {
            announced.clear();
            long left = secondsLeft();
            ANNOUNCE_AT.stream().filter(t -> left <= t).forEach(announced::add);
        }
    }

    /** No clock runs (practice mode, between questions). */
    void stop() {
        running = null;
        text.setText("");
        text.getElement().removeAttribute("data-deadline");
    }

    /** Refreshes the display from the stored deadline, says a threshold once, and fires at zero. */
    void tick() {
        if (running == null || running.deadline() == null) {
            return;
        }
        Instant now = clock.instant();
        long seconds = secondsLeft();
        text.setText(Formats.minutesSeconds(seconds));
        text.getElement().setAttribute("data-deadline", String.valueOf(running.deadline().toEpochMilli()));
        text.getElement().setAttribute("data-now", String.valueOf(now.toEpochMilli()));
        bar.setValue(Math.min(1.0, Math.max(0.0, seconds / (double) Math.max(1, running.limitSeconds()))));
        text.getElement().getClassList().set("low", seconds <= LOW_AT);
        if (hidden) {
            text.setVisible(revealUntil != null && now.isBefore(revealUntil));
        }
        for (int threshold : ANNOUNCE_AT) {
            if (seconds <= threshold && announced.add(threshold)) {
                announcer.setText(spoken(threshold) + " left");
            }
        }
        if (seconds == 0 && !now.isBefore(running.deadline())) {
            fireEvent(new ZeroEvent(this));
        }
    }

    /** Shows the time for a few seconds and says it to screen readers. */
    void reveal() {
        if (running == null || running.deadline() == null) {
            return;
        }
        revealUntil = clock.instant().plus(REVEAL_FOR);
        long seconds = secondsLeft();
        text.setText(Formats.minutesSeconds(seconds));
        text.setVisible(true);
        announcer.setText(spoken(seconds) + " left");
    }

    private long secondsLeft() {
        if (running == null || running.deadline() == null) {
            return 0;
        }
        Duration left = Duration.between(clock.instant(), running.deadline());
        return Math.max(0, (left.toMillis() + 999) / 1000);
    }

    static String spoken(long seconds) {
        if (seconds >= 60 && seconds % 60 == 0) {
            long m = seconds / 60;
            return m == 1 ? "1 minute" : m + " minutes";
        }
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        return Formats.humanDuration(seconds);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        text.getElement().executeJs(PageScript.of(Countdown.class, "countdown.js"));
    }
}
