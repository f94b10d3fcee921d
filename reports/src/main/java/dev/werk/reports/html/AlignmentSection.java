package dev.werk.reports.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The alignment view: per item a folded block that, when opened, lays out the reference with the
 * baseline and a chosen candidate below it, line by line, errors and terms marked, in pages of
 * lines. The tokens travel as compact JSON (a shared vocabulary and token numbers) inside
 * {@code <script type="application/json">} blocks that the page's script parses only when an item
 * is opened, so a page for dozens of one-hour calls opens at once.
 */
final class AlignmentSection implements ReportSection {
    private static final JsonFactory FACTORY = new JsonFactory();

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
        JsonNode alignments = d.get("alignments");
        if (!alignments.isArray() || alignments.isEmpty()) {
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
                + "<span class=\"c S\">substitution</span> <span class=\"c D\">deleted</span> <span class=\"c I\">inserted</span>"
                + " <span class=\"c term\">term</span> <span class=\"c miss\">missed term</span>"
                + " <span class=\"c fa\">false alarm</span></span></div>");
        out.el("p", "class=\"note\"", "Open an item to lay out its alignment: the reference on top, each system's words below "
                + "(* marks a deleted word); " + 12 + " reference words a line.");
        Map<String, Integer> vocab = new HashMap<>();
        StringWriter words = new StringWriter();
        JsonNode items = d.get("items");
        try {
            for (int k = 0; k < alignments.size(); k++) {
                JsonNode a = alignments.get(k);
                JsonNode item = ReportData.find(items, "name", a.path("item").asText());
                out.raw("<details class=\"item\"").attr("data-item", Integer.toString(k)).attr("id", "align-" + k).raw("><summary>")
                        .text(a.path("item").asText());
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
                out.raw("<script type=\"application/json\"").attr("id", "werk-item-" + k).raw(">")
                        .raw(itemJson(a, vocab)).raw("</script>");
            }
            String[] byId = new String[vocab.size()];
            vocab.forEach((w, i) -> byId[i] = w);
            try (JsonGenerator g = generator(words)) {
                g.writeStartObject();
                g.writeArrayFieldStart("systems");
                for (String s : systems) {
                    g.writeString(s);
                }
                g.writeEndArray();
                g.writeNumberField("baseline", base);
                g.writeArrayFieldStart("vocab");
                for (String w : byId) {
                    g.writeString(w);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.raw("<script type=\"application/json\" id=\"werk-page\">").raw(words.toString()).raw("</script>");
    }

    /** One item's utterances as token numbers: {u: [{id, r, t, s: [{h, o, r?, tm?, fa?, m}]}]}. */
    private static String itemJson(JsonNode a, Map<String, Integer> vocab) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = generator(w)) {
            g.writeStartObject();
            g.writeArrayFieldStart("u");
            for (JsonNode u : a.path("utterances")) {
                g.writeStartObject();
                g.writeStringField("id", u.path("id").asText());
                ids(g, "r", u.path("reference"), vocab);
                spans(g, "t", u.path("terms"));
                g.writeArrayFieldStart("s");
                for (JsonNode s : u.path("systems")) {
                    g.writeStartObject();
                    ids(g, "h", s.path("hypothesis"), vocab);
                    g.writeStringField("o", s.path("ops").asText());
                    if (s.has("reference")) {
                        ids(g, "r", s.path("reference"), vocab);
                    }
                    if (s.has("termMatches")) {
                        g.writeArrayFieldStart("tm");
                        for (JsonNode t : s.path("termMatches")) {
                            g.writeString("miss".equals(t.asText()) ? "x" : t.asText());
                        }
                        g.writeEndArray();
                    }
                    spans(g, "fa", s.path("falseAlarms"));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return w.toString();
    }

    private static void ids(JsonGenerator g, String name, JsonNode tokens, Map<String, Integer> vocab) throws IOException {
        g.writeArrayFieldStart(name);
        for (JsonNode t : tokens) {
            Integer id = vocab.get(t.asText());
            if (id == null) {
                id = vocab.size();
                vocab.put(t.asText(), id);
            }
            g.writeNumber(id);
        }
        g.writeEndArray();
    }

    private static void spans(JsonGenerator g, String name, JsonNode spans) throws IOException {
        if (!spans.isArray()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (JsonNode sp : spans) {
            g.writeStartArray();
            g.writeNumber(sp.path(0).asInt());
            g.writeNumber(sp.path(1).asInt());
            g.writeEndArray();
        }
        g.writeEndArray();
    }

    /** A generator whose output is safe inside a script element: no {@code <}, {@code >} or {@code &} appear raw. */
    private static JsonGenerator generator(StringWriter w) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(w);
        g.setCharacterEscapes(ScriptSafe.INSTANCE);
        return g;
    }

    private static final class ScriptSafe extends CharacterEscapes {
        static final ScriptSafe INSTANCE = new ScriptSafe();
        private static final long serialVersionUID = 1L;
        private final int[] escapes;

        private ScriptSafe() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // U+2028 and U+2029 end a line in older JavaScript parsers
            return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
