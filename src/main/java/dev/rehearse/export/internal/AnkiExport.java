package dev.rehearse.export.internal;

import java.util.List;

/**
 * The person's questions with their latest answers as notes Anki imports (File › Import, a text file): one line per
 * question, tab-separated, with a header that tells Anki so. Front: the question's title and prompt; back: the model
 * answer, then the person's latest answer; tags: the topic. Fields are HTML (Anki's text import), so the text is
 * escaped and line breaks become {@code <br>}: nothing in an answer becomes markup.
 */
public final class AnkiExport {

    /** A note: the question's id, title, prompt and model answer (Markdown as written), the latest answer, a tag. */
    public record Note(String questionId, String title, String prompt, String modelAnswer, String latestAnswer,
            String topic) {
    }

    private AnkiExport() {
    }

    public static String of(List<Note> notes) {
        StringBuilder tsv = new StringBuilder("#separator:tab\n#html:true\n#columns:Front\tBack\tTags\n#tags column:3\n");
        for (Note n : notes) {
            String front = "<b>" + html(n.title()) + "</b><br><br>" + html(n.prompt());
            String back = html(n.modelAnswer()) + "<br><br><i>Your latest answer:</i><br>"
                    + (n.latestAnswer().isBlank() ? "(no answer)" : html(n.latestAnswer()));
            tsv.append(front).append('\t').append(back).append('\t').append(tag(n.topic())).append('\n');
        }
        return tsv.toString();
    }

    static String html(String text) {
        return text.strip().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\t", "    ").replace("\r\n", "\n").replace("\n", "<br>");
    }

    private static String tag(String topic) {
        return "rehearse::" + topic.replaceAll("\\s+", "_");
    }
}
