package dev.werk.reports.html;

import com.fasterxml.jackson.databind.JsonNode;

/** Each system's most frequent substitutions, insertions and deletions over all items. */
final class ConfusionsSection implements ReportSection {
    @Override
    public String id() {
        return "confusions";
    }

    @Override
    public String title() {
        return "Confusion pairs";
    }

    @Override
    public void render(ReportData d, Html out) {
        JsonNode all = d.get("confusions");
        if (!all.isArray() || all.isEmpty()) {
            out.el("p", "class=\"note\"", "The results hold no confusion pairs.");
            return;
        }
        out.el("p", "class=\"note\"", "Counted over the alignment steps of every item; the most frequent first.");
        for (JsonNode sys : all) {
            String name = sys.path("system").asText();
            out.el("h3", null, name);
            out.raw("<div style=\"display:flex;flex-wrap:wrap;gap:24px\">");
            out.raw("<table class=\"t confusion\"").attr("data-system", name).attr("data-kind", "substitutions")
                    .raw("><thead><tr><th class=\"s\">reference</th><th class=\"s\">heard as</th><th>count</th></tr></thead><tbody>");
            for (JsonNode p : sys.path("substitutions")) {
                out.raw("<tr>");
                Fmt.textCell(out, p.path("reference").asText());
                Fmt.textCell(out, p.path("hypothesis").asText());
                Fmt.cell(out, p.path("count"), "count");
                out.raw("</tr>");
            }
            out.raw("</tbody></table>");
            words(out, name, "insertions", "inserted", sys.path("insertions"));
            words(out, name, "deletions", "deleted", sys.path("deletions"));
            out.raw("</div>");
        }
    }

    private static void words(Html out, String system, String kind, String heading, JsonNode list) {
        out.raw("<table class=\"t confusion\"").attr("data-system", system).attr("data-kind", kind)
                .raw("><thead><tr><th class=\"s\">").text(heading).raw("</th><th>count</th></tr></thead><tbody>");
        for (JsonNode w : list) {
            out.raw("<tr>");
            Fmt.textCell(out, w.path("word").asText());
            Fmt.cell(out, w.path("count"), "count");
            out.raw("</tr>");
        }
        out.raw("</tbody></table>");
    }
}
