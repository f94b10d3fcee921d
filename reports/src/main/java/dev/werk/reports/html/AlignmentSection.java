package dev.werk.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The alignment view: per item a folded block that, when opened, lays out the reference with the
 * baseline and a chosen candidate below it, line by line, errors and terms marked, in pages of
 * lines. The tokens travel as compact JSON (a shared vocabulary and token numbers) inside
 * {@code <script type="application/json">} blocks that the page's script parses only when an item
 * is opened, so a page for dozens of one-hour calls opens at once.
 */
final class AlignmentSection implements ReportSection {
    /** Reference tokens per line and lines per page, as the page's script lays them out. */
    static final int LINE = 12;
    static final int PAGE = 250;

    @Override
    public String id() {
        return "alignments";
    }

    @Override
    public String title() {
        return "Alignments";
    }

    @Override
    public void render(ReportData d, Html out) {
        AlignmentData al = d.alignments();
        if (al.items().isEmpty()) {
            out.el("p", "class=\"note\"", "These results hold no alignments (werk compare -o json --no-alignments); "
                    + "run werk report --experiment, or save the comparison without --no-alignments, to see them.");
            return;
        }
        List<String> systems = d.systems();
        int base = d.baselineIndex();
        out.raw("<div class=\"controls\"><label>show <select id=\"werk-filter\">"
                + "<option value=\"all\">all lines</option><option value=\"any\">lines with an error or a term</option>"
                + "<option value=\"err\">lines with an error</option><option value=\"term\">lines with a term</option>"
                + "</select></label><label>")
                .text(d.baseline()).raw(" against <select id=\"werk-cand\">");
        for (int s = 0; s < systems.size(); s++) {
            if (s != base) {
                out.raw("<option").attr("value", Integer.toString(s)).raw(">").text(systems.get(s)).raw("</option>");
            }
        }
        out.raw("<option value=\"all\">all systems</option></select></label><span class=\"legend\">"
                + "<span class=\"c S\">substitution</span> <span class=\"c D\">*** deleted</span> <span class=\"c I\">inserted</span>"
                + " <span class=\"c term\">term</span> <span class=\"c miss\">missed term</span>"
                + " <span class=\"c fa\">false alarm</span></span></div>");
        out.el("p", "class=\"note\"", "Open an item to lay out its alignment: the reference on top, each system's words below "
                + "(* marks a deleted word), " + LINE + " reference words a line, " + PAGE + " lines at a time.");
        JsonNode items = d.get("items");
        for (int k = 0; k < al.items().size(); k++) {
            JsonNode item = ReportData.find(items, "name", al.items().get(k));
            out.raw("<details class=\"item\"").attr("data-item", Integer.toString(k)).attr("id", "align-" + k).raw("><summary>")
                    .text(al.items().get(k));
            StringBuilder m = new StringBuilder();
            if (!item.path("set").asText("").isEmpty()) {
                m.append("set ").append(item.path("set").asText()).append(" · ");
            }
            m.append(item.path("utterances").asText()).append(" utterance(s) · WER ");
            JsonNode sys = item.path("systems");
            for (int s = 0; s < sys.size(); s++) {
                m.append(s == 0 ? "" : ", ").append(sys.get(s).path("name").asText()).append(' ')
                        .append(Fmt.pct(sys.get(s).path("wer")));
            }
            out.raw("<span class=\"m\">").text(m.toString()).raw("</span></summary><div class=\"lines\"></div></details>");
            out.raw("<script type=\"application/json\"").attr("id", "werk-item-" + k).raw(">").raw(al.blocks().get(k))
                    .raw("</script>");
        }
        out.raw("<script type=\"application/json\" id=\"werk-page\">").raw(al.pageJson(systems, base, LINE, PAGE)).raw("</script>");
    }
}
