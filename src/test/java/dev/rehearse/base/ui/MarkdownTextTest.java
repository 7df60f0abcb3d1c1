package dev.rehearse.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rehearse.questionbank.BankLoadReport;
import dev.rehearse.questionbank.ParsedQuestion;
import dev.rehearse.questionbank.QuestionFolder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The bank's Markdown as the browser gets it: Markdown made HTML, raw HTML in it shown as text, links only to
 * http(s), on one line in one div (so that the component's own parser passes it through). XssIT shows the same in a
 * browser.
 */
class MarkdownTextTest {

    /** The only tags CommonMark with GFM tables writes, and the wrapper. */
    static final Set<String> MARKDOWN_TAGS = Set.of("div", "p", "pre", "code", "em", "strong", "a", "img", "ul", "ol",
            "li", "blockquote", "hr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th",
            "td");
    static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");

    @Test
    void rawHtmlShowsAsTextAndScriptLinksAreDropped() {
        String html = MarkdownText.html("""
                Inline <img src=x onerror=alert(1)> and <a href="javascript:alert(1)">raw</a>, "><svg onload=alert(1)>

                <div onclick="alert(1)"><script>alert(1)</script></div>

                <style>body { display: none }</style>

                [md link](javascript:alert(1)) <javascript:alert(1)> ![pic](javascript:alert(1)) {{7*7}}
                """);

        assertThat(tags(html)).isSubsetOf(MARKDOWN_TAGS);
        assertThat(attributes(html)).noneMatch(a -> a.startsWith("on"));
        assertThat(html).contains("Inline &lt;img src=x onerror=alert(1)&gt; and &lt;a href=&quot;javascript:alert(1)")
                .contains("&lt;div onclick=&quot;alert(1)&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/div&gt;")
                .contains("&lt;style&gt;body { display: none }&lt;/style&gt;")
                .contains("{{7*7}}")
                // a link or an image to javascript: is its text, not an empty link
                .contains("<p>md link javascript:alert(1) pic {{7*7}}</p>")
                .doesNotContain("<a ").doesNotContain("<img")
                .doesNotContainIgnoringCase("href=\"javascript")
                .doesNotContainIgnoringCase("src=\"javascript");
    }

    @Test
    void markdownStillMakesCodeTablesListsAndSafeLinks() {
        String html = MarkdownText.html("""
                A [safe link](https://fastapi.tiangolo.com/) and `<b>` in code.

                1. first

                   ```python
                   if a < b:

                       print("<script>")
                   ```
                2. second

                | a | b |
                |---|:-:|
                | `<i>` | **bold** |
                """);

        assertThat(html).startsWith("<div class=\"markdown-body\">").endsWith("</div>").doesNotContain("\n")
                .contains("href=\"https://fastapi.tiangolo.com/\">safe link</a>")
                .contains("<code>&lt;b&gt;</code>")
                // the blank line inside the code stays in it, as an entity the browser reads as a line break
                .contains("<pre><code class=\"language-python\">if a &lt; b:&#10;&#10;"
                        + "    print(&quot;&lt;script&gt;&quot;)")
                .contains("<ol>").contains("<table>").contains("<td align=\"center\"><strong>bold</strong></td>");
    }

    @Test
    void theComponentKeepsTheMarkdownItWasGiven() {
        MarkdownText text = new MarkdownText("Some *Markdown* <b>here</b>");
        assertThat(text.getContent()).isEqualTo("Some *Markdown* <b>here</b>");
        text.setContent(null);
        assertThat(text.getContent()).isEmpty();
        text.appendContent("more");
        assertThat(text.getContent()).isEqualTo("more");
    }

    /** Every prompt and model answer of the shipped bank and the XSS file: only Markdown's own tags come out. */
    @Test
    void noFileOfTheBankGetsAnyTagButMarkdownsOwn() {
        List<ParsedQuestion> questions = new ArrayList<>();
        for (Path folder : List.of(Path.of("questions"), Path.of("src/test/resources/xss-bank"))) {
            BankLoadReport report = QuestionFolder.read(folder);
            assertThat(report.problems()).as(folder.toString()).isEmpty();
            questions.addAll(report.questions());
        }
        assertThat(questions).hasSizeGreaterThan(200).anySatisfy(q -> assertThat(q.id()).isEqualTo("xss-everywhere"));
        for (ParsedQuestion q : questions) {
            for (String markdown : List.of(q.content().prompt(), q.content().modelAnswer())) {
                String html = MarkdownText.html(markdown);
                assertThat(tags(html)).as(q.id()).isSubsetOf(MARKDOWN_TAGS);
                assertThat(attributes(html)).as(q.id()).noneMatch(a -> a.startsWith("on"))
                        .noneMatch(a -> a.matches("(href|src)=\"\\s*javascript:.*"));
                assertThat(html).as(q.id()).doesNotContain("\n");
            }
        }
    }

    /** Every attribute of every tag, as {@code name="value"} with the name in lower case. */
    private static List<String> attributes(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            Matcher a = Pattern.compile("([a-zA-Z-]+)(=\"[^\"]*\")?").matcher(m.group(3));
            while (a.find()) {
                found.add(a.group(1).toLowerCase() + (a.group(2) == null ? "" : a.group(2)));
            }
        }
        return found;
    }

    private static Set<String> tags(String html) {
        Set<String> tags = new TreeSet<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            tags.add(m.group(2).toLowerCase());
        }
        return tags;
    }
}
