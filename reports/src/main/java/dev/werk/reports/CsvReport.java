package dev.werk.reports;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import dev.werk.core.CorpusScore;
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
        ICSVWriter csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
        csv.writeNext(HEADER, false);
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
            csv.writeNext(row, false);
        }
        csv.flush();
    }
}
