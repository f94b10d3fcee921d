package dev.werk.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** WER per item and system, grouped by set; the table sorts within each set by any column. */
final class ItemsSection implements ReportSection {
    static final String CHART = "wer-by-item.png";

    @Override
    public String id() {
        return "items";
    }

    @Override
    public String title() {
        return "WER per item";
    }

    @Override
    public void render(ReportData d, Html out) {
        ChartSection.image(d, out, CHART, "WER per item and system, grouped by set");
        out.el("p", "class=\"note\"", "Click a column heading to sort (items stay within their set).");
        List<String> systems = d.systems();
        out.raw("<table class=\"t sortable\" id=\"items-table\"><thead><tr><th class=\"s\">item</th><th>utterances</th>"
                + "<th>reference words</th>");
        for (String s : systems) {
            out.raw("<th>").text(s + " errors").raw("</th><th>").text(s + " WER").raw("</th>");
        }
        out.raw("</tr></thead>");
        Map<String, List<JsonNode>> bySet = new LinkedHashMap<>();
        for (JsonNode it : d.get("items")) {
            bySet.computeIfAbsent(it.path("set").asText(""), k -> new ArrayList<>()).add(it);
        }
        for (Map.Entry<String, List<JsonNode>> e : bySet.entrySet()) {
            out.raw("<tbody class=\"group\"").attr("data-set", e.getKey()).raw("><tr class=\"gh\"><td")
                    .attr("colspan", Integer.toString(3 + 2 * systems.size())).raw(">")
                    .text(e.getKey().isEmpty() ? "items" : "set " + e.getKey()).raw("</td></tr>");
            for (JsonNode it : e.getValue()) {
                out.raw("<tr").attr("data-item", it.path("name").asText()).raw(">");
                Fmt.textCell(out, it.path("name").asText());
                Fmt.cell(out, it.path("utterances"), "count");
                JsonNode sys = it.path("systems");
                Fmt.cell(out, sys.path(0).path("referenceWords"), "count");
                for (JsonNode s : sys) {
                    Fmt.cell(out, s.path("errors"), "count");
                    Fmt.cell(out, s.path("wer"), "pct");
                }
                out.raw("</tr>");
            }
            out.raw("</tbody>");
        }
        out.raw("</table>");
    }
}
