package dev.werk.reports.html;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Summary: pooled WER per system and set with intervals; each candidate's change against the
 * baseline with its interval, probability of improvement and test verdicts; the generalisation
 * gap; and where the numbers come from (normaliser, cost model, werk version, date, inputs).
 */
final class SummarySection implements ReportSection {
    @Override
    public String id() {
        return "summary";
    }

    @Override
    public String title() {
        return "Summary";
    }

    @Override
    public void render(ReportData d, Html out) {
        JsonNode root = d.root();
        int level = (int) Math.round(100 * root.path("confidenceLevel").asDouble(0.95));
        out.el("p", "class=\"note\"", "Baseline " + d.baseline() + ". Rates are pooled over items (errors / reference words). "
                + "Intervals are " + level + " % bootstrap intervals (" + root.path("ci").asText() + ", "
                + root.path("resamples").asText() + " resamples by " + root.path("resampleBy").asText() + ", seed "
                + root.path("seed").asText() + "). Changes are candidate minus baseline: negative is better.");
        pooled(d, out, level);
        changes(d, out, level);
        gap(d, out, level);
        if (d.hasTerms()) {
            biased(d, out);
        }
        provenance(d, out);
    }

    private static void pooled(ReportData d, Html out, int level) {
        out.el("h3", null, "Pooled WER per set and system");
        out.raw("<table class=\"t\" id=\"summary-wer\"><thead><tr><th class=\"s\">set</th><th class=\"s\">system</th>"
                + "<th>items</th><th>utterances</th><th>reference words</th><th>errors</th><th>WER</th><th>")
                .text(level + " % interval").raw("</th></tr></thead><tbody>");
        for (JsonNode set : d.get("sets")) {
            for (JsonNode sys : set.path("systems")) {
                out.raw("<tr").attr("data-set", set.path("name").asText()).attr("data-system", sys.path("name").asText()).raw(">");
                Fmt.textCell(out, set.path("name").asText());
                Fmt.textCell(out, sys.path("name").asText());
                Fmt.cell(out, set.path("items"), "count");
                Fmt.cell(out, set.path("utterances"), "count");
                Fmt.cell(out, sys.path("referenceWords"), "count");
                Fmt.cell(out, sys.path("errors"), "count");
                Fmt.cell(out, sys.path("wer"), "pct");
                Fmt.intervalCell(out, sys.path("werCi"), "pct");
                out.raw("</tr>");
            }
        }
        out.raw("</tbody></table>");
    }

    private static void changes(ReportData d, Html out, int level) {
        out.el("h3", null, "Change against the baseline");
        out.raw("<table class=\"t\" id=\"summary-change\"><thead><tr><th class=\"s\">set</th><th class=\"s\">candidate</th>"
                + "<th>absolute change</th><th>").text(level + " % interval").raw("</th><th>relative change</th><th>")
                .text(level + " % interval").raw("</th><th>probability of improvement</th><th>MAPSSWE p</th><th>sign p</th>"
                + "<th>Wilcoxon p</th><th>McNemar p</th><th class=\"s\">verdict (MAPSSWE)</th></tr></thead><tbody>");
        for (JsonNode set : d.get("sets")) {
            for (JsonNode c : set.path("comparisons")) {
                out.raw("<tr").attr("data-set", set.path("name").asText()).attr("data-system", c.path("system").asText()).raw(">");
                Fmt.textCell(out, set.path("name").asText());
                Fmt.textCell(out, c.path("system").asText());
                Fmt.cell(out, c.path("absoluteChange"), "pp");
                Fmt.intervalCell(out, c.path("absoluteChangeCi"), "pp");
                Fmt.cell(out, c.path("relativeChange"), "signedPct");
                Fmt.intervalCell(out, c.path("relativeChangeCi"), "signedPct");
                Fmt.cell(out, c.path("probabilityOfImprovement"), "p");
                JsonNode tests = c.path("tests");
                for (String t : new String[] {"mapsswe", "sign", "wilcoxon", "mcnemar"}) {
                    JsonNode test = tests.path(t);
                    out.raw("<td").attr("data-value", Fmt.exact(test.path("p"))).attr("title", test.path("verdict").asText())
                            .attr("class", verdictClass(test)).raw(">").text(Fmt.p(test.path("p"))).raw("</td>");
                }
                JsonNode m = tests.path("mapsswe");
                out.raw("<td").attr("class", "s " + verdictClass(m)).raw(">").text(m.path("verdict").asText()).raw("</td>");
                out.raw("</tr>");
            }
        }
        out.raw("</tbody></table>");
    }

    static String verdictClass(JsonNode test) {
        if (!test.path("significant").asBoolean(false)) {
            return "ns";
        }
        return "better".equals(test.path("direction").asText()) ? "better" : "worse";
    }

