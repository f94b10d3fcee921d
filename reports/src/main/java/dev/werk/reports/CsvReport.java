package dev.werk.reports;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import dev.werk.core.CorpusScore;
import dev.werk.core.SystemsScore;
import dev.werk.core.UtteranceScore;
import dev.werk.core.metrics.Counts;
import java.io.IOException;
import java.io.Writer;

/**
 * One CSV row per utterance, with a header; the pooled totals are not a row (they are not an
 * utterance). Every row names the cost model, normaliser and unit, so a row copied elsewhere still
 * says what produced its numbers.
 */
public final class CsvReport {
    static final String[] HEADER = {"id", "referenceWords", "hypothesisWords", "hits", "substitutions",
        "deletions", "insertions", "errors", "wer", "hypothesisMissing", "cost", "normalizer", "unit"};

    private CsvReport() {
    }

    /** Writes the per-utterance table of {@code score}; an undefined rate is an empty cell. */
    public static void write(CorpusScore score, Writer out) throws IOException {
        ICSVWriter csv = writer(out);
        csv.writeNext(HEADER, false);
        rows(score, null, csv);
        csv.flush();
    }

    /** Writes every system's per-utterance rows, each row led by a {@code system} column with the system's name. */
    public static void write(SystemsScore score, Writer out) throws IOException {
        ICSVWriter csv = writer(out);
        String[] header = new String[HEADER.length + 1];
        header[0] = "system";
        System.arraycopy(HEADER, 0, header, 1, HEADER.length);
        csv.writeNext(header, false);
        for (int s = 0; s < score.names().size(); s++) {
            rows(score.systems().get(s), score.names().get(s), csv);
        }
        csv.flush();
    }

    private static ICSVWriter writer(Writer out) {
        return new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
    }

    private static void rows(CorpusScore score, String system, ICSVWriter csv) {
        int shift = system == null ? 0 : 1;
        String[] full = new String[HEADER.length + shift];
        if (system != null) {
            full[0] = system;
        }
        String[] row = new String[HEADER.length];
        for (UtteranceScore u : score.utterances()) {
            Counts c = u.counts();
            double wer = u.measures().wer();
            row[0] = u.id();
            row[1] = Long.toString(c.referenceWords());
            row[2] = Long.toString(c.hypothesisWords());
            row[3] = Long.toString(c.hits());
            row[4] = Long.toString(c.substitutions());
            row[5] = Long.toString(c.deletions());
            row[6] = Long.toString(c.insertions());
            row[7] = Long.toString(c.errors());
            row[8] = Double.isNaN(wer) ? "" : Double.toString(wer);
            row[9] = Boolean.toString(u.hypothesisMissing());
            row[10] = score.options().cost().id();
            row[11] = score.options().normalizerName();
            row[12] = score.options().unit().id();
            System.arraycopy(row, 0, full, shift, row.length);
            csv.writeNext(full, false);
        }
    }
}
