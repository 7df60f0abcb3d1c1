package dev.rehearse.attempts.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import dev.rehearse.attempts.AttemptComparison;
import dev.rehearse.attempts.AttemptComparison.Piece;
import dev.rehearse.base.ui.Formats;
import java.util.List;

/**
 * The latest answer with what changed since the earlier one marked: added words in {@code <ins>}, dropped words in
 * {@code <del>} where they stood, every piece set as text. Beside it, the key points gained and lost.
 */
class AttemptDiff extends Div {

    AttemptDiff(AttemptComparison c) {
        addClassName("attempt-diff");
        Paragraph legend = new Paragraph("Your attempt of %s against the one of %s: words added since are "
                .formatted(Formats.dateTime(c.later().answeredAt()), Formats.dateTime(c.earlier().answeredAt()))
                + "underlined, words dropped since are struck through.");
        legend.addClassName("diff-legend");

        Div text = new Div();
        text.addClassNames("plain-answer", "diff-text");
        text.setId("diff-text");
        for (Piece piece : c.pieces()) {
            Element e = switch (piece.change()) {
                case KEPT -> new Element("span");
                case ADDED -> new Element("ins");
                case REMOVED -> new Element("del");
            };
            e.setText(piece.text());
            text.getElement().appendChild(e);
        }

        Div points = new Div(pointList("Key points gained", "gained", c.gained(), "None gained."),
                pointList("Key points lost", "lost", c.lost(), "None lost."));
        points.addClassName("gained-lost");
        add(legend, text, points);
    }

    private static Div pointList(String heading, String id, List<String> texts, String none) {
        Div box = new Div(new H3(heading));
        box.addClassNames("point-change", id);
        box.setId("points-" + id);
        if (texts.isEmpty()) {
            box.add(new Paragraph(none));
        } else {
            UnorderedList list = new UnorderedList();
            texts.forEach(t -> list.add(new ListItem(t)));
            box.add(list);
        }
        return box;
    }
}
