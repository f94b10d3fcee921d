package dev.werk.reports;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import dev.werk.core.metrics.Counts;
import dev.werk.core.terms.SystemTerms;
import dev.werk.core.terms.TermStats;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** {@code werk terms --entities -o csv}: one row per entity class and a last row of all entities. */
final class EntityTermsCsv {
    /** The first cell of the pooled row. */
    static final String ALL = "all entities";

    private EntityTermsCsv() {
    }

    static void write(SystemTerms t, Writer out) throws IOException {
        ICSVWriter csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
        List<String> header = new ArrayList<>(List.of("class", "occurrences"));
        String[] fields = {"correct", "exact", "variant", "splitMerge", "misses", "recall", "referenceWords", "errors", "bWer"};
        for (String name : t.names()) {
            for (String f : fields) {
                header.add(name + ":" + f);
            }
        }
        csv.writeNext(header.toArray(new String[0]), false);
        int classes = t.terms().terms().size();
        for (int c = 0; c <= classes; c++) {
            int k = c == classes ? -1 : c;
            List<String> row = new ArrayList<>();
            row.add(k < 0 ? ALL : t.terms().terms().get(k).written());
            row.add(Long.toString(EntityTermsText.stats(t.reports().get(0), k).occurrences()));
            for (int sys = 0; sys < t.reports().size(); sys++) {
                TermStats s = EntityTermsText.stats(t.reports().get(sys), k);
                row.add(Long.toString(s.correct()));
                row.add(Long.toString(s.exact()));
                row.add(Long.toString(s.variant()));
                row.add(Long.toString(s.splitMerge()));
                row.add(Long.toString(s.misses()));
                row.add(rate(s.recall()));
                Counts counts = EntityTermsText.counts(t, sys, k);
                row.add(Long.toString(counts.referenceWords()));
                row.add(Long.toString(counts.errors()));
                row.add(rate(EntityTermsText.bWer(t, sys, k)));
            }
            csv.writeNext(row.toArray(new String[0]), false);
        }
        csv.flush();
    }

    private static String rate(double r) {
        return Double.isNaN(r) ? "" : Double.toString(r);
    }
}
