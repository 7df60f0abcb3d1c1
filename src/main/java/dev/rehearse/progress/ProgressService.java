package dev.rehearse.progress;

import dev.rehearse.progress.internal.ProgressQueries;
import dev.rehearse.progress.internal.ProgressQueries.AnswerPoint;
import dev.rehearse.questionbank.QuestionBankService;
import dev.rehearse.questionbank.Topic;
import dev.rehearse.review.SelfRating;
import dev.rehearse.scheduling.SchedulingService;
import dev.rehearse.security.CurrentUser;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's progress, in their own time zone. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ProgressService {

    /** How many topics the page suggests practising. */
    static final int WEAKEST = 3;

    private final ProgressQueries queries;
    private final QuestionBankService bank;
    private final SchedulingService scheduling;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProgressService(ProgressQueries queries, QuestionBankService bank, SchedulingService scheduling,
            CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.bank = bank;
        this.scheduling = scheduling;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public ProgressReport report(ZoneId zone) {
        long owner = currentUser.requireId();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<AnswerPoint> answers = queries.closedAnswers(owner);

        List<TopicReadiness> topics = topics(owner);
        List<TopicReadiness> weakest = topics.stream().filter(t -> t.answered() > 0)
                .sorted(Comparator.comparingDouble(TopicReadiness::readiness).thenComparing(TopicReadiness::name))
                .limit(WEAKEST).toList();

        LocalDate firstDay = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(ProgressReport.WEEKS - 1);
        int days = (int) ChronoUnit.DAYS.between(firstDay, today) + 1;
        List<Integer> perDay = new ArrayList<>(java.util.Collections.nCopies(days, 0));
        Set<LocalDate> activeDays = new TreeSet<>();
        Map<LocalDate, List<AnswerPoint>> byWeek = new HashMap<>();
        for (AnswerPoint a : answers) {
            LocalDate day = a.closedAt().atZone(zone).toLocalDate();
            activeDays.add(day);
            if (!day.isBefore(firstDay) && !day.isAfter(today)) {
                int i = (int) ChronoUnit.DAYS.between(firstDay, day);
                perDay.set(i, perDay.get(i) + 1);
                byWeek.computeIfAbsent(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                        w -> new ArrayList<>()).add(a);
            }
        }
        List<WeekTrend> weeks = new ArrayList<>();
        for (int w = 0; w < ProgressReport.WEEKS; w++) {
            LocalDate start = firstDay.plusWeeks(w);
            weeks.add(trend(start, byWeek.getOrDefault(start, List.of())));
        }
        return new ProgressReport(today, topics, firstDay, perDay, currentStreak(activeDays, today),
                longestStreak(activeDays), weeks, weakest, answers.size());
    }

    private List<TopicReadiness> topics(long owner) {
        Map<String, Double> recall = scheduling.recallNow();
        Map<String, Double> coverage = scheduling.latestCoverage();
        Map<String, List<String>> questions = bank.activeQuestionsByTopic();
        Map<String, Set<String>> answered = new HashMap<>();
        for (String[] row : queries.answeredQuestionsByTopic(owner)) {
            answered.computeIfAbsent(row[0], t -> new HashSet<>()).add(row[1]);
        }
        List<TopicReadiness> topics = new ArrayList<>();
        for (Topic t : bank.topics()) {
            List<String> ids = questions.getOrDefault(t.slug(), List.of());
            Set<String> done = answered.getOrDefault(t.slug(), Set.of());
            int answeredActive = (int) ids.stream().filter(done::contains).count();
            topics.add(new TopicReadiness(t.slug(), t.name(), Readiness.of(ids, recall, coverage), answeredActive,
                    ids.size()));
        }
        return topics;
    }

    private static WeekTrend trend(LocalDate start, List<AnswerPoint> answers) {
        double coverage = 0;
        int judged = 0;
        double rating = 0;
        int rated = 0;
        for (AnswerPoint a : answers) {
            if (a.made() != null && a.total() != null && a.total() > 0) {
                coverage += (double) a.made() / a.total();
                judged++;
            }
            if (a.rating() != null) {
                rating += SelfRating.valueOf(a.rating()).grade();
                rated++;
            }
        }
        return new WeekTrend(start, answers.size(), judged == 0 ? null : coverage / judged,
                rated == 0 ? null : rating / rated);
    }

    /** Days in a row with an answer, ending today, or yesterday when today has none yet. */
    static int currentStreak(Set<LocalDate> activeDays, LocalDate today) {
        LocalDate day = activeDays.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (activeDays.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    static int longestStreak(Set<LocalDate> activeDays) {
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : new TreeSet<>(activeDays)) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        return longest;
    }
}
