package dev.rehearse.coverage;

import dev.rehearse.coverage.internal.AnalyzedText;
import dev.rehearse.coverage.internal.Cues;
import dev.rehearse.coverage.internal.Negation;
import dev.rehearse.questionbank.BankProblem;
import dev.rehearse.questionbank.KeyPoint;
import dev.rehearse.questionbank.ParsedQuestion;
import dev.rehearse.questionbank.QuestionAdvisor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Warns authors about match phrases the checker cannot trust: a phrase that is a word of the question (the checker
 * ignores it, since repeating the question proves nothing) and a key point whose phrases are all generic, single
 * words that most answers on the subject use whatever they say. A word is generic when it is an English stop word
 * or when the model answers of at least {@value #GENERIC_SHARE_PERCENT}% of the bank's questions use it (counted
 * only in a bank of at least {@value #MIN_BANK_FOR_SHARES} questions). It also warns on a key point that the
 * file's own model answer does not make by any of its usable phrases (or only denies), since a strong answer
 * written like the model one would then miss it.
 */
public final class CueAdvisor implements QuestionAdvisor {

    static final int GENERIC_SHARE_PERCENT = 8;
    static final int MIN_BANK_FOR_SHARES = 30;

    @Override
    public List<BankProblem> advise(List<ParsedQuestion> bank) {
        Set<String> generic = genericStems(bank);
        List<BankProblem> warnings = new ArrayList<>();
        for (ParsedQuestion q : bank) {
            AnalyzedText question = AnalyzedText.of(q.questionText());
            AnalyzedText model = AnalyzedText.of(q.content().modelAnswer());
            List<KeyPoint> points = q.content().keyPoints();
            for (int i = 0; i < points.size(); i++) {
                int line = q.keyPointLines().get(i);
                String label = "key point " + (i + 1);
                List<String> usable = new ArrayList<>();
                for (String phrase : points.get(i).match()) {
                    List<String> stems = AnalyzedText.of(phrase).stems();
                    if (stems.isEmpty()) {
                        warnings.add(warning(q, line, "%s: match phrase '%s' has no word in it, so it never matches"
                                .formatted(label, phrase)));
                    } else if (question.containsPhrase(stems)) {
                        warnings.add(warning(q, line, ("%s: match phrase '%s' is a word of the question, so it is "
                                + "ignored: use words that only an answer making this point would bring")
                                .formatted(label, phrase)));
                    } else {
                        usable.add(phrase);
                    }
                }
                List<String> specific = usable.stream()
                        .filter(p -> !isGeneric(AnalyzedText.of(p).stems(), generic)).toList();
                if (!usable.isEmpty() && Cues.of(points.get(i), question).findIn(model, Negation.DEFAULT_WINDOW)
                        .stream().allMatch(o -> o.denied())) {
                    warnings.add(warning(q, line, ("%s: the model answer makes it by none of its match phrases (or "
                            + "only denies them): use the words the model answer uses for this point")
                            .formatted(label)));
                }
                if (!usable.isEmpty() && specific.isEmpty()) {
                    warnings.add(warning(q, line, ("%s: every match phrase is a generic word (%s), which answers use "
                            + "without making the point: add a phrase that only this point's idea brings")
                            .formatted(label, usable.stream().map(p -> "'" + p + "'")
                                    .collect(Collectors.joining(", ")))));
                }
            }
        }
        return warnings;
    }

    private static boolean isGeneric(List<String> stems, Set<String> generic) {
        return stems.size() == 1 && generic.contains(stems.getFirst());
    }

    /** Stop words, and the stems used by the model answers of a large share of the bank. */
    static Set<String> genericStems(List<ParsedQuestion> bank) {
        Set<String> generic = new HashSet<>();
        for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            generic.addAll(AnalyzedText.of(word instanceof char[] c ? new String(c) : String.valueOf(word)).stems());
        }
        if (bank.size() < MIN_BANK_FOR_SHARES) {
            return generic;
        }
        Map<String, Integer> questionsUsing = new HashMap<>();
        for (ParsedQuestion q : bank) {
            for (String stem : new HashSet<>(AnalyzedText.of(q.content().modelAnswer()).stems())) {
                questionsUsing.merge(stem, 1, Integer::sum);
            }
        }
        questionsUsing.forEach((stem, count) -> {
            if (count * 100 >= GENERIC_SHARE_PERCENT * bank.size()) {
                generic.add(stem);
            }
        });
        return generic;
    }

    private static BankProblem warning(ParsedQuestion q, int line, String message) {
        return new BankProblem(q.path(), line, "warning: " + message);
    }
}
