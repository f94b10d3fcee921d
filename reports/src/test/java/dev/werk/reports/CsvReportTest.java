package dev.werk.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import dev.werk.core.CorpusScore;
import dev.werk.core.ScoreOptions;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReportTest {
    private static final double EPS = 1e-12;

    private static List<String[]> render(CorpusScore score) throws IOException, CsvException {
        StringWriter out = new StringWriter();
        CsvReport.write(score, out);
        try (CSVReader reader = new CSVReader(new StringReader(out.toString()))) {
            return reader.readAll();
        }
    }

    @Test
    void oneRowPerUtteranceWithAHeader() throws IOException, CsvException {
        List<String[]> rows = render(Fixtures.corpus());
        assertArrayEquals(new String[] {"id", "referenceWords", "hypothesisWords", "hits", "substitutions",
            "deletions", "insertions", "errors", "wer", "hypothesisMissing", "cost", "normalizer", "unit"}, rows.get(0));
        assertEquals(5, rows.size(), "header + 4 utterances, no totals row");
        assertArrayEquals(new String[] {"utt1", "6", "5", "4", "1", "1", "0", "2"}, java.util.Arrays.copyOf(rows.get(1), 8));
        assertEquals(2.0 / 6, Double.parseDouble(rows.get(1)[8]), EPS);
        assertEquals("false", rows.get(1)[9]);
        assertArrayEquals(new String[] {"utt2", "2", "2", "2", "0", "0", "0", "0", "0.0", "false"},
                java.util.Arrays.copyOf(rows.get(2), 10));
        assertArrayEquals(new String[] {"utt3", "0", "1", "0", "0", "0", "1", "1", "", "false"},
                java.util.Arrays.copyOf(rows.get(3), 10), "an undefined rate is an empty cell");
        assertArrayEquals(new String[] {Fixtures.corpus().options().cost().id(), Fixtures.corpus().options().normalizerName(),
            "word"}, java.util.Arrays.copyOfRange(rows.get(1), 10, 13), "each row names cost, normaliser and unit");
        assertEquals("utt4", rows.get(4)[0]);
        assertEquals(1.0 / 3, Double.parseDouble(rows.get(4)[8]), EPS);
    }

    @Test
    void idsWithCommasAndQuotesRoundTrip() throws IOException, CsvException {
        String id = "a,\"b\" c";
        CorpusScore s = Fixtures.score("x y (" + id + ")\nz (plain)\n", "x (" + id + ")\n", ScoreOptions.defaults());
        List<String[]> rows = render(s);
        assertEquals(3, rows.size());
        assertEquals(id, rows.get(1)[0]);
        assertEquals("1", rows.get(1)[5], "one deletion");
        assertArrayEquals(new String[] {"plain", "1", "0", "0", "0", "1", "0", "1", "1.0", "true", "levenshtein", "none", "word"},
                rows.get(2));
    }

    @Test
    void emptyCorpusIsTheHeaderAlone() throws IOException, CsvException {
        List<String[]> rows = render(Fixtures.score("", "", ScoreOptions.defaults()));
        assertEquals(1, rows.size());
        assertEquals("id", rows.get(0)[0]);
    }
}
