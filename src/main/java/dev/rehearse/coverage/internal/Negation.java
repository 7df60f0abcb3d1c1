package dev.rehearse.coverage.internal;

import java.util.List;
import java.util.Set;

/**
 * Whether a word of an answer is denied: a negating word ("not", "never", "isn't", "without", ...) stands at most
 * a few words before it in the same clause. A comma, a colon, a dash or a word such as "but" or "instead" ends the
 * clause, and "not only" or "no matter" do not deny anything.
 */
public final class Negation {

    /** How many words before a cue a negating word still denies it: chosen on the training half of the set. */
    public static final int DEFAULT_WINDOW = 3;

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "none", "nor", "neither", "without",
            "cannot", "nothing", "nobody", "dont", "doesnt", "isnt", "arent", "wasnt", "werent", "wont", "cant",
            "shouldnt", "didnt", "hasnt", "havent", "mustnt", "wouldnt", "couldnt", "aint", "nt");
    private static final Set<String> NOT_DENYING_NEXT = Set.of("only", "just", "matter", "doubt");
    private static final Set<String> CLAUSE_BREAKERS = Set.of("but", "however", "instead", "rather", "whereas",
            "although", "though", "yet", "unless", "otherwise");

    private Negation() {
    }

    /** Whether the token at {@code index} is denied by a negating word at most {@code window} words before it. */
    public static boolean denies(AnalyzedText text, int index, int window) {
        List<Token> tokens = text.tokens();
        Token target = tokens.get(index);
        for (int i = index - 1; i >= 0 && i >= index - window; i--) {
            Token t = tokens.get(i);
            if (t.sentence() != target.sentence() || CLAUSE_BREAKERS.contains(t.word())
                    || breaksClause(text.text(), t.end(), tokens.get(i + 1).start())) {
                return false;
            }
            if (isNegator(text, i) && !(i + 1 < tokens.size() && NOT_DENYING_NEXT.contains(tokens.get(i + 1).word()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether any word of the sentence denies something. */
    public static boolean inSentence(AnalyzedText text, AnalyzedText.Sentence sentence) {
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            if (isNegator(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNegator(AnalyzedText text, int i) {
        List<Token> tokens = text.tokens();
        String word = tokens.get(i).word();
        if (NEGATORS.contains(word)) {
            return !inIdentifier(text.text(), tokens.get(i));
        }
        // "isn't", "don't", "can't": the tokenizer leaves "t" after the word that ends in n or ca.
        return word.equals("t") && i > 0 && tokens.get(i - 1).end() + 1 == tokens.get(i).start()
                && tokens.get(i - 1).word().endsWith("n");
    }

    /** A word joined to the next or previous one by {@code _} or {@code .}: {@code exclude_none}, {@code x.no}. */
    private static boolean inIdentifier(String text, Token t) {
        return (t.start() > 0 && (text.charAt(t.start() - 1) == '_' || text.charAt(t.start() - 1) == '.'))
                || (t.end() < text.length() && text.charAt(t.end()) == '_');
    }

    private static boolean breaksClause(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ':' || c == '(' || c == ')' || c == '—' || c == '–') {
                return true;
            }
        }
        return false;
    }
}
