package dev.werk.reports;

import dev.werk.core.Provenance;
import dev.werk.core.terms.Confusion;
import dev.werk.core.terms.FalseAlarm;
import dev.werk.core.terms.SystemTerms;
import dev.werk.core.terms.Term;
import dev.werk.core.terms.TermOccurrence;
import dev.werk.core.terms.TermReport;
import dev.werk.core.terms.TermSet;
import dev.werk.core.terms.TermStats;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** {@code werk terms}' text report: per system, per term, the most frequent misses. */
final class TermsText {
    private TermsText() {
    }

    /** The summary per system, one row per term with each system's correct / misses / false alarms, and the top confusions. */
    static void write(SystemTerms t, Appendable out) throws IOException {
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
            out.append("(" + quiet + " term(s) with no occurrence and no false alarm in any system left out; "
                    + "-o json and -o csv list every term)" + System.lineSeparator());
        }

        for (int s = 0; s < t.names().size(); s++) {
            List<Confusion> top = t.reports().get(s).topConfusions(TermsReport.ALL_CONFUSIONS);
            if (top.isEmpty()) {
                continue;
            }
            out.append("\nmost frequent misses of ").append(t.names().get(s)).append(" (term -> what was heard)\n");
            for (Confusion c : top) {
                out.append("  " + Numbers.right(Long.toString(c.count()), 6) + "  " + c.term() + " -> "
                        + (c.heard().isEmpty() ? "(deleted)" : c.heard()) + System.lineSeparator());
            }
        }
        if (t.hasSubstringCounts()) {
            out.append("\nsubstring counts: ").append(TermsReport.COUNT_METHOD).append('\n');
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
            out.append("  " + d.utteranceId() + " [" + o.referenceFrom() + "," + o.referenceTo() + ") " + o.term().written() + "  "
                    + o.match().id() + ": " + (o.hypothesisTokens().isEmpty() ? "(nothing)" : String.join(" ", o.hypothesisTokens()))
                    + System.lineSeparator());
        }
        out.append("false alarms in ").append(name).append(" (utterance, hypothesis tokens [from, to), term)\n");
        for (TermReport.FalseAlarmDetail d : r.falseAlarmDetails()) {
            FalseAlarm f = d.falseAlarm();
            out.append("  " + d.utteranceId() + " [" + f.hypothesisFrom() + "," + f.hypothesisTo() + ") " + f.term().written() + ": "
                    + String.join(" ", f.hypothesisTokens()) + System.lineSeparator());
        }
    }

    /** A table with the first column left-aligned and the others right-aligned. */
    static void table(Appendable out, String[] head, List<String[]> rows) throws IOException {
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
