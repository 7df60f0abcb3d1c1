package dev.rehearse.coverage.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words whose opposites turn a key point around ("after the response" / "before the response", "per request" /
 * "global"): when a sentence uses the opposite of one of the key point's words and not the word itself, it most
 * likely states the point wrongly.
 */
final class Opposites {

    private static final List<List<String>> PAIRS = List.of(
            List.of("after", "before"), List.of("once", "every"), List.of("first", "last"),
            List.of("inside", "outside"), List.of("sync", "async"), List.of("safe", "unsafe"),
            List.of("always", "never"), List.of("more", "fewer"), List.of("more", "less"),
            List.of("increase", "decrease"), List.of("lazy", "eager"), List.of("lazily", "eagerly"),
            List.of("same", "different"), List.of("same", "separate"), List.of("own", "shared"),
            List.of("one", "many"), List.of("single", "multiple"), List.of("request", "global"),
            List.of("request", "globally"), List.of("start", "end"), List.of("open", "close"),
            List.of("allow", "forbid"), List.of("allow", "block"), List.of("accept", "reject"),
            List.of("include", "exclude"), List.of("required", "optional"), List.of("slow", "fast"),
            List.of("early", "late"), List.of("cheap", "expensive"), List.of("stateless", "stateful"),
            List.of("durable", "lost"), List.of("wait", "immediately"), List.of("reverse", "same"));

    private static final Map<String, Set<String>> OPPOSITES = build();

    private Opposites() {
    }

    private static Map<String, Set<String>> build() {
        Map<String, java.util.HashSet<String>> map = new HashMap<>();
        for (List<String> pair : PAIRS) {
            String a = AnalyzedText.of(pair.get(0)).stems().getFirst();
            String b = AnalyzedText.of(pair.get(1)).stems().getFirst();
            map.computeIfAbsent(a, k -> new java.util.HashSet<>()).add(b);
            map.computeIfAbsent(b, k -> new java.util.HashSet<>()).add(a);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        return Map.copyOf(frozen);
    }

    /** Whether {@code sentence} holds the opposite of a word of {@code point} and not that word itself. */
    static boolean clash(Set<String> pointStems, Set<String> sentenceStems) {
        for (String word : pointStems) {
            Set<String> opposite = OPPOSITES.get(word);
            if (opposite != null && !sentenceStems.contains(word)
                    && opposite.stream().anyMatch(sentenceStems::contains)) {
                return true;
            }
        }
        return false;
    }
}
