package dev.werk.reports.html;

/**
 * The place of the confidence review (a histogram of word confidences and the threshold
 * trade-off). Until werk computes it, the section says so; the feature that computes it replaces
 * this class in {@link HtmlReport#sections()} with one that renders {@code confidence} of the result.
 */
final class ConfidenceSection implements ReportSection {
    @Override
    public String id() {
        return "confidence";
    }

    @Override
    public String title() {
        return "Confidence";
    }

    @Override
    public void render(ReportData d, Html out) {
        if (d.get("confidence").isMissingNode()) {
            out.el("p", "class=\"note\"", "No confidence review in these results: a histogram of word confidences and the "
                    + "threshold trade-off appear here when the results hold them.");
        }
    }
}
