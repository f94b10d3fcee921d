package dev.werk.core.terms;

import dev.werk.core.io.TextFiles;
import dev.werk.core.io.WerkDataException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks an Amazon Transcribe custom vocabulary table against the service's rules: a header with
 * the four columns Phrase, IPA, SoundsLike and DisplayAs (any order), columns separated by single
 * tabs, a Phrase in every row, no spaces and no digits in Phrase, acronym letters each followed by
 * a period (the last too), entries of at most {@value #MAX_ENTRY} characters, a file of at most
 * {@value #MAX_BYTES} bytes (50 KB), and only characters of the language in Phrase and SoundsLike.
 * Reads only the file it is given; reports, never prints.
 */
public final class VocabularyCheck {
    /** Longest entry (any field) Transcribe accepts, in characters. */
    public static final int MAX_ENTRY = 256;
    /** Largest table Transcribe accepts: 50 KB. */
    public static final int MAX_BYTES = 50 * 1024;

    private static final Pattern ACRONYM = Pattern.compile("(\\p{L}\\.)+");

    /**
     * One problem of the table.
     *
     * @param line    the 1-based line of the file (0 for the file as a whole)
     * @param row     the row (1 = the first after the header; 0 for the header or the file)
     * @param column  the column's name, "header", or null when the row as a whole is wrong
     * @param message what is wrong and how to fix it
     */
    public record Problem(int line, int row, String column, String message) {
        /** {@code row 4, Phrase: …}, {@code header: …}, or the message alone for the file as a whole. */
        public String describe() {
            if (row == 0) {
                return column == null ? message : column + ": " + message;
            }
            return "row " + row + (column == null ? "" : ", " + column) + ": " + message;
        }
    }

    /**
     * The outcome: problems (the table would be refused) and warnings (it would be accepted).
     *
     * @param rows     the rows after the header
     * @param problems every problem, in file order
     * @param warnings notes that do not make the table invalid
     */
    public record Result(int rows, List<Problem> problems, List<String> warnings) {
        public Result {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }

        /** True when Transcribe would accept the table as far as these rules tell. */
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private VocabularyCheck() {
    }

    /**
     * Checks the table in {@code file} for {@code language} (a language code such as {@code
     * en-US}: English codes allow the letters a–z and A–Z in Phrase and SoundsLike; other codes any
     * Unicode letter).
     *
     * @throws WerkDataException when the file is not UTF-8
     */
    public static Result check(Path file, String language) throws IOException {
        long size = Files.size(file);
        Result r = check(TextFiles.readUtf8(file), language);
        if (size <= MAX_BYTES) {
            return r;
        }
        List<Problem> problems = new ArrayList<>();
        problems.add(new Problem(0, 0, null, "the file is " + size + " bytes; Transcribe accepts at most 50 KB ("
                + MAX_BYTES + " bytes)"));
        problems.addAll(r.problems());
        return new Result(r.rows(), problems, r.warnings());
    }

    /** Checks a table's text (see {@link #check(Path, String)}; the file size is not checked here). */
    public static Result check(String text, String language) {
        boolean english = language.toLowerCase(Locale.ROOT).startsWith("en");
        VocabularyTable table = VocabularyTable.parse(text);
        List<Problem> problems = new ArrayList<>();
        List<String> headerProblems = table.headerProblems();
        for (String p : headerProblems) {
            problems.add(new Problem(1, 0, "header", p));
        }
        int phrase = table.column(VocabularyTable.PHRASE);
        int ipa = table.column(VocabularyTable.IPA);
        int soundsLike = table.column(VocabularyTable.SOUNDS_LIKE);
        int filledHints = 0;
        for (VocabularyTable.Row row : table.rows) {
            int fields = row.fields().size();
            if (fields != table.header.size()) {
                problems.add(new Problem(row.line(), row.row(), null, fields + " field" + (fields == 1 ? "" : "s")
                        + " where the header has " + table.header.size()
                        + ": columns are separated by single tabs (an empty column keeps its tab)"));
            }
            for (int k = 0; k < fields; k++) {
                String value = row.fields().get(k);
                if (value.length() > MAX_ENTRY) {
                    problems.add(new Problem(row.line(), row.row(), columnName(table, k), value.length()
                            + " characters; an entry has at most " + MAX_ENTRY));
                }
            }
            if (phrase >= 0) {
                checkPhrase(row, row.field(phrase), english, problems);
            }
            if (soundsLike >= 0) {
                checkSoundsLike(row, row.field(soundsLike), english, problems);
            }
            if (!row.field(ipa).isEmpty() || !row.field(soundsLike).isEmpty()) {
                filledHints++;
            }
        }
        List<String> warnings = new ArrayList<>();
        if (filledHints > 0) {
            warnings.add("IPA or SoundsLike is filled in " + filledHints + " of " + table.rows.size()
                    + " rows: Amazon Transcribe ignores both columns today (only Phrase and DisplayAs are used)");
        }
        return new Result(table.rows.size(), problems, warnings);
    }

    private static String columnName(VocabularyTable table, int k) {
        String h = k < table.header.size() ? table.header.get(k) : "";
        return VocabularyTable.COLUMNS.contains(h) ? h : "column " + (k + 1);
    }

    private static void checkPhrase(VocabularyTable.Row row, String value, boolean english, List<Problem> out) {
        String col = VocabularyTable.PHRASE;
        if (value.isEmpty()) {
            out.add(new Problem(row.line(), row.row(), col, "empty; every row needs a Phrase"));
            return;
        }
        if (value.indexOf(' ') >= 0) {
            out.add(new Problem(row.line(), row.row(), col, "'" + value + "' has spaces; join the words with hyphens (Los-Angeles)"));
        }
        if (hasDigit(value)) {
            out.add(new Problem(row.line(), row.row(), col, "'" + value + "' has digits; spell numbers out (boto-three)"));
        }
        String bad = badCharacters(value, english, "-.'");
        if (!bad.isEmpty()) {
            out.add(new Problem(row.line(), row.row(), col, "'" + value + "' has characters the language does not allow: "
                    + bad + " (allowed: " + (english ? "a-z A-Z" : "letters") + " - . ')"));
        }
        for (String part : value.split("-")) {
            if (part.indexOf('.') >= 0 && !ACRONYM.matcher(part).matches()) {
                out.add(new Problem(row.line(), row.row(), col, "acronym '" + part + "' in '" + value
                        + "': each letter is followed by a period, the last one too (C.L.I., Dynamo-D.B.)"));
            }
        }
    }

    private static void checkSoundsLike(VocabularyTable.Row row, String value, boolean english, List<Problem> out) {
        if (value.isEmpty()) {
            return;
        }
        String col = VocabularyTable.SOUNDS_LIKE;
        if (value.indexOf(' ') >= 0) {
            out.add(new Problem(row.line(), row.row(), col, "'" + value + "' has spaces; separate the parts with hyphens"));
        }
        if (hasDigit(value)) {
            out.add(new Problem(row.line(), row.row(), col, "'" + value + "' has digits; spell numbers out"));
        }
        String bad = badCharacters(value, english, "-'");
        if (!bad.isEmpty()) {
            out.add(new Problem(row.line(), row.row(), col, "'" + value + "' has characters the language does not allow: "
                    + bad + " (allowed: " + (english ? "a-z A-Z" : "letters") + " - ')"));
        }
    }

    private static boolean hasDigit(String s) {
        return s.codePoints().anyMatch(Character::isDigit);
    }

    /** The distinct characters of {@code s} that are neither a letter of the language, nor in {@code extra}, nor a space or digit (reported apart). */
    private static String badCharacters(String s, boolean english, String extra) {
        StringBuilder bad = new StringBuilder();
        s.codePoints().forEach(c -> {
            boolean ok = c == ' ' || Character.isDigit(c) || extra.indexOf(c) >= 0
                    || (english ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    : Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK);
            String ch = new String(Character.toChars(c));
            if (!ok && bad.indexOf("'" + ch + "'") < 0) {
                bad.append(bad.length() == 0 ? "" : ", ").append('\'').append(ch).append('\'');
            }
        });
        return bad.toString();
    }
}
