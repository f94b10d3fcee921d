package dev.werk.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import dev.werk.core.CorpusScore;
import dev.werk.core.Provenance;
import dev.werk.core.metrics.Counts;
import dev.werk.core.terms.Confusion;
import dev.werk.core.terms.FalseAlarm;
import dev.werk.core.terms.SystemTerms;
import dev.werk.core.terms.Term;
import dev.werk.core.terms.TermOccurrence;
import dev.werk.core.terms.TermReport;
import dev.werk.core.terms.TermSet;
import dev.werk.core.terms.TermStats;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders {@code werk terms}: text for people, the JSON contract documented in the README, and a
 * CSV with one row per term. Reads {@link SystemTerms} and never recomputes a number.
 */
public final class TermsReport {
    /** How many confusions JSON and text list per term, and over all terms. */
    public static final int TERM_CONFUSIONS = 5;
    public static final int ALL_CONFUSIONS = 20;
    /** What {@code --method count} counts, stated wherever its numbers appear. */
    public static final String COUNT_METHOD = "plain substring counts, no alignment (as the AWS custom-vocabulary post's "
            + "tables): how often each term's normalised form occurs in each normalised transcript, left to right without overlap";

    private static final JsonFactory FACTORY = new JsonFactory();

    private TermsReport() {
    }

    // ---------------------------------------------------------------- JSON

