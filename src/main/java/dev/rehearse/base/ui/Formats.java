package dev.rehearse.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How times and durations read on every page. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    private static final String ZONE_ATTRIBUTE = "rehearse.zone";

    private Formats() {
    }

    /** A countdown or a time used: m:ss (minutes may run past 59). */
    public static String minutesSeconds(long seconds) {
        long s = Math.max(0, seconds);
        return "%d:%02d".formatted(s / 60, s % 60);
    }

    public static String minutesSeconds(Duration duration) {
        return minutesSeconds((duration.toMillis() + 999) / 1000);
    }

    /** A short human reading of a duration, such as "4 min 30 s" or "45 s". */
    public static String humanDuration(long seconds) {
        long m = seconds / 60;
        long s = seconds % 60;
        if (m == 0) {
            return s + " s";
        }
        return s == 0 ? m + " min" : m + " min " + s + " s";
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone()));
    }

    public static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone()));
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone()));
    }

    /** Remembers the browser's time zone for this session, so that dates read in the person's own time. */
    public static void rememberBrowserZone(UI ui) {
        VaadinSession session = ui.getSession();
        if (session == null || session.getAttribute(ZONE_ATTRIBUTE) != null) {
            return;
        }
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                session.setAttribute(ZONE_ATTRIBUTE, ZoneId.of(details.getTimeZoneId()));
            } catch (RuntimeException e) {
                session.setAttribute(ZONE_ATTRIBUTE, ZoneId.systemDefault());
            }
        });
    }

    /** The person's time zone, as their browser reported it; the server's until it has. */
    public static ZoneId zone() {
        VaadinSession session = VaadinSession.getCurrent();
        Object zone = session == null ? null : session.getAttribute(ZONE_ATTRIBUTE);
        return zone instanceof ZoneId z ? z : ZoneId.systemDefault();
    }
}
