package dev.rehearse.progress.ui;

/** What the charts share: text set into SVG as text, never as markup. */
final class Svg {

    private Svg() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
