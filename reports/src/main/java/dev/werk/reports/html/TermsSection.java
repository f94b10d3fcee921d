package dev.werk.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Per-term accuracy over all items: each system's correct, misses and false alarms, recall, and
 * what the misses were heard as; with the chart of correct rates baseline against candidates.
 */
final class TermsSection implements ReportSection {
    static final String CHART = "term-correct.png";

    @Override
    public String id() {
        return "terms";
    }

    @Override
    public String title() {
        return "Terms";
    }

    @Override
    public void render(ReportData d, Html out) {
        if (!d.hasTerms()) {
            out.el("p", "class=\"note\"", "No term list was given: run with --terms FILE for per-term accuracy and B-WER.");
            return;
        }
        JsonNode all = ReportData.find(d.get("terms").path("sets"), "name", "all");
        List<JsonNode> systems = new ArrayList<>();
        all.path("systems").forEach(systems::add);
        out.el("p", "class=\"note\"", "Over all items. Correct = exact, variant or split/merged form; a miss lists what the "
                + "hypothesis had instead (empty: deleted); a false alarm is a term in the hypothesis where the reference has none. "
                + "Terms that neither occur nor are falsely recognised are left out.");
        ChartSection.image(d, out, CHART, "Share of term occurrences recognised correctly, baseline against candidates");
        out.raw("<table class=\"t sortable\" id=\"terms-table\"><thead><tr><th class=\"s\">term</th><th>occurrences</th>");
        for (JsonNode s : systems) {
            String n = s.path("name").asText();
            out.raw("<th>").text(n + " correct").raw("</th><th>").text(n + " misses").raw("</th><th>")
                    .text(n + " false alarms").raw("</th><th>").text(n + " recall").raw("</th>");
        }
        for (JsonNode s : systems) {
            out.raw("<th class=\"s\">").text(s.path("name").asText() + ": misses heard as").raw("</th>");
        }
        out.raw("</tr></thead><tbody>");
        int nTerms = systems.isEmpty() ? 0 : systems.get(0).path("terms").size();
        for (int t = 0; t < nTerms; t++) {
            JsonNode first = systems.get(0).path("terms").path(t);
            boolean seen = first.path("occurrences").asLong() > 0;
            for (JsonNode s : systems) {
                seen |= s.path("terms").path(t).path("falseAlarms").asLong() > 0;
            }
            if (!seen) {
                continue;
            }
            out.raw("<tr").attr("data-term", first.path("term").asText()).raw(">");
            Fmt.textCell(out, first.path("term").asText());
            Fmt.cell(out, first.path("occurrences"), "count");
            for (JsonNode s : systems) {
                JsonNode row = s.path("terms").path(t);
                Fmt.cell(out, row.path("correct"), "count");
                Fmt.cell(out, row.path("misses"), "count");
                Fmt.cell(out, row.path("falseAlarms"), "count");
                Fmt.cell(out, row.path("recall"), "pct");
            }
            for (JsonNode s : systems) {
                StringBuilder heard = new StringBuilder();
                for (JsonNode c : s.path("terms").path(t).path("confusions")) {
                    if (heard.length() > 0) {
                        heard.append("; ");
                    }
                    String h = c.path("heard").asText();
                    heard.append(h.isEmpty() ? "(deleted)" : h).append(" ×").append(c.path("count").asText());
                }
                Fmt.textCell(out, heard.toString());
            }
            out.raw("</tr>");
        }
        out.raw("</tbody></table>");
    }
}