    private static void gap(ReportData d, Html out, int level) {
        JsonNode gaps = d.get("generalizationGap");
        out.el("h3", null, "Generalisation gap");
        if (!gaps.isArray() || gaps.isEmpty()) {
            out.el("p", "class=\"note\"", "No generalisation gap: the experiment lacks one of the two gap sets "
                    + "(in-sample and out-of-sample by default).");
            return;
        }
        out.el("p", "class=\"note\"", "Relative improvement in-sample minus out-of-sample: how much of the gain does not carry "
                + "over to new recordings.");
        out.raw("<table class=\"t\" id=\"summary-gap\"><thead><tr><th class=\"s\">candidate</th><th class=\"s\">in-sample set</th>"
                + "<th class=\"s\">out-of-sample set</th><th>in-sample improvement</th><th>out-of-sample improvement</th>"
                + "<th>gap</th><th>").text(level + " % interval").raw("</th></tr></thead><tbody>");
        for (JsonNode g : gaps) {
            out.raw("<tr").attr("data-system", g.path("system").asText()).raw(">");
            Fmt.textCell(out, g.path("system").asText());
            Fmt.textCell(out, g.path("inSample").asText());
            Fmt.textCell(out, g.path("outOfSample").asText());
            Fmt.cell(out, g.path("inSampleImprovement"), "signedPct");
            Fmt.cell(out, g.path("outOfSampleImprovement"), "signedPct");
            Fmt.cell(out, g.path("gap"), "pp");
            Fmt.intervalCell(out, g.path("gapCi"), "pp");
            out.raw("</tr>");
        }
        out.raw("</tbody></table>");
    }

    private static void biased(ReportData d, Html out) {
        out.el("h3", null, "B-WER and U-WER per set and system");
        out.el("p", "class=\"note\"", "B-WER counts the steps on term occurrences, U-WER all others; together they are the WER.");
        out.raw("<table class=\"t\" id=\"summary-bwer\"><thead><tr><th class=\"s\">set</th><th class=\"s\">system</th>"
                + "<th>term reference words</th><th>B-WER</th><th>U-WER</th><th>term recall</th></tr></thead><tbody>");
        for (JsonNode set : d.get("terms").path("sets")) {
            for (JsonNode sys : set.path("systems")) {
                out.raw("<tr").attr("data-set", set.path("name").asText()).attr("data-system", sys.path("name").asText()).raw(">");
                Fmt.textCell(out, set.path("name").asText());
                Fmt.textCell(out, sys.path("name").asText());
                Fmt.cell(out, sys.path("biased").path("referenceWords"), "count");
                Fmt.cell(out, sys.path("bWer"), "pct");
                Fmt.cell(out, sys.path("uWer"), "pct");
                Fmt.cell(out, sys.path("pooled").path("recall"), "pct");
                out.raw("</tr>");
            }
        }
        out.raw("</tbody></table>");
    }

    private static void provenance(ReportData d, Html out) {
        JsonNode p = d.get("provenance");
        out.el("h3", null, "Where these numbers come from");
        out.raw("<dl class=\"prov\" id=\"provenance\">");
        item(out, "normaliser", p.path("normalizer").asText());
        item(out, "cost model", p.path("cost").asText());
        item(out, "unit", p.path("unit").asText());
        item(out, "markup", p.path("markup").asText());
        item(out, "werk version", p.path("werkVersion").asText());
        item(out, "date", p.path("date").asText(""));
        item(out, "experiment", p.path("manifest").asText());
        if (d.hasTerms()) {
            item(out, "terms", d.get("terms").path("list").asText());
        }
        item(out, "bootstrap", p.path("bootstrap").asText());
        item(out, "systems", String.join(", ", d.systems()) + " (baseline " + d.baseline() + ")");
        out.raw("</dl>");
        out.raw("<details><summary>Input files (").text(Integer.toString(d.get("items").size()))
                .raw(" items)</summary><table class=\"t\" id=\"inputs\"><thead><tr><th class=\"s\">item</th><th class=\"s\">set</th>"
                + "<th class=\"s\">reference</th>");
        for (String s : d.systems()) {
            out.raw("<th class=\"s\">").text(s).raw("</th>");
        }
        out.raw("</tr></thead><tbody>");
        for (JsonNode it : d.get("items")) {
            out.raw("<tr>");
            Fmt.textCell(out, it.path("name").asText());
            Fmt.textCell(out, it.path("set").asText(""));
            Fmt.textCell(out, it.path("reference").asText());
            for (JsonNode s : it.path("systems")) {
                Fmt.textCell(out, s.path("hypothesis").asText());
            }
            out.raw("</tr>");
        }
        out.raw("</tbody></table></details>");
        JsonNode warnings = d.get("warnings");
        if (warnings.isArray() && !warnings.isEmpty()) {
            out.el("h3", null, "Warnings");
            out.raw("<ul id=\"warnings\">");
            for (JsonNode w : warnings) {
                out.el("li", null, w.asText());
            }
            out.raw("</ul>");
        }
    }

    private static void item(Html out, String name, String value) {
        out.el("dt", null, name).el("dd", null, value);
    }
}