    /** Writes the JSON contract (pretty-printed) followed by a newline. */
    public static void writeJson(SystemTerms t, Writer out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            Provenance p = t.systems().provenance();
            g.writeStringField("reference", p.reference().path());
            g.writeStringField("referenceFormat", p.reference().format());
            g.writeStringField("cost", p.cost());
            g.writeStringField("normalizer", p.normalizer());
            g.writeStringField("unit", p.unit());
            termList(g, t.terms());
            g.writeArrayFieldStart("systems");
            for (int s = 0; s < t.names().size(); s++) {
                system(g, t, s);
            }
            g.writeEndArray();
            if (t.hasSubstringCounts()) {
                g.writeObjectFieldStart("countMethod");
                g.writeStringField("description", COUNT_METHOD);
                g.writeArrayFieldStart("terms");
                for (Term term : t.terms().terms()) {
                    g.writeStartObject();
                    g.writeStringField("term", term.written());
                    g.writeNumberField("reference", t.referenceSubstringCount(term.index()));
                    g.writeObjectFieldStart("systems");
                    for (int s = 0; s < t.names().size(); s++) {
                        g.writeNumberField(t.names().get(s), t.hypothesisSubstringCount(s, term.index()));
                    }
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void termList(JsonGenerator g, TermSet terms) throws IOException {
        g.writeObjectFieldStart("termList");
        if (terms.source() == null) {
            g.writeNullField("path");
        } else {
            g.writeStringField("path", terms.source().toString());
        }
        g.writeStringField("format", terms.format().id());
        g.writeNumberField("terms", terms.terms().size());
        g.writeBooleanField("perUtterance", terms.perUtterance());
        g.writeEndObject();
    }

    private static void system(JsonGenerator g, SystemTerms t, int s) throws IOException {
        TermReport r = t.reports().get(s);
        CorpusScore score = t.scores().get(s);
        Provenance.Input input = t.systems().provenance().inputs().get(s + 1);
        g.writeStartObject();
        g.writeStringField("name", t.names().get(s));
        g.writeStringField("hypothesis", input.path());
        g.writeStringField("hypothesisFormat", input.format());
        rate(g, "wer", score.measures().wer());
        rate(g, "bWer", r.bWer());
        rate(g, "uWer", r.uWer());
        counts(g, "biased", r.biased());
        counts(g, "unbiased", r.unbiased());
        counts(g, "overall", r.overall());
        g.writeObjectFieldStart("pooled");
        stats(g, r.pooled());
        g.writeEndObject();
        g.writeArrayFieldStart("confusions");
        for (Confusion c : r.topConfusions(ALL_CONFUSIONS)) {
            g.writeStartObject();
            g.writeStringField("term", c.term());
            g.writeStringField("heard", c.heard());
            g.writeNumberField("count", c.count());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("terms");
        for (TermStats ts : r.terms()) {
            g.writeStartObject();
            g.writeStringField("term", ts.term());
            stats(g, ts);
            g.writeArrayFieldStart("confusions");
            for (Confusion c : ts.topConfusions(TERM_CONFUSIONS)) {
                g.writeStartObject();
                g.writeStringField("heard", c.heard());
                g.writeNumberField("count", c.count());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        if (r.hasDetails()) {
            g.writeArrayFieldStart("details");
            for (TermReport.OccurrenceDetail d : r.details()) {
                TermOccurrence o = d.occurrence();
                g.writeStartObject();
                g.writeStringField("utterance", d.utteranceId());
                g.writeStringField("term", o.term().written());
                span(g, "referenceSpan", o.referenceFrom(), o.referenceTo());
                g.writeStringField("reference", String.join(" ", o.referenceTokens()));
                span(g, "hypothesisSpan", o.hypothesisFrom(), o.hypothesisTo());
                g.writeStringField("hypothesis", String.join(" ", o.hypothesisTokens()));
                g.writeStringField("class", o.match().id());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("falseAlarmDetails");
            for (TermReport.FalseAlarmDetail d : r.falseAlarmDetails()) {
                FalseAlarm f = d.falseAlarm();
                g.writeStartObject();
                g.writeStringField("utterance", d.utteranceId());
                g.writeStringField("term", f.term().written());
                span(g, "hypothesisSpan", f.hypothesisFrom(), f.hypothesisTo());
                g.writeStringField("hypothesis", String.join(" ", f.hypothesisTokens()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void stats(JsonGenerator g, TermStats s) throws IOException {
        g.writeNumberField("occurrences", s.occurrences());
        g.writeNumberField("correct", s.correct());
        g.writeNumberField("exact", s.exact());
        g.writeNumberField("variant", s.variant());
        g.writeNumberField("splitMerge", s.splitMerge());
        g.writeNumberField("misses", s.misses());
        g.writeNumberField("falseAlarms", s.falseAlarms());
        rate(g, "recall", s.recall());
        rate(g, "precision", s.precision());
        rate(g, "f1", s.f1());
    }

    private static void counts(JsonGenerator g, String name, Counts c) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("hits", c.hits());
        g.writeNumberField("substitutions", c.substitutions());
        g.writeNumberField("deletions", c.deletions());
        g.writeNumberField("insertions", c.insertions());
        g.writeNumberField("referenceWords", c.referenceWords());
        g.writeNumberField("errors", c.errors());
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, String name, int from, int to) throws IOException {
        g.writeArrayFieldStart(name);
        g.writeNumber(from);
        g.writeNumber(to);
        g.writeEndArray();
    }

    private static void rate(JsonGenerator g, String name, double value) throws IOException {
        if (Double.isNaN(value)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }

    // ---------------------------------------------------------------- CSV

    /**
     * One row per term: {@code term,occurrences}, then per system {@code NAME:correct},
     * {@code NAME:exact}, {@code NAME:variant}, {@code NAME:splitMerge}, {@code NAME:misses},
     * {@code NAME:falseAlarms}, {@code NAME:recall}, {@code NAME:precision}, {@code NAME:f1}
     * (undefined rates are empty cells); with substring counts, {@code reference:substringCount}
     * and {@code NAME:substringCount}.
     */
    public static void writeCsv(SystemTerms t, Writer out) throws IOException {
        ICSVWriter csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
        List<String> header = new ArrayList<>(List.of("term", "occurrences"));
        String[] fields = {"correct", "exact", "variant", "splitMerge", "misses", "falseAlarms", "recall", "precision", "f1"};
        for (String name : t.names()) {
            for (String f : fields) {
                header.add(name + ":" + f);
            }
        }
        if (t.hasSubstringCounts()) {
            header.add("reference:substringCount");
            for (String name : t.names()) {
                header.add(name + ":substringCount");
            }
        }
        csv.writeNext(header.toArray(new String[0]), false);
        for (Term term : t.terms().terms()) {
            List<String> row = new ArrayList<>();
            row.add(term.written());
            row.add(Long.toString(t.reports().get(0).terms().get(term.index()).occurrences()));
            for (TermReport r : t.reports()) {
                TermStats s = r.terms().get(term.index());
                row.add(Long.toString(s.correct()));
                row.add(Long.toString(s.exact()));
                row.add(Long.toString(s.variant()));
                row.add(Long.toString(s.splitMerge()));
                row.add(Long.toString(s.misses()));
                row.add(Long.toString(s.falseAlarms()));
                row.add(csvRate(s.recall()));
                row.add(csvRate(s.precision()));
                row.add(csvRate(s.f1()));
            }
            if (t.hasSubstringCounts()) {
                row.add(Long.toString(t.referenceSubstringCount(term.index())));
                for (int s = 0; s < t.names().size(); s++) {
                    row.add(Long.toString(t.hypothesisSubstringCount(s, term.index())));
                }
            }
            csv.writeNext(row.toArray(new String[0]), false);
        }
        csv.flush();
    }

    private static String csvRate(double r) {
        return Double.isNaN(r) ? "" : Double.toString(r);
    }

    // ---------------------------------------------------------------- text

    /** The summary per system, one row per term with each system's correct / misses / false alarms, and the top confusions. */
    public static void writeText(SystemTerms t, Appendable out) throws IOException {
        Provenance p = t.systems().provenance();
        out.append("werk terms\n");
        ProvenanceText.inputs(p, out);
        ProvenanceText.pipeline(p, "  ", out);
        TermSet terms = t.terms();
        out.append("\n  terms: ").append(terms.source() == null ? "<in memory>" : terms.source().toString())
                .append(" (").append(terms.format().id()).append(", ").append(Integer.toString(terms.terms().size()))
                .append(" terms").append(terms.perUtterance() ? ", per utterance" : "").append(")\n\n");

        String[] head = {"system", "WER", "B-WER", "U-WER", "B words", "U words", "occurrences", "correct", "exact",
            "variant", "split/merge", "misses", "false alarms", "recall", "precision", "F1"};
        List<String[]> rows = new ArrayList<>();
        for (int s = 0; s < t.names().size(); s++) {
            TermReport r = t.reports().get(s);
            TermStats ps = r.pooled();
            rows.add(new String[] {t.names().get(s), Numbers.percentWithSign(t.scores().get(s).measures().wer(), 2),
                Numbers.percentWithSign(r.bWer(), 2), Numbers.percentWithSign(r.uWer(), 2),
                Long.toString(r.biased().referenceWords()), Long.toString(r.unbiased().referenceWords()),
                Long.toString(ps.occurrences()), Long.toString(ps.correct()), Long.toString(ps.exact()),
                Long.toString(ps.variant()), Long.toString(ps.splitMerge()), Long.toString(ps.misses()),
                Long.toString(ps.falseAlarms()), Numbers.percentWithSign(ps.recall(), 1),
                Numbers.percentWithSign(ps.precision(), 1), Numbers.percentWithSign(ps.f1(), 1)});
        }
        table(out, head, rows);

        out.append('\n');
        List<String> termHead = new ArrayList<>(List.of("term", "occurrences"));
        for (String name : t.names()) {
            termHead.add(name + " correct");
            termHead.add("misses");
            termHead.add("false alarms");
        }
        List<String[]> termRows = new ArrayList<>();
        int quiet = 0;
        for (Term term : terms.terms()) {
            if (silent(t, term)) {
                quiet++;
                continue;
            }
            List<String> row = new ArrayList<>();
            row.add(term.written());
            row.add(Long.toString(t.reports().get(0).terms().get(term.index()).occurrences()));
            for (TermReport r : t.reports()) {
                TermStats s = r.terms().get(term.index());
                row.add(Long.toString(s.correct()));
                row.add(Long.toString(s.misses()));
                row.add(Long.toString(s.falseAlarms()));
            }
            termRows.add(row.toArray(new String[0]));
        }
        table(out, termHead.toArray(new String[0]), termRows);
        if (quiet > 0) {
            out.append(String.format(Locale.ROOT, "(%d term(s) with no occurrence and no false alarm in any system left out; "
                    + "-o json and -o csv list every term)%n", quiet));
        }

        for (int s = 0; s < t.names().size(); s++) {
            List<Confusion> top = t.reports().get(s).topConfusions(ALL_CONFUSIONS);
            if (top.isEmpty()) {
                continue;
            }
            out.append("\nmost frequent misses of ").append(t.names().get(s)).append(" (term -> what was heard)\n");
            for (Confusion c : top) {
                out.append(String.format(Locale.ROOT, "  %6d  %s -> %s%n", c.count(), c.term(),
                        c.heard().isEmpty() ? "(deleted)" : c.heard()));
            }
        }
        if (t.hasSubstringCounts()) {
            out.append("\nsubstring counts: ").append(COUNT_METHOD).append('\n');
            List<String> countHead = new ArrayList<>(List.of("term", "reference"));
            countHead.addAll(t.names());
            List<String[]> countRows = new ArrayList<>();
            for (Term term : terms.terms()) {
                List<String> row = new ArrayList<>(List.of(term.written(), Long.toString(t.referenceSubstringCount(term.index()))));
                for (int s = 0; s < t.names().size(); s++) {
                    row.add(Long.toString(t.hypothesisSubstringCount(s, term.index())));
                }
                countRows.add(row.toArray(new String[0]));
            }
            table(out, countHead.toArray(new String[0]), countRows);
        }
        if (t.reports().get(0).hasDetails()) {
            for (int s = 0; s < t.names().size(); s++) {
                details(out, t.names().get(s), t.reports().get(s));
            }
        }
    }

    /** True when no system has an occurrence or a false alarm of {@code term}. */
    private static boolean silent(SystemTerms t, Term term) {
        for (TermReport r : t.reports()) {
            TermStats s = r.terms().get(term.index());
            if (s.occurrences() > 0 || s.falseAlarms() > 0) {
                return false;
            }
        }
        return true;
    }

    private static void details(Appendable out, String name, TermReport r) throws IOException {
        out.append("\noccurrences in ").append(name).append(" (utterance, reference tokens [from, to), term, class: hypothesis)\n");
        for (TermReport.OccurrenceDetail d : r.details()) {
            TermOccurrence o = d.occurrence();
            out.append(String.format(Locale.ROOT, "  %s [%d,%d) %s  %s: %s%n", d.utteranceId(), o.referenceFrom(), o.referenceTo(),
                    o.term().written(), o.match().id(), o.hypothesisTokens().isEmpty() ? "(nothing)" : String.join(" ", o.hypothesisTokens())));
        }
        out.append("false alarms in ").append(name).append(" (utterance, hypothesis tokens [from, to), term)\n");
        for (TermReport.FalseAlarmDetail d : r.falseAlarmDetails()) {
            FalseAlarm f = d.falseAlarm();
            out.append(String.format(Locale.ROOT, "  %s [%d,%d) %s: %s%n", d.utteranceId(), f.hypothesisFrom(), f.hypothesisTo(),
                    f.term().written(), String.join(" ", f.hypothesisTokens())));
        }
    }

    /** A table with the first column left-aligned and the others right-aligned. */
    private static void table(Appendable out, String[] head, List<String[]> rows) throws IOException {
        int[] width = new int[head.length];
        for (int k = 0; k < head.length; k++) {
            width[k] = head[k].length();
            for (String[] row : rows) {
                width[k] = Math.max(width[k], row[k].length());
            }
        }
        line(out, head, width);
        for (String[] row : rows) {
            line(out, row, width);
        }
    }

    private static void line(Appendable out, String[] cells, int[] width) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < cells.length; k++) {
            String pad = " ".repeat(width[k] - cells[k].length());
            if (k == 0) {
                sb.append(cells[k]).append(pad);
            } else {
                sb.append("  ").append(pad).append(cells[k]);
            }
        }
        out.append(sb.toString().stripTrailing()).append('\n');
    }
}
