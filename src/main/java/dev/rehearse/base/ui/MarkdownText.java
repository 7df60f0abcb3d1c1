package dev.rehearse.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.markdown.Markdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown from the question bank (prompts and model answers), rendered as Markdown, never as HTML. Code blocks
 * and tables that are wider than the page scroll sideways; its page script (markdown-text.js) makes each of them
 * reachable with the keyboard, so that they can be scrolled without a mouse.
 *
 * <p>The Markdown is turned into HTML here, on the server (CommonMark with GFM tables), with any raw HTML in it
 * escaped so that it shows as the text it is, and a link or an image to anything but http(s), mailto or this site
 * shown as its text. Only
 * that HTML goes to the browser, on one line in one {@code <div>}, which Vaadin's component passes through as an
 * HTML block. Left to itself, the component renders a file's raw HTML (sanitised by DOMPurify, which still keeps
 * images, forms, styles and any custom element), so a question file could change or cover the page (decision 0029).
 */
public class MarkdownText extends Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:");

    private String markdown = "";

    public MarkdownText() {
        addClassName("markdown-text");
    }

    public MarkdownText(String content) {
        this();
        setContent(content);
    }

    /** Shows {@code content}, Markdown, with its raw HTML as text. */
    @Override
    public void setContent(String content) {
        markdown = content == null ? "" : content;
        super.setContent(html(markdown));
    }

    /** The Markdown shown, as it was given. */
    @Override
    public String getContent() {
        return markdown;
    }

    @Override
    public void appendContent(String content) {
        setContent(markdown + (content == null ? "" : content));
    }

    /**
     * The HTML the browser is given for {@code markdown}: CommonMark's, with raw HTML escaped and unsafe links
     * dropped, in one {@code <div class="markdown-body">} on one line (its line breaks as {@code &#10;}, which reads
     * the same in code and in text), so that the component's own Markdown parser takes all of it as one HTML block
     * and changes none of it.
     */
    public static String html(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        document.accept(new UnsafeLinksAsText());
        String html = RENDERER.render(document);
        return "<div class=\"markdown-body\">" + html.replace("\r", "").replace("\n", "&#10;") + "</div>";
    }

    /** A link or an image to anything but http(s), mailto or this site becomes its text. */
    private static final class UnsafeLinksAsText extends AbstractVisitor {
        @Override
        public void visit(Link link) {
            if (safe(link.getDestination())) {
                visitChildren(link);
                return;
            }
            List<Node> children = new ArrayList<>();
            for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
                children.add(child);
            }
            for (Node child : children) {
                link.insertBefore(child);
                child.accept(this);
            }
            link.unlink();
        }

        @Override
        public void visit(Image image) {
            if (!safe(image.getDestination())) {
                StringBuilder alt = new StringBuilder();
                for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof Text t) {
                        alt.append(t.getLiteral());
                    }
                }
                image.insertBefore(new Text(alt.toString()));
                image.unlink();
            }
        }

        private static boolean safe(String destination) {
            String url = destination == null ? "" : destination.strip().toLowerCase(Locale.ROOT);
            return !SCHEME.matcher(url).find() || url.startsWith("http://") || url.startsWith("https://")
                    || url.startsWith("mailto:");
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(PageScript.of(MarkdownText.class, "markdown-text.js"));
    }
}
