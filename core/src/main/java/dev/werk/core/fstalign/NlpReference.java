package dev.werk.core.fstalign;

import dev.werk.core.io.WerkDataException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A reference as fstalign scores it: its tokens in order with, for an NLP file, the entity label
 * of the {@code tags} column and the ids of the {@code wer_tags} column. Columns are found by the
 * header's names; fields are trimmed of spaces and tabs, as fstalign's CSV reader trims them; a
 * row with an empty token is skipped. A reference in any other format is a plain row of tokens
 * without entities (see {@link #ofTokens}).
 */
public final class NlpReference {
    private final Path file;
    private final List<RefRow> rows;
    private final boolean werTagsColumn;
    private final boolean nlp;

    private NlpReference(Path file, List<RefRow> rows, boolean werTagsColumn, boolean nlp) {
        this.file = file;
        this.rows = List.copyOf(rows);
        this.werTagsColumn = werTagsColumn;
        this.nlp = nlp;
    }

    /** Reads an NLP file ({@code token|speaker|ts|endTs|punctuation|case|tags|wer_tags}). */
    public static NlpReference read(Path file) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new WerkDataException(file, 0, "not valid UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = lines(text);
        int header = 0;
        while (header < lines.size() && lines.get(header).isBlank()) {
            header++;
        }
        if (header == lines.size()) {
            throw new WerkDataException(file, 0, "not an NLP file: it has no header line 'token|speaker|…'");
        }
        String[] names = lines.get(header).split("\\|", -1);
        int token = -1;
        int tags = -1;
        int werTags = -1;
        int speaker = -1;
        int punctuation = -1;
        int casing = -1;
        int ts = -1;
        int endTs = -1;
        int prepunctuation = -1;
        int confidence = -1;
        for (int k = 0; k < names.length; k++) {
            switch (trim(names[k]).toLowerCase(Locale.ROOT)) {
                case "token" -> token = token < 0 ? k : token;
                case "tags" -> tags = tags < 0 ? k : tags;
                case "wer_tags" -> werTags = werTags < 0 ? k : werTags;
                case "speaker" -> speaker = speaker < 0 ? k : speaker;
                case "punctuation" -> punctuation = punctuation < 0 ? k : punctuation;
                case "case" -> casing = casing < 0 ? k : casing;
                case "ts" -> ts = ts < 0 ? k : ts;
                case "endts" -> endTs = endTs < 0 ? k : endTs;
                case "prepunctuation" -> prepunctuation = prepunctuation < 0 ? k : prepunctuation;
                case "confidence" -> confidence = confidence < 0 ? k : confidence;
                default -> {
                    // fstalign's other columns play no part in its WER
                }
            }
        }
        if (token < 0) {
            throw new WerkDataException(file, header + 1, "not an NLP file: the header names no 'token' column");
        }
        List<RefRow> rows = new ArrayList<>();
        int[] bars = new int[names.length + 1];
        int[] writtenColumns = {tags, ts, endTs, prepunctuation, confidence};
        for (int k = header + 1; k < lines.size(); k++) {
            if (lines.get(k).isEmpty()) {
                continue;
            }
            String line = lines.get(k);
            // the line's '|' positions once: every column below is cut from them
            bars = bars(line, bars);
            String tk = field(line, bars, token);
            if (tk.isEmpty()) {
                continue;
            }
            String tagsField = field(line, bars, tags);
            String label = tags < 0 ? "" : bestLabel(tagsField, file, k + 1);
            List<String> ids = werTags < 0 ? List.of() : werTagIds(field(line, bars, werTags), file, k + 1);
            RefRow.Written written = RefRow.Written.of(line, writtenColumns);
            rows.add(new RefRow(tk, k + 1, label, ids, field(line, bars, speaker), field(line, bars, punctuation),
                    field(line, bars, casing), written));
        }
        return new NlpReference(file, rows, werTags >= 0, true);
    }

    /** The lines of {@code text}, split at LF or CRLF. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int k = 0; k <= n; k++) {
            if (k == n || text.charAt(k) == '\n') {
                int end = k > start && text.charAt(k - 1) == '\r' ? k - 1 : k;
                out.add(text.substring(start, end));
                start = k + 1;
            }
        }
        return out;
    }

    /** A reference without entities: the given tokens, numbered as lines 1, 2, … */
    public static NlpReference ofTokens(Path file, List<String> tokens) {
        List<RefRow> rows = new ArrayList<>(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            rows.add(new RefRow(tokens.get(k), k + 1, "", List.of()));
        }
        return new NlpReference(file, rows, false, false);
    }

    /** A reference of the given rows (tests). */
    static NlpReference of(List<RefRow> rows, boolean werTagsColumn) {
        return new NlpReference(null, rows, werTagsColumn, true);
    }

    /** True when read from an NLP file (so with its rows' case column): fstalign's case statistics need one. */
    public boolean isNlp() {
        return nlp;
    }

    /** The file read. */
    public Path file() {
        return file;
    }

    /** Number of tokens (rows). */
    public int size() {
        return rows.size();
    }

    /**
     * The reference as fstalign reads it with {@code --use-punctuation}: each row's punctuation a
     * token of its own after the row, after the whole entity for the rows of an entity (fstalign
     * emits the entity once, at its first row, and the punctuation it meets after it).
     */
    NlpReference withPunctuationTokens() {
        List<RefRow> out = new ArrayList<>(rows.size());
        int k = 0;
        while (k < rows.size()) {
            RefRow r = rows.get(k);
            int end = k + 1;
            if (!r.label().isEmpty()) {
                while (end < rows.size() && rows.get(end).label().equals(r.label())) {
                    end++;
                }
            }
            out.addAll(rows.subList(k, end));
            for (int j = k; j < end; j++) {
                RefRow p = rows.get(j);
                if (!p.punctuation().isEmpty()) {
                    out.add(new RefRow(p.punctuation(), p.line(), "", List.of(), p.speaker(), ""));
                }
            }
            k = end;
        }
        return new NlpReference(file, out, werTagsColumn, nlp);
    }

    /** The tokens, each followed by its punctuation as a token when {@code punctuation} (fstalign's {@code --use-punctuation}). */
    public List<String> tokens(boolean punctuation) {
        if (!punctuation) {
            return tokens();
        }
        List<String> out = new ArrayList<>(rows.size());
        for (RefRow r : rows) {
            out.add(r.token());
            if (!r.punctuation().isEmpty()) {
                out.add(r.punctuation());
            }
        }
        return out;
    }

    /** The tokens, in order. */
    public List<String> tokens() {
        List<String> out = new ArrayList<>(rows.size());
        for (RefRow r : rows) {
            out.add(r.token());
        }
        return out;
    }

    List<RefRow> rows() {
        return rows;
    }

    /**
     * Each row's times as fstalign's stitching reads a hypothesis NLP file, {@code {starts, ends}}:
     * {@code ts} and {@code endTs}, either alone for both, 0 without; a time that is not a number is 0.
     */
    public float[][] times() {
        float[] s = new float[rows.size()];
        float[] e = new float[rows.size()];
        for (int k = 0; k < s.length; k++) {
            RefRow.Written w = rows.get(k).written();
            float ts = time(w.ts());
            float end = time(w.endTs());
            s[k] = !w.ts().isEmpty() ? ts : end;
            e[k] = !w.endTs().isEmpty() ? end : ts;
        }
        return new float[][] {s, e};
    }

    private static float time(String t) {
        if (t.isEmpty()) {
            return 0f;
        }
        try {
            return Float.parseFloat(t);
        } catch (NumberFormatException ex) {
            return 0f;
        }
    }

    /** True when the header names a {@code wer_tags} column. */
    public boolean hasWerTagsColumn() {
        return werTagsColumn;
    }

    /** The label ids of the {@code tags} column, in order of first use. */
    Set<String> labelIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (RefRow r : rows) {
            if (!r.label().isEmpty()) {
                ids.add(r.labelId());
            }
        }
        return ids;
    }

    /** Every id the reference uses, in its {@code tags} or its {@code wer_tags} column. */
    Set<String> usedIds() {
        Set<String> ids = labelIds();
        for (RefRow r : rows) {
            ids.addAll(r.werTags());
        }
        return ids;
    }

    /** The line where {@code id} is first used, or 0. */
    int firstLineOf(String id) {
        for (RefRow r : rows) {
            if (r.labelId().equals(id) && !r.label().isEmpty() || r.werTags().contains(id)) {
                return r.line();
            }
        }
        return 0;
    }

    /**
     * The positions of {@code line}'s '|' characters in {@code into} (grown when the line has more),
     * {@code into[0]} their count.
     */
    private static int[] bars(String line, int[] into) {
        int n = 0;
        int at = line.indexOf('|');
        while (at >= 0) {
            if (n + 2 > into.length) {
                into = java.util.Arrays.copyOf(into, into.length * 2 + 2);
            }
            into[1 + n++] = at;
            at = line.indexOf('|', at + 1);
        }
        into[0] = n;
        return into;
    }

    /** The fields of {@code line} at {@code columns} (-1: none, empty), trimmed. */
    static String[] fields(String line, int[] columns) {
        int[] bars = bars(line, new int[16]);
        String[] out = new String[columns.length];
        for (int k = 0; k < columns.length; k++) {
            out[k] = field(line, bars, columns[k]);
        }
        return out;
    }

    /** Field {@code column} (-1: none, empty) of a line cut at {@code bars}, trimmed; empty when the row is shorter. */
    private static String field(String line, int[] bars, int column) {
        if (column < 0 || column > bars[0]) {
            return "";
        }
        int start = column == 0 ? 0 : bars[column] + 1;
        int end = column == bars[0] ? line.length() : bars[column + 1];
        return trim(line.substring(start, end));
    }

    /** Trims spaces and tabs only, as fstalign's {@code trim_chars<' ', '\t'>}. */
    static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (s.charAt(a) == ' ' || s.charAt(a) == '\t')) {
            a++;
        }
        while (b > a && (s.charAt(b - 1) == ' ' || s.charAt(b - 1) == '\t')) {
            b--;
        }
        return s.substring(a, b);
    }

    /** {@code ['0:CARDINAL']} → {@code 0:CARDINAL}; {@code []} or empty → empty; the first label of several. */
    static String bestLabel(String tags, Path file, int line) {
        List<String> labels = quoted(tags, file, line, "tags");
        if (labels.isEmpty()) {
            return "";
        }
        String label = labels.get(0);
        if (label.indexOf(':') <= 0) {
            throw new WerkDataException(file, line, "tags: label '" + label + "' is not 'id:CLASS'");
        }
        return label;
    }

    /** {@code ['89', '90']} → [89, 90]. */
    static List<String> werTagIds(String field, Path file, int line) {
        return quoted(field, file, line, "wer_tags");
    }

    /** The single-quoted items of a Python-style list: {@code ['a', 'b']}. */
    private static List<String> quoted(String field, Path file, int line, String column) {
        String s = field.strip();
        if (s.isEmpty() || s.equals("[]")) {
            return List.of();
        }
        if (!s.startsWith("[") || !s.endsWith("]")) {
            throw new WerkDataException(file, line, column + ": expected a list like ['1', '2'], not '" + field + "'");
        }
        List<String> out = new ArrayList<>();
        int k = 1;
        int end = s.length() - 1;
        while (k < end) {
            char c = s.charAt(k);
            if (c == ' ' || c == ',') {
                k++;
                continue;
            }
            if (c != '\'' && c != '"') {
                throw new WerkDataException(file, line, column + ": expected a list like ['1', '2'], not '" + field + "'");
            }
            int close = s.indexOf(c, k + 1);
            if (close < 0 || close > end) {
                throw new WerkDataException(file, line, column + ": unclosed quote in '" + field + "'");
            }
            out.add(s.substring(k + 1, close));
            k = close + 1;
        }
        return out;
    }
}
