package dev.rehearse.coverage.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * A text cut into words and sentences. Words are runs of letters and digits, so {@code app.state},
 * {@code app_state} and "app state" read alike and a cue never matches inside a longer word; each word is stemmed by
 * Lucene's minimal English stemmer (plurals) and then its Krovetz stemmer (KStem), which undo inflections ("pools",
 * "validated", "blocking") but, unlike Porter's, leave different words apart ("original" is not "origin"). A
 * sentence ends at {@code . ! ? ;} followed by a space (closing emphasis, brackets or quotes may come between), or
 * at a line break.
 */
public final class AnalyzedText {

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer words = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
            TokenStream stems = new KStemFilter(new EnglishMinimalStemFilter(new LowerCaseFilter(words)));
            return new TokenStreamComponents(words, stems);
        }
    };

    private static final String CLOSERS = "*_)]\"'`";

    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;

    private AnalyzedText(String text, List<Token> tokens, List<Sentence> sentences) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.sentences = List.copyOf(sentences);
    }

    /** One sentence: where it is in the text and the range of its words in {@link #tokens()}. */
    public record Sentence(int start, int end, int firstToken, int endToken) {

        public boolean isEmpty() {
            return firstToken == endToken;
        }
    }

    public static AnalyzedText of(String text) {
        String source = text == null ? "" : text;
        List<Sentence> bounds = sentenceBounds(source);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("answer", new StringReader(source))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int sentence = 0;
            int first = 0;
            while (stream.incrementToken()) {
                int start = offset.startOffset();
                while (sentence < bounds.size() - 1 && start >= bounds.get(sentence).end()) {
                    sentences.add(close(bounds.get(sentence), first, tokens.size()));
                    first = tokens.size();
                    sentence++;
                }
                tokens.add(new Token(source.substring(start, offset.endOffset()).toLowerCase(Locale.ROOT),
                        term.toString(), start, offset.endOffset(), sentence));
            }
            stream.end();
            for (; sentence < bounds.size(); sentence++) {
                sentences.add(close(bounds.get(sentence), first, tokens.size()));
                first = tokens.size();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return new AnalyzedText(source, tokens, sentences);
    }

    private static Sentence close(Sentence bound, int firstToken, int endToken) {
        return new Sentence(bound.start(), bound.end(), firstToken, endToken);
    }

    private static List<Sentence> sentenceBounds(String text) {
        List<Sentence> bounds = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                bounds.add(new Sentence(start, i + 1, 0, 0));
                start = i + 1;
            } else if (c == '.' || c == '!' || c == '?' || c == ';') {
                int after = i + 1;
                while (after < text.length() && CLOSERS.indexOf(text.charAt(after)) >= 0) {
                    after++; // "**No.** Then": emphasis, brackets or quotes closed after the stop
                }
                if (after == text.length() || Character.isWhitespace(text.charAt(after))) {
                    bounds.add(new Sentence(start, after, 0, 0));
                    start = after;
                    i = after - 1;
                }
            }
        }
        bounds.add(new Sentence(start, text.length(), 0, 0));
        return bounds;
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** The sentences that hold at least one word, in order. */
    public List<Sentence> sentences() {
        return sentences.stream().filter(s -> !s.isEmpty()).toList();
    }

    /** The text of one sentence, trimmed. */
    public String textOf(Sentence sentence) {
        return text.substring(sentence.start(), sentence.end()).strip();
    }

    /** The stems of this text in order: what a cue is compared with. */
    public List<String> stems() {
        return tokens.stream().map(Token::stem).toList();
    }

    /** Whether the stems of {@code phrase} occur here one after another. */
    public boolean containsPhrase(List<String> phrase) {
        return indexOf(phrase, 0) >= 0;
    }

    /** The first token index at or after {@code from} where {@code phrase} starts, or -1. */
    public int indexOf(List<String> phrase, int from) {
        if (phrase.isEmpty()) {
            return -1;
        }
        outer:
        for (int i = from; i + phrase.size() <= tokens.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!tokens.get(i + j).stem().equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
