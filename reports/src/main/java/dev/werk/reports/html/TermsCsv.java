package dev.werk.reports.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The term tables of a report: {@code terms.csv} is {@code werk terms -o csv} over all items (one
 * row per term, each system's columns {@code NAME:correct} ... {@code NAME:f1}); {@code
 * terms-by-set.csv} has one row per set ({@code all} last), term and system. Undefined rates are
 * empty.
 */
final class TermsCsv {
    private static final String[] FIELDS = {"correct", "exact", "variant", "splitMerge", "misses", "falseAlarms", "recall",
        "precision", "f1"};

    /** {@code terms.csv}: the {@code werk terms -o csv} table of the set {@code all}. */
    static void writeAll(JsonNode results, Writer out) throws IOException {
        ICSVWriter csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
        JsonNode all = ReportData.find(results.path("terms").path("sets"), "name", "all");
        JsonNode systems = all.path("systems");
        List<String> header = new ArrayList<>(List.of("term", "occurrences"));
        for (JsonNode s : systems) {
            for (String f : FIELDS) {
                header.add(s.path("name").asText() + ":" + f);
            }
        }
        csv.writeNext(header.toArray(new String[0]), false);
        int n = systems.path(0).path("terms").size();
        for (int t = 0; t < n; t++) {
            List<String> row = new ArrayList<>();
            JsonNode first = systems.path(0).path("terms").path(t);
            row.add(first.path("term").asText());
            row.add(first.path("occurrences").asText());
            for (JsonNode s : systems) {
                JsonNode r = s.path("terms").path(t);
                for (String f : FIELDS) {
                    JsonNode v = r.path(f);
                    row.add(v.isNumber() ? v.asText() : "");
                }
            }
            csv.writeNext(row.toArray(new String[0]), false);
        }
        csv.flush();
    }

    static final String[] HEADER = {"set", "term", "system", "occurrences", "correct", "exact", "variant", "splitMerge", "misses",
        "falseAlarms", "recall", "precision", "f1"};

    private TermsCsv() {
    }

    /** {@code terms-by-set.csv}. */
    static void writeBySet(JsonNode results, Writer out) throws IOException {
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
