package dev.werk.reports;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import dev.werk.core.terms.SystemTerms;
import dev.werk.core.terms.Term;
import dev.werk.core.terms.TermReport;
import dev.werk.core.terms.TermStats;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** {@code werk terms -o csv}: one row per term, each system's columns side by side. */
final class TermsCsv {
    private TermsCsv() {
    }

    /**
     * One row per term: {@code term,occurrences}, then per system {@code NAME:correct},
     * {@code NAME:exact}, {@code NAME:variant}, {@code NAME:splitMerge}, {@code NAME:misses},
     * {@code NAME:falseAlarms}, {@code NAME:recall}, {@code NAME:precision}, {@code NAME:f1}
     * (undefined rates are empty cells); with substring counts, {@code reference:substringCount}
     * and {@code NAME:substringCount}.
     */
    static void write(SystemTerms t, Writer out) throws IOException {
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
}
