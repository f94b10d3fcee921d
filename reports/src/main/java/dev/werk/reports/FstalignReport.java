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
import dev.werk.core.fstalign.CaseStats;
import dev.werk.core.fstalign.ClassScore;
import dev.werk.core.fstalign.ClassScores;
import dev.werk.core.metrics.Counts;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
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
 * With the case statistics asked for ({@code --record-case-stats}): text, a table of fstalign's two
 * case precision/recall lines; JSON, {@code caseStats} (pooled) and per file {@code caseStats}, each
 * {@code {matching: {truePositives, falsePositives, falseNegatives, precision, recall}, all: {…}}}
 * (precision and recall null when undefined); CSV, ten more columns on every row ({@link #CASE_COLUMNS}),
 * filled on the file rows, and for several files a last row {@code case-total} with the pooled ones.
 * With the speaker results asked for ({@code --speaker-wer}; fstalign's {@code RecordSpeakerSwitchWer}
 * and {@code RecordSpeakerWer}): text, a table of the speaker-switch counts per file (and their sum
 * for several files) and one of the counts per file and speaker; JSON, {@code speakerSwitch}
 * ({@code {context, hits, substitutions, deletions, insertions, referenceWords, errors, wer}}, summed
 * over the files) and, for one file, {@code speakers} ({@code [{speaker, hits, …, wer}]}), for
 * several files {@code speakerSwitch} and {@code speakers} on each file (speakers are never pooled
 * across files); CSV, after every other row, {@code speaker-switch:FILE} per file,
 * {@code speaker-switch-total} for several files and {@code speaker:FILE:ID} per file and speaker, in
 * the columns of the file rows. A WER with no reference word is undefined (empty, null).
 */
public final class FstalignReport {
    /** How the cost model is named in every output. */
    public static final String COST = "fstalign";
    private static final String COST_NOTE = "fstalign (ins 1, del 1, sub 1.5)";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FstalignReport() {
    }

    /** The CSV columns added for the case statistics. */
    public static final List<String> CASE_COLUMNS = List.of("caseTruePositives", "caseFalsePositives", "caseFalseNegatives",
            "casePrecision", "caseRecall", "caseAllTruePositives", "caseAllFalsePositives", "caseAllFalseNegatives",
            "caseAllPrecision", "caseAllRecall");

    /** The summary, per-file table (for several files) and the class table. */
    public static void text(FstalignScore score, String settings, boolean perFile, Appendable out)
            throws IOException {
        text(score, settings, perFile, false, out);
    }

    /** As {@link #text(FstalignScore, String, boolean, Appendable)}, with the case statistics when {@code caseStats}. */
    public static void text(FstalignScore score, String settings, boolean perFile, boolean caseStats, Appendable out)
            throws IOException {
        text(score, settings, perFile, caseStats, false, out);
    }

    /** As {@link #text(FstalignScore, String, boolean, boolean, Appendable)}, with the speaker tables when {@code speakers}. */
    public static void text(FstalignScore score, String settings, boolean perFile, boolean caseStats, boolean speakers,
                            Appendable out) throws IOException {
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
        if (caseStats) {
            caseTable(out, score.caseStats());
        }
        if (speakers) {
            SpeakerTables.write(score, out);
        }
    }

    private static void caseTable(Appendable out, CaseStats c) throws IOException {
        out.append("\ncase statistics (fstalign's --record-case-stats: capitals of each aligned hypothesis token against "
                + "its reference row's case column):");
        if (c == null) {
            out.append(" none (no NLP reference)\n");
            return;
        }
        out.append('\n');
        String fmt = "%-38s %8s %8s %8s %10s %10s\n";
        out.append(String.format(Locale.ROOT, fmt, "pairs", "TP", "FP", "FN", "precision", "recall"));
        out.append(String.format(Locale.ROOT, fmt, "matching words only", c.truePositives(), c.falsePositives(),
                c.falseNegatives(), ratio(c.matchingPrecision()), ratio(c.matchingRecall())));
        out.append(String.format(Locale.ROOT, fmt, "all including substitutions", c.allTruePositives(),
                c.allFalsePositives(), c.allFalseNegatives(), ratio(c.allPrecision()), ratio(c.allRecall())));
    }

    /** A ratio to six decimals as fstalign prints it; {@code -} when undefined. */
    private static String ratio(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.6f", v);
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
        json(score, perFile, perUtterance, settings, false, out);
    }

    /** As {@link #json(FstalignScore, boolean, boolean, java.util.Map, Writer)}, with {@code caseStats} when asked. */
    public static void json(FstalignScore score, boolean perFile, boolean perUtterance,
                            java.util.Map<String, String> settings, boolean caseStats, Writer out) throws IOException {
        json(score, perFile, perUtterance, settings, caseStats, false, out);
    }

    /** As {@link #json(FstalignScore, boolean, boolean, java.util.Map, boolean, Writer)}, with the speakers when asked. */
    public static void json(FstalignScore score, boolean perFile, boolean perUtterance,
                            java.util.Map<String, String> settings, boolean caseStats, boolean speakers, Writer out)
            throws IOException {
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
        if (caseStats) {
            if (score.caseStats() == null) {
                top.putNull("caseStats");
            } else {
                top.set("caseStats", caseStats(score.caseStats()));
            }
        }
        if (speakers) {
            top.set("speakerSwitch", speakerSwitch(score.speakerSwitch(), score.speakerSwitchContext()));
            if (!perFile) {
                java.util.Map<String, Counts> only = score.fileSpeakers().get(score.pooled().utterances().get(0).id());
                top.set("speakers", only == null ? null : speakers(only));
            }
        }
        if (perFile && top.get("files") instanceof ArrayNode files) {
            for (JsonNode file : files) {
                ClassScores c = score.fileClasses().get(file.get("name").asText());
                if (c != null) {
                    ((ObjectNode) file).set("classes", classes(c));
                }
                CaseStats cs = score.fileCaseStats().get(file.get("name").asText());
                if (caseStats && cs != null) {
                    ((ObjectNode) file).set("caseStats", caseStats(cs));
                }
                String name = file.get("name").asText();
                if (speakers && score.fileSpeakers().containsKey(name)) {
                    ((ObjectNode) file).set("speakerSwitch", speakerSwitch(score.fileSpeakerSwitch().get(name),
                            score.speakerSwitchContext()));
                    ((ObjectNode) file).set("speakers", speakers(score.fileSpeakers().get(name)));
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
            countFields(o, k);
            rate(o, "wer", c.wer());
        }
        return a;
    }

    /** {@code {context, hits, …, wer}}; JSON null for no counts. */
    private static JsonNode speakerSwitch(Counts c, int context) {
        if (c == null) {
            return MAPPER.nullNode();
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("context", context);
        counts(o, c);
        return o;
    }

    private static ArrayNode speakers(java.util.Map<String, Counts> speakers) {
        ArrayNode a = MAPPER.createArrayNode();
        speakers.forEach((id, c) -> counts(a.addObject().put("speaker", id), c));
        return a;
    }

    /** hits, substitutions, deletions, insertions, referenceWords and errors, in that order. */
    private static void countFields(ObjectNode o, Counts k) {
        o.put("hits", k.hits());
        o.put("substitutions", k.substitutions());
        o.put("deletions", k.deletions());
        o.put("insertions", k.insertions());
        o.put("referenceWords", k.referenceWords());
        o.put("errors", k.errors());
    }

    private static void counts(ObjectNode o, Counts k) {
        countFields(o, k);
        rate(o, "wer", wer(k));
    }

    /** Errors over reference words; NaN for none. */
    static double wer(Counts k) {
        return k.referenceWords() == 0 ? Double.NaN : (double) k.errors() / k.referenceWords();
    }

    private static ObjectNode caseStats(CaseStats c) {
        ObjectNode o = MAPPER.createObjectNode();
        caseBlock(o.putObject("matching"), c.truePositives(), c.falsePositives(), c.falseNegatives(), c.matchingPrecision(),
                c.matchingRecall());
        caseBlock(o.putObject("all"), c.allTruePositives(), c.allFalsePositives(), c.allFalseNegatives(), c.allPrecision(),
                c.allRecall());
        return o;
    }

    /** One of the two blocks of {@link #caseStats}: the counts, then precision and recall. */
    private static void caseBlock(ObjectNode b, long tp, long fp, long fn, double precision, double recall) {
        b.put("truePositives", tp);
        b.put("falsePositives", fp);
        b.put("falseNegatives", fn);
        rate(b, "precision", precision);
        rate(b, "recall", recall);
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
        csv(score, false, out);
    }

    /** As {@link #csv(FstalignScore, Writer)}, with the {@link #CASE_COLUMNS} when {@code caseStats}. */
    public static void csv(FstalignScore score, boolean caseStats, Writer out) throws IOException {
        csv(score, caseStats, false, out);
    }

    /** As {@link #csv(FstalignScore, boolean, Writer)}, with the speaker rows (see the class comment) when {@code speakers}. */
    public static void csv(FstalignScore score, boolean caseStats, boolean speakers, Writer out) throws IOException {
        ICSVWriter csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
        csv.writeNext(withCase(CsvReport.HEADER, caseStats ? CASE_COLUMNS.toArray(String[]::new) : null), false);
        String normalizer = score.pooled().options().normalizerName();
        String unit = score.pooled().options().unit().id();
        String[] none = caseStats ? caseCells(null) : null;
        for (UtteranceScore u : score.pooled().utterances()) {
            csv.writeNext(withCase(row(u.id(), u.counts(), u.measures().wer(), Boolean.toString(u.hypothesisMissing()),
                    normalizer, unit), caseStats ? caseCells(score.fileCaseStats().get(u.id())) : null), false);
        }
        for (ClassScore c : score.classes().classes()) {
            csv.writeNext(withCase(row("class:" + c.name(), c.counts(), c.wer(), "", normalizer, unit), none), false);
        }
        double mean = score.classes().meanWer();
        csv.writeNext(withCase(new String[] {"class-mean", "", "", "", "", "", "", "", Double.isNaN(mean) ? "" : Double.toString(mean),
            "", COST, normalizer, unit}, none), false);
        if (caseStats && score.pooled().utterances().size() > 1) {
            String[] total = new String[CsvReport.HEADER.length];
            java.util.Arrays.fill(total, "");
            total[0] = "case-total";
            total[10] = COST;
            total[11] = normalizer;
            total[12] = unit;
            csv.writeNext(withCase(total, caseCells(score.caseStats())), false);
        }
        if (speakers) {
            speakerRows(score, csv, normalizer, unit, none);
        }
        csv.flush();
    }

    private static void speakerRows(FstalignScore score, ICSVWriter csv, String normalizer, String unit, String[] none) {
        List<UtteranceScore> files = score.pooled().utterances();
        for (UtteranceScore u : files) {
            Counts c = score.fileSpeakerSwitch().get(u.id());
            if (c != null) {
                csv.writeNext(withCase(row("speaker-switch:" + u.id(), c, wer(c), "", normalizer, unit), none), false);
            }
        }
        if (files.size() > 1 && score.speakerSwitch() != null) {
            Counts c = score.speakerSwitch();
            csv.writeNext(withCase(row("speaker-switch-total", c, wer(c), "", normalizer, unit), none), false);
        }
        for (UtteranceScore u : files) {
            java.util.Map<String, Counts> m = score.fileSpeakers().get(u.id());
            if (m != null) {
                m.forEach((id, c) -> csv.writeNext(withCase(row("speaker:" + u.id() + ":" + id, c, wer(c), "", normalizer, unit),
                        none), false));
            }
        }
    }

    private static String[] withCase(String[] row, String[] cells) {
        if (cells == null) {
            return row;
        }
        String[] out = java.util.Arrays.copyOf(row, row.length + cells.length);
        System.arraycopy(cells, 0, out, row.length, cells.length);
        return out;
    }

    /** The ten case cells of {@code c}; empty for null. */
    private static String[] caseCells(CaseStats c) {
        if (c == null) {
            String[] e = new String[CASE_COLUMNS.size()];
            java.util.Arrays.fill(e, "");
            return e;
        }
        return new String[] {Long.toString(c.truePositives()), Long.toString(c.falsePositives()),
            Long.toString(c.falseNegatives()), number(c.matchingPrecision()), number(c.matchingRecall()),
            Long.toString(c.allTruePositives()), Long.toString(c.allFalsePositives()), Long.toString(c.allFalseNegatives()),
            number(c.allPrecision()), number(c.allRecall())};
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
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
