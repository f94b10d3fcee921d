package dev.werk.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code summary.csv} of a report: the {@code werk compare -o csv} table, written from a saved
 * {@code werk compare -o json} result instead of the comparison itself, cell for cell the same
 * (numbers as Java prints a double, undefined values empty).
 */
public final class SummaryCsv {
    private static final String[] TESTS = {"mapsswe", "sign", "wilcoxon", "mcnemar"};

    private SummaryCsv() {
    }

    /** Writes the table of {@code results} (a compare JSON tree). */
    public static void write(JsonNode results, Writer out) throws IOException {
        ICSVWriter csv = new CSVWriter(out, ICSVWriter.DEFAULT_SEPARATOR, ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
        String baseline = results.path("baseline").asText();
        csv.writeNext(CompareCsv.HEADER, false);
        for (JsonNode it : results.path("items")) {
            for (JsonNode s : it.path("systems")) {
                List<String> row = start("item", it.path("set"), it.path("name").asText(), s.path("name").asText(), baseline, s);
                row.add(num(s.path("wer")));
                pad(row);
                csv.writeNext(row.toArray(new String[0]), false);
            }
        }
        for (JsonNode set : results.path("sets")) {
            for (JsonNode sys : set.path("systems")) {
                List<String> row = start("set", set.path("name"), "", sys.path("name").asText(), baseline, sys);
                row.add(num(sys.path("wer")));
                interval(row, sys.path("werCi"));
                for (JsonNode cc : set.path("comparisons")) {
                    if (cc.path("system").asText().equals(sys.path("name").asText())) {
                        row.add(num(cc.path("absoluteChange")));
                        interval(row, cc.path("absoluteChangeCi"));
                        row.add(num(cc.path("relativeChange")));
                        interval(row, cc.path("relativeChangeCi"));
                        row.add(num(cc.path("probabilityOfImprovement")));
                        for (String t : TESTS) {
                            row.add(num(cc.path("tests").path(t).path("p")));
                        }
                    }
                }
                pad(row);
                csv.writeNext(row.toArray(new String[0]), false);
            }
        }
        csv.flush();
    }

    private static List<String> start(String kind, JsonNode set, String item, String system, String baseline, JsonNode c) {
        List<String> row = new ArrayList<>(CompareCsv.HEADER.length);
        row.add(kind);
        row.add(set.isTextual() ? set.asText() : "");
        row.add(item);
        row.add(system);
        row.add(baseline);
        for (String f : new String[] {"referenceWords", "hits", "substitutions", "deletions", "insertions", "errors"}) {
            row.add(Long.toString(c.path(f).asLong()));
        }
        return row;
    }

    private static void pad(List<String> row) {
        while (row.size() < CompareCsv.HEADER.length) {
            row.add("");
        }
    }

    private static void interval(List<String> row, JsonNode ci) {
        boolean ok = ci.isArray() && ci.size() == 2;
        row.add(ok ? num(ci.get(0)) : "");
        row.add(ok ? num(ci.get(1)) : "");
    }

    private static String num(JsonNode v) {
        return v != null && v.isNumber() ? Double.toString(v.doubleValue()) : "";
    }
}
