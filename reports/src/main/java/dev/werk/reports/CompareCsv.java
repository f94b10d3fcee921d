package dev.werk.reports;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import dev.werk.core.experiment.Comparison;
import dev.werk.core.experiment.Results;
import dev.werk.core.metrics.Counts;
import dev.werk.core.stats.Interval;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code werk compare -o csv}: one table; {@code row} is {@code item} (one row per item and
 * system) or {@code set} (one row per set, {@code all} last, and system); comparison columns are
 * empty for the baseline and on item rows; undefined values are empty.
 */
public final class CompareCsv {
    static final String[] HEADER = {"row", "set", "item", "system", "baseline", "referenceWords", "hits", "substitutions",
        "deletions", "insertions", "errors", "wer", "werCiLow", "werCiHigh", "absoluteChange", "absoluteChangeCiLow",
        "absoluteChangeCiHigh", "relativeChange", "relativeChangeCiLow", "relativeChangeCiHigh", "probabilityOfImprovement",
        "mapssweP", "signP", "wilcoxonP", "mcnemarP"};

    private CompareCsv() {
    }

    public static void write(Comparison c, Writer out) throws IOException {
        ICSVWriter csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
        csv.writeNext(HEADER, false);
        for (Results.ItemScore is : c.items()) {
            for (int s = 0; s < c.systems().size(); s++) {
                List<String> row = start("item", is.item().set(), is.item().name(), c.systems().get(s), c.baseline(), is.counts().get(s));
                row.add(num(is.wer().get(s)));
                while (row.size() < HEADER.length) {
                    row.add("");
                }
                csv.writeNext(row.toArray(new String[0]), false);
            }
        }
        for (Results.SetScore set : c.sets()) {
            for (Results.SystemScore sys : set.systems()) {
                List<String> row = start("set", set.name(), "", sys.name(), c.baseline(), sys.counts());
                row.add(num(sys.wer()));
                interval(row, sys.werCi());
                Results.CandidateComparison cc = null;
                for (Results.CandidateComparison k : set.comparisons()) {
                    if (k.system().equals(sys.name())) {
                        cc = k;
                    }
                }
                if (cc != null) {
                    row.add(num(cc.absoluteChange()));
                    interval(row, cc.absoluteChangeCi());
                    row.add(num(cc.relativeChange()));
                    interval(row, cc.relativeChangeCi());
                    row.add(num(cc.probabilityOfImprovement()));
                    for (Results.Verdict v : cc.tests().verdicts()) {
                        row.add(num(v.p()));
                    }
                }
                while (row.size() < HEADER.length) {
                    row.add("");
                }
                csv.writeNext(row.toArray(new String[0]), false);
            }
        }
        csv.flush();
    }

    private static List<String> start(String kind, String set, String item, String system, String baseline, Counts c) {
        List<String> row = new ArrayList<>(HEADER.length);
        row.add(kind);
        row.add(set == null ? "" : set);
        row.add(item);
        row.add(system);
        row.add(baseline);
        row.add(Long.toString(c.referenceWords()));
        row.add(Long.toString(c.hits()));
        row.add(Long.toString(c.substitutions()));
        row.add(Long.toString(c.deletions()));
        row.add(Long.toString(c.insertions()));
        row.add(Long.toString(c.errors()));
        return row;
    }

    private static void interval(List<String> row, Interval i) {
        row.add(i == null ? "" : num(i.lower()));
        row.add(i == null ? "" : num(i.upper()));
    }

    private static String num(Double v) {
        return v == null || !Double.isFinite(v) ? "" : Double.toString(v);
    }
}
