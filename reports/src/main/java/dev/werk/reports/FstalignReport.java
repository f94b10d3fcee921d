package dev.werk.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import dev.werk.core.UtteranceScore;
import dev.werk.core.FstalignScore;
import dev.werk.core.fstalign.ClassScore;
import dev.werk.core.fstalign.ClassScores;
import dev.werk.core.metrics.Counts;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * Renders a score made by {@code werk score --fstalign}: the same text, JSON and CSV as for any
 * score (from {@link TextReport}, {@link JsonReport}, {@link CsvReport}), naming the preset and
 * fstalign's cost model, plus the entity classes:
 * <ul>
 *   <li>text: a table of classes (reference tokens, H S D I, errors, WER) and their mean;</li>
 *   <li>JSON: {@code preset}, {@code cost: "fstalign"}, {@code fstalign} (the side files and the
 *       synonym settings), {@code classes} (array of {@code {class, hits, substitutions, deletions,
 *       insertions, referenceWords, errors, wer}}), {@code meanClassWer}, {@code labelClasses}
 *       (the same per {@code tags} label class) and, per file, {@code classes};</li>
 *   <li>CSV: the per-file rows, then one row per class with the id {@code class:NAME} and a last
 *       row {@code class-mean} holding only the mean WER; the cost column says {@code fstalign}.</li>
 * </ul>
 */
public final class FstalignReport {
    /** How the cost model is named in every output. */
    public static final String COST = "fstalign";
    private static final String COST_NOTE = "fstalign (ins 1, del 1, sub 1.5)";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FstalignReport() {
    }

    /** The summary, per-file table (for several files) and the class table. */
    public static void text(FstalignScore score, String settings, boolean perFile, Appendable out)
            throws IOException {
        StringBuilder sb = new StringBuilder();
        if (perFile) {
            TextReport.writeFiles(score.files(), sb);
        } else {
            TextReport.write(score.pooled(), sb);
        }
        String body = sb.toString().replaceFirst("cost model: \\S+", "cost model: " + COST_NOTE);
        out.append("preset: ").append(score.preset()).append(" (").append(settings).append(")\n");
        out.append(body);
        classTable(out, "entity classes (wer_tags)", score.classes());
        if (!score.labelClasses().isEmpty()) {
            classTable(out, "entity label classes (tags column, fstalign's 'class X WER')", score.labelClasses());
        }
    }

    private static void classTable(Appendable out, String title, ClassScores classes) throws IOException {
        out.append('\n').append(title).append(":");
        if (classes.isEmpty()) {
            out.append(" none\n");
            return;
        }
        out.append('\n');
        int w = 5;
        for (ClassScore c : classes.classes()) {
            w = Math.max(w, c.name().length());
        }
        String fmt = "%-" + w + "s %8s %8s %8s %8s %8s %8s %9s\n";
        out.append(String.format(Locale.ROOT, fmt, "class", "#ref", "hits", "sub", "del", "ins", "errors", "WER%"));
        for (ClassScore c : classes.classes()) {
            Counts k = c.counts();
            out.append(String.format(Locale.ROOT, fmt, c.name(), k.referenceWords(), k.hits(), k.substitutions(),
                    k.deletions(), k.insertions(), k.errors(), Numbers.percent(c.wer(), 2)));
        }
        out.append(String.format(Locale.ROOT, "mean over %d classes: %s (each class weighs the same)\n",
                definedClasses(classes), Numbers.percentWithSign(classes.meanWer(), 2)));
    }

    private static int definedClasses(ClassScores classes) {
        int n = 0;
        for (ClassScore c : classes.classes()) {
            if (!Double.isNaN(c.wer())) {
                n++;
            }
        }
        return n;
    }

    /** The JSON of {@link JsonReport} with the preset and classes added (see the class comment). */
    public static void json(FstalignScore score, boolean perFile, boolean perUtterance,
                            java.util.Map<String, String> settings, Writer out) throws IOException {
        StringWriter base = new StringWriter();
        if (perFile) {
            JsonReport.write(score.files(), perUtterance, base);
        } else {
            JsonReport.write(score.pooled(), perUtterance, base);
        }
        ObjectNode root = (ObjectNode) MAPPER.readTree(base.toString());
        root.put("cost", COST);
        ObjectNode top = MAPPER.createObjectNode();
        top.put("preset", score.preset());
        top.setAll(root);
        ObjectNode f = top.putObject("fstalign");
        settings.forEach(f::put);
        top.set("classes", classes(score.classes()));
        rate(top, "meanClassWer", score.classes().meanWer());
        top.set("labelClasses", classes(score.labelClasses()));
        if (perFile && top.get("files") instanceof ArrayNode files) {
            for (JsonNode file : files) {
                ClassScores c = score.fileClasses().get(file.get("name").asText());
                if (c != null) {
                    ((ObjectNode) file).set("classes", classes(c));
                }
            }
        }
        MAPPER.writeValue(new NonClosing(out), top);
        out.write('\n');
    }

    private static ArrayNode classes(ClassScores classes) {
        ArrayNode a = MAPPER.createArrayNode();
        for (ClassScore c : classes.classes()) {
            ObjectNode o = a.addObject();
            Counts k = c.counts();
            o.put("class", c.name());
            o.put("hits", k.hits());
            o.put("substitutions", k.substitutions());
            o.put("deletions", k.deletions());
            o.put("insertions", k.insertions());
            o.put("referenceWords", k.referenceWords());
            o.put("errors", k.errors());
            rate(o, "wer", c.wer());
        }
        return a;
    }

    private static void rate(ObjectNode o, String name, double v) {
        if (Double.isNaN(v)) {
            o.putNull(name);
        } else {
            o.put(name, v);
        }
    }

    /** The rows of {@link CsvReport} (its header; cost column {@code fstalign}), then the class rows. */
    public static void csv(FstalignScore score, Writer out) throws IOException {
        ICSVWriter csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
        csv.writeNext(CsvReport.HEADER, false);
        String normalizer = score.pooled().options().normalizerName();
        String unit = score.pooled().options().unit().id();
        for (UtteranceScore u : score.pooled().utterances()) {
            csv.writeNext(row(u.id(), u.counts(), u.measures().wer(), Boolean.toString(u.hypothesisMissing()), normalizer, unit),
                    false);
        }
        for (ClassScore c : score.classes().classes()) {
            csv.writeNext(row("class:" + c.name(), c.counts(), c.wer(), "", normalizer, unit), false);
        }
        double mean = score.classes().meanWer();
        csv.writeNext(new String[] {"class-mean", "", "", "", "", "", "", "", Double.isNaN(mean) ? "" : Double.toString(mean),
            "", COST, normalizer, unit}, false);
        csv.flush();
    }

    private static String[] row(String id, Counts c, double wer, String missing, String normalizer, String unit) {
        return new String[] {id, Long.toString(c.referenceWords()), Long.toString(c.hypothesisWords()),
            Long.toString(c.hits()), Long.toString(c.substitutions()), Long.toString(c.deletions()),
            Long.toString(c.insertions()), Long.toString(c.errors()), Double.isNaN(wer) ? "" : Double.toString(wer),
            missing, COST, normalizer, unit};
    }

    /** Lets Jackson write without closing the caller's writer. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer w) {
            super(w);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
