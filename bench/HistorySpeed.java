import dev.rehearse.Application;
import dev.rehearse.review.AnswerFilter;
import dev.rehearse.review.AnswerFilter.CoverageFilter;
import dev.rehearse.review.AnswerFilter.RatingFilter;
import dev.rehearse.review.AnswerHistoryService;
import dev.rehearse.questionbank.Difficulty;
import dev.rehearse.security.AccountService;
import dev.rehearse.security.Registration;
import dev.rehearse.support.GeneratedAnswers;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Server time of the history's first page of answers, for one person with 10,000 answers (and 20,000 of others in
 * the same tables), on the app's own H2 and services (the app runs on a free port of 127.0.0.1 meanwhile): each filter 30 times to warm up, then 100 times measured.
 * Also prints the database's plan for the unfiltered page. Run by bench/history-speed.sh.
 */
public class HistorySpeed {

    public static void main(String[] args) {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                // Command-line arguments outrank application.properties: an in-memory database, never ./data.
                .run("--spring.datasource.url=jdbc:h2:mem:history-bench;DB_CLOSE_DELAY=-1",
                        "--app.questions.dir=questions", "--APP_ADMIN_PASSWORD=bench-admin-password",
                        "--app.interview.expiry-job.enabled=false", "--server.port=0", "--server.address=127.0.0.1",
                        "--spring.main.banner-mode=off", "--vaadin.devmode.devTools.enabled=false",
                        "--logging.level.root=error")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            AccountService accounts = app.getBean(AccountService.class);
            for (String name : List.of("bench-reader", "bench-other-1", "bench-other-2")) {
                accounts.register(new Registration(name, "bench password long", "bench password long"));
            }
            long reader = id(jdbc, "bench-reader");
            long start = System.nanoTime();
            GeneratedAnswers.write(jdbc, reader, 10_000, now, 1);
            GeneratedAnswers.write(jdbc, id(jdbc, "bench-other-1"), 10_000, now, 2);
            GeneratedAnswers.write(jdbc, id(jdbc, "bench-other-2"), 10_000, now, 3);
            System.out.printf("wrote 30,000 answers in %.1f s%n", (System.nanoTime() - start) / 1e9);

            UserDetails principal = app.getBean(UserDetailsService.class).loadUserByUsername("bench-reader");
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
            AnswerHistoryService history = app.getBean(AnswerHistoryService.class);

            Map<String, AnswerFilter> filters = new LinkedHashMap<>();
            filters.put("no filter", AnswerFilter.ANY);
            filters.put("search \"lifespan\"", filter("lifespan", Set.of(), Set.of(), null, RatingFilter.ANY,
                    CoverageFilter.ANY, false));
            filters.put("search with no hit", filter("kubernetes operator", Set.of(), Set.of(), null,
                    RatingFilter.ANY, CoverageFilter.ANY, false));
            filters.put("topic + difficulty", filter("", Set.of("security", "databases"), Set.of(Difficulty.HARD),
                    null, RatingFilter.ANY, CoverageFilter.ANY, false));
            filters.put("last 30 days", filter("", Set.of(), Set.of(), now.minusSeconds(30L * 86_400),
                    RatingFilter.ANY, CoverageFilter.ANY, false));
            filters.put("rated Again", filter("", Set.of(), Set.of(), null, RatingFilter.AGAIN, CoverageFilter.ANY,
                    false));
            filters.put("under half + timed out", filter("", Set.of(), Set.of(), null, RatingFilter.ANY,
                    CoverageFilter.UNDER_HALF, true));
            filters.put("everything combined", filter("cache", Set.of("security", "databases", "testing"),
                    Set.of(Difficulty.MEDIUM, Difficulty.HARD), now.minusSeconds(200L * 86_400),
                    RatingFilter.NOT_RATED, CoverageFilter.HALF_OR_MORE, false));

            System.out.println("| filter | rows on page | p50 ms | p95 ms | max ms |");
            System.out.println("|---|---|---|---|---|");
            for (var e : filters.entrySet()) {
                for (int i = 0; i < 30; i++) {
                    history.answers(e.getValue(), 0, 50);
                }
                List<Double> ms = new ArrayList<>();
                int rows = 0;
                for (int i = 0; i < 100; i++) {
                    long t = System.nanoTime();
                    rows = history.answers(e.getValue(), 0, 50).size();
                    ms.add((System.nanoTime() - t) / 1e6);
                }
                Collections.sort(ms);
                System.out.printf("| %s | %d | %.1f | %.1f | %.1f |%n", e.getKey(), rows, ms.get(49), ms.get(94),
                        ms.get(99));
            }
            System.out.println();
            System.out.println("plan of the unfiltered page:");
            jdbc.queryForList("""
                    explain select it.interview_id, it.position, it.question_version_id, it.answer_text, it.closed_at,
                           it.closed_by, a.rating, c.points_made, c.points_total
                    from interview i
                    join interview_item it on it.interview_id = i.id
                    join question_version qv on qv.id = it.question_version_id
                    left join answer_assessment a on a.item_id = it.id
                    left join answer_coverage c on c.item_id = it.id
                    where i.owner_id = ? and it.closed_at is not null
                    order by it.closed_at desc, it.id desc limit 50 offset 0""", reader)
                    .forEach(row -> row.values().forEach(System.out::println));
        }
    }

    private static AnswerFilter filter(String text, Set<String> topics, Set<Difficulty> difficulties, Instant from,
            RatingFilter rating, CoverageFilter coverage, boolean timedOut) {
        return new AnswerFilter(text, topics, difficulties, from, null, rating, coverage, timedOut);
    }

    private static long id(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }
}
