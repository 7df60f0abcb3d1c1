package dev.rehearse.coverage.internal;

import dev.rehearse.questionbank.KeyPoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/** Measures every key point of a question in one answer: the answer is analysed and embedded once. */
public final class FeatureExtractor {

    private final SentenceEmbeddings embeddings;
    private final int negationWindow;

    public FeatureExtractor(SentenceEmbeddings embeddings, int negationWindow) {
        this.embeddings = embeddings;
        this.negationWindow = negationWindow;
    }

    public List<PointFeatures> measure(String question, List<KeyPoint> points, String answer) {
        AnalyzedText q = AnalyzedText.of(question);
        AnalyzedText a = AnalyzedText.of(answer);
        List<AnalyzedText.Sentence> sentences = a.sentences();
        List<float[]> vectors = embeddings == null ? List.of()
                : embeddings.of(sentences.stream().map(a::textOf).toList());
        String lower = answer == null ? "" : answer.toLowerCase(Locale.ROOT);
        List<PointFeatures> measured = new ArrayList<>(points.size());
        for (KeyPoint point : points) {
            measured.add(measure(point, q, a, sentences, vectors, lower));
        }
        return measured;
    }

    private PointFeatures measure(KeyPoint point, AnalyzedText question, AnalyzedText answer,
            List<AnalyzedText.Sentence> sentences, List<float[]> vectors, String lowerAnswer) {
        boolean substring = point.match().stream().anyMatch(m -> lowerAnswer.contains(m.toLowerCase(Locale.ROOT)));

        List<Cues.Occurrence> found = Cues.of(point, question).findIn(answer, negationWindow);
        List<PointFeatures.Span> cueSpans = found.stream().filter(o -> !o.denied())
                .map(o -> new PointFeatures.Span(o.start(), o.end())).toList();
        boolean cueMade = !cueSpans.isEmpty();
        boolean cueDenied = !found.isEmpty() && !cueMade;

        double similarity = 0;
        boolean contradicts = false;
        if (!vectors.isEmpty()) {
            float[] target = embeddings.ofKeyPoint(point.text());
            int best = -1;
            for (int i = 0; i < vectors.size(); i++) {
                double s = SentenceEmbeddings.cosine(target, vectors.get(i));
                if (best < 0 || s > similarity) {
                    similarity = s;
                    best = i;
                }
            }
            contradicts = saysTheOpposite(point, answer, sentences.get(best));
        }

        Set<String> content = contentStems(point.text());
        double overlap = 0;
        boolean overlapDenied = false;
        List<PointFeatures.Span> overlapSpans = List.of();
        for (AnalyzedText.Sentence s : sentences) {
            Set<String> seen = new HashSet<>();
            List<PointFeatures.Span> spans = new ArrayList<>();
            boolean denied = false;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = answer.tokens().get(i);
                if (content.contains(t.stem())) {
                    seen.add(t.stem());
                    spans.add(new PointFeatures.Span(t.start(), t.end()));
                    denied |= negationWindow > 0 && Negation.denies(answer, i, negationWindow);
                }
            }
            double share = content.isEmpty() ? 0 : (double) seen.size() / content.size();
            if (share > overlap) {
                overlap = share;
                overlapSpans = spans;
                overlapDenied = denied;
            }
        }
        return new PointFeatures(substring, cueMade, cueDenied, similarity, contradicts, overlap, overlapDenied,
                cueSpans, overlapSpans);
    }

    /** The sentence denies where the point does not (or the other way round), or uses the opposite of its words. */
    private static boolean saysTheOpposite(KeyPoint point, AnalyzedText answer, AnalyzedText.Sentence sentence) {
        AnalyzedText pointText = AnalyzedText.of(point.text());
        boolean pointDenies = pointText.sentences().stream().anyMatch(s -> Negation.inSentence(pointText, s));
        if (Negation.inSentence(answer, sentence) != pointDenies) {
            return true;
        }
        Set<String> sentenceStems = new HashSet<>();
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            sentenceStems.add(answer.tokens().get(i).stem());
        }
        return Opposites.clash(new HashSet<>(pointText.stems()), sentenceStems);
    }

    /** The stems of a key point's words that carry meaning: no stop words, no single letters. */
    static Set<String> contentStems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        for (Token t : AnalyzedText.of(text).tokens()) {
            if (t.word().length() > 1 && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(t.word())) {
                stems.add(t.stem());
            }
        }
        return stems;
    }
}
