package dev.werk.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code terms.csv} of a report: one row per set, term and system (sets in result order, {@code
 * all} last), with the counts and rates of {@code werk terms}; undefined rates are empty.
 */
final class TermsCsv {
    static final String[] HEADER = {"set", "term", "system", "occurrences", "correct", "exact", "variant", "splitMerge", "misses",
        "falseAlarms", "recall", "precision", "f1"};

    private TermsCsv() {
    }

    static void write(JsonNode results, Writer out) throws IOException {
        ICSVWriter csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
        csv.writeNext(HEADER, false);
        for (JsonNode set : results.path("terms").path("sets")) {
            JsonNode systems = set.path("systems");
            int n = systems.path(0).path("terms").size();
            for (int t = 0; t < n; t++) {
                for (JsonNode s : systems) {
                    JsonNode row = s.path("terms").path(t);
                    List<String> cells = new ArrayList<>();
                    cells.add(set.path("name").asText());
                    cells.add(row.path("term").asText());
                    cells.add(s.path("name").asText());
                    for (int k = 3; k < HEADER.length; k++) {
                        JsonNode v = row.path(HEADER[k]);
                        cells.add(v.isNumber() ? v.asText() : "");
                    }
                    csv.writeNext(cells.toArray(new String[0]), false);
                }
            }
        }
        csv.flush();
    }
}
