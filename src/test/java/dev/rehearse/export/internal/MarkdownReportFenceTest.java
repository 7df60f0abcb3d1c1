package dev.rehearse.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Markdown report puts a typed answer and a note in a fence: whatever they hold, a Markdown viewer (here
 * CommonMark, as GitHub and most editors read it) shows them as one block of text, with no HTML and no link.
 */
class MarkdownReportFenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
            "javascript:alert(1)", "{{7*7}}", "[x](javascript:alert(1))", "<div onclick=\"alert(1)\">\n\nblock\n</div>",
            "```\n<script>alert(1)</script>\n```", "closing ``` then <b>html</b>\n````\n<img src=x onerror=alert(1)>",
            "   ```\n<b>indented fence</b>", "~~~\n<b>tilde fence</b>\n~~~", "```text\n<b>same info string</b>"})
    void anAnswerIsOneBlockOfTextWhateverItHolds(String answer) {
        String markdown = "### Your answer\n\n" + MarkdownReport.fenced(answer) + "\n### Model answer\n\nAfter.\n";

        Node document = Parser.builder().build().parse(markdown);

        List<FencedCodeBlock> blocks = new ArrayList<>();
        List<String> html = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                blocks.add(block);
            }

            @Override
            public void visit(HtmlBlock block) {
                html.add(block.getLiteral());
            }

            @Override
            public void visit(HtmlInline inline) {
                html.add(inline.getLiteral());
            }

            @Override
            public void visit(Link link) {
                html.add("link to " + link.getDestination());
            }
        });
        assertThat(blocks).singleElement().satisfies(b -> assertThat(b.getLiteral()).isEqualTo(answer.strip() + "\n"));
        assertThat(html).isEmpty();
    }

    @Test
    void aBlankAnswerSaysSo() {
        assertThat(MarkdownReport.fenced("  \n ")).isEqualTo("```text\n(no answer)\n```\n");
    }
}
