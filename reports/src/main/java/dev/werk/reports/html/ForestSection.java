package dev.werk.reports.html;

/** The forest plot: each candidate's change of WER (and of B-WER with terms) per set, with intervals. */
final class ForestSection implements ReportSection {
    static final String CHART = "change-by-set.png";

    @Override
    public String id() {
        return "forest";
    }

    @Override
    public String title() {
        return "Change per set";
    }

    @Override
    public void render(ReportData d, Html out) {
        out.el("p", "class=\"note\"", "Absolute change of the pooled WER against " + d.baseline() + " (percentage points) per set, "
                + "with its bootstrap interval" + (d.hasTerms() ? "; B-WER (term words only) beside it" : "")
                + ". Left of zero is better; an interval that crosses zero is no clear difference. The numbers are in the summary tables.");
        ChartSection.image(d, out, CHART, "Change of WER against " + d.baseline() + " per set with intervals");
    }
}
