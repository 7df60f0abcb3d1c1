package dev.rehearse.review.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.rehearse.questionbank.Provenance;
import java.net.URI;

/**
 * Under a model answer: the FastAPI release it was checked against and the pages it rests on, so a reader can see
 * where it comes from ("Checked against FastAPI 0.141, 2026-12 · Sources: ...").
 */
final class ProvenanceLine extends Paragraph {

    ProvenanceLine(Provenance provenance, int position) {
        addClassName("provenance");
        setId("provenance-" + position);
        if (provenance.verified() == null && provenance.sources().isEmpty()) {
            setText("Not yet checked against its sources.");
            return;
        }
        if (provenance.verified() != null) {
            add(new Span("Checked against " + release(provenance.verified())));
        }
        if (!provenance.sources().isEmpty()) {
            add(new Span(provenance.verified() == null ? "Sources: " : " · Sources: "));
            for (int i = 0; i < provenance.sources().size(); i++) {
                String link = provenance.sources().get(i);
                Anchor a = new Anchor(link, label(link), AnchorTarget.BLANK);
                a.getElement().setAttribute("rel", "noopener noreferrer");
                add(a);
                if (i < provenance.sources().size() - 1) {
                    add(new Span(", "));
                }
            }
        }
    }

    /** "fastapi 0.141, 2026-12" reads "FastAPI 0.141, 2026-12". */
    static String release(String verified) {
        return verified.startsWith("fastapi ") ? "FastAPI " + verified.substring("fastapi ".length()) : verified;
    }

    /** A short label for a link: its host and path, without the scheme and a trailing slash. */
    static String label(String link) {
        try {
            URI uri = URI.create(link);
            String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
            String text = uri.getHost() + path + (uri.getFragment() == null ? "" : "#" + uri.getFragment());
            return text.length() > 80 ? text.substring(0, 79) + "…" : text;
        } catch (IllegalArgumentException e) {
            return link;
        }
    }
}
