package dev.werk.core.terms;

import dev.werk.core.io.TextFiles;
import java.util.ArrayList;
import java.util.List;

/**
 * An Amazon Transcribe custom vocabulary table split into its header and rows, unchecked: the
 * first line is the header, every later line a row, fields separated by tabs.
 */
final class VocabularyTable {
    static final String PHRASE = "Phrase";
    static final String IPA = "IPA";
    static final String SOUNDS_LIKE = "SoundsLike";
    static final String DISPLAY_AS = "DisplayAs";
    static final List<String> COLUMNS = List.of(PHRASE, IPA, SOUNDS_LIKE, DISPLAY_AS);

    /** One line after the header: its line number, its row number (1 = first after the header), its fields. */
    record Row(int line, int row, List<String> fields) {
        /** The field at {@code column}, or "" when the row is shorter. */
        String field(int column) {
            return column >= 0 && column < fields.size() ? fields.get(column) : "";
        }

        boolean blank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    final List<String> header;
    final List<Row> rows;

    private VocabularyTable(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    static VocabularyTable parse(String text) {
        List<String> header = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        TextFiles.forEachLine(text, (number, content) -> {
            List<String> fields = List.of(content.split("\t", -1));
            if (number == 1) {
                header.addAll(fields);
            } else {
                rows.add(new Row(number, number - 1, fields));
            }
        });
        return new VocabularyTable(List.copyOf(header), List.copyOf(rows));
    }

    /** The position of column {@code name} in the header, or -1. */
    int column(String name) {
        return header.indexOf(name);
    }

    /** The header's problems: unknown, repeated and missing columns, in that order; empty when it is right. */
    List<String> headerProblems() {
        List<String> problems = new ArrayList<>();
        if (header.isEmpty() || header.size() == 1 && header.get(0).isBlank()) {
            problems.add("no header: the first line names the columns Phrase, IPA, SoundsLike and DisplayAs, separated by tabs");
            return problems;
        }
        List<String> seen = new ArrayList<>();
        for (int k = 0; k < header.size(); k++) {
            String h = header.get(k);
            if (!COLUMNS.contains(h)) {
                problems.add("column " + (k + 1) + ": unknown column '" + h + "'" + hint(h));
            } else if (seen.contains(h)) {
                problems.add("column " + (k + 1) + ": column '" + h + "' appears twice");
            }
            seen.add(h);
        }
        for (String c : COLUMNS) {
            if (!header.contains(c)) {
                problems.add("missing column '" + c + "' (every table has Phrase, IPA, SoundsLike and DisplayAs, even empty)");
            }
        }
        return problems;
    }

    private static String hint(String h) {
        for (String c : COLUMNS) {
            if (c.equalsIgnoreCase(h.strip())) {
                return ": the column is called '" + c + "'";
            }
        }
        if (h.strip().contains(" ")) {
            return ": columns are separated by single tabs, not spaces";
        }
        return "; the columns are Phrase, IPA, SoundsLike and DisplayAs";
    }
}
