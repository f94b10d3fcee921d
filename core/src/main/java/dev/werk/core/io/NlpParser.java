package dev.werk.core.io;

import dev.werk.core.text.Whitespace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * fstalign NLP: a header line naming the pipe-separated columns
 * ({@code token|speaker|ts|endTs|punctuation|case|tags|wer_tags}; only {@code token} is required),
 * then one token per line. The whole file is one utterance whose id is the file's base name and
 * whose words are the tokens in file order; speaker and times ({@code ts}, {@code endTs}, each may
 * be empty) are kept per word. A token holding whitespace yields one word per piece, an empty
 * token none. Punctuation, case and tag columns are not part of the text. A time that is not a
 * number is read as unknown rather than refused (one too large for a double, such as {@code 1e400},
 * is refused): times play no part in scoring an NLP file, and
 * the Earnings-21 references themselves have a row with {@code .} in {@code endTs}
 * ({@code 4346923.nlp}, line 1576).
 */
final class NlpParser {
    private NlpParser() {
    }

    /** The column positions the header names; -1 when absent. */
    private record Columns(int token, int speaker, int ts, int endTs, int count) {
        static Columns of(String header, Path source, int line) {
            String[] names = header.split("\\|", -1);
            int token = -1;
            int speaker = -1;
            int ts = -1;
            int endTs = -1;
            for (int k = 0; k < names.length; k++) {
                switch (Whitespace.strip(names[k]).toLowerCase(Locale.ROOT)) {
                    case "token" -> token = token < 0 ? k : token;
                    case "speaker" -> speaker = speaker < 0 ? k : speaker;
                    case "ts" -> ts = ts < 0 ? k : ts;
                    case "endts" -> endTs = endTs < 0 ? k : endTs;
                    default -> {
                        // other columns are not needed for scoring
                    }
                }
            }
            if (token < 0) {
                throw new WerkDataException(source, line, "not an NLP file: the first line must be a header naming "
                        + "the columns, as in 'token|speaker|ts|endTs|punctuation|case|tags'");
            }
            int needed = Math.max(Math.max(token, speaker), Math.max(ts, endTs)) + 1;
            return new Columns(token, speaker, ts, endTs, needed);
        }
    }

    static Transcript parse(String text, Path source) {
        List<TimedWord> words = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        Columns[] columns = new Columns[1];
        int[] firstRow = new int[1];
        TextLines.forEach(text, (line, content) -> {
            if (content.isEmpty()) {
                return;
            }
            if (columns[0] == null) {
                columns[0] = Columns.of(content, source, line);
                return;
            }
            Columns c = columns[0];
            String[] f = fields(content, c.count());
            if (f == null) {
                throw new WerkDataException(source, line, "an NLP row needs at least " + c.count()
                        + " '|'-separated fields as the header says, but has " + content.split("\\|", -1).length);
            }
            double start = time(f, c.ts(), "ts", source, line);
            double end = time(f, c.endTs(), "endTs", source, line);
            String speaker = c.speaker() < 0 || f[c.speaker()].isEmpty() ? null : f[c.speaker()];
            for (String piece : TextLines.fields(f[c.token()])) {
                words.add(new TimedWord(piece, start, end, Double.NaN, speaker));
                tokens.add(piece);
            }
            if (firstRow[0] == 0) {
                firstRow[0] = line;
            }
        });
        if (columns[0] == null) {
            throw new WerkDataException(source, 0, "not an NLP file: it is empty, without even the header line "
                    + "'token|speaker|ts|endTs|…'");
        }
        Utterance u = new Utterance(FileNames.baseName(source), firstRow[0], String.join(" ", tokens), words);
        return new Transcript(source, TranscriptFormat.NLP, List.of(u));
    }

    /**
     * The first {@code count} '|'-separated fields of {@code row} (the rest of the row, punctuation,
     * case and tags, is not needed), or null when it has fewer. Cut by hand: a split of every
     * column made most of the reading time on long calls.
     */
    private static String[] fields(String row, int count) {
        String[] out = new String[count];
        int from = 0;
        for (int k = 0; k < count; k++) {
            int bar = row.indexOf('|', from);
            if (bar < 0) {
                if (k < count - 1) {
                    return null;
                }
                out[k] = row.substring(from);
                return out;
            }
            out[k] = row.substring(from, bar);
            from = bar + 1;
        }
        return out;
    }

    /** A time, NaN when absent or not a number; one too large for a double is bad data. */
    private static double time(String[] f, int column, String name, Path source, int line) {
        if (column < 0 || Whitespace.isBlank(f[column])) {
            return Double.NaN;
        }
        double t;
        try {
            t = Double.parseDouble(Whitespace.strip(f[column]));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
        if (Double.isInfinite(t)) {
            throw new WerkDataException(source, line, Times.overflow(name, Whitespace.strip(f[column])));
        }
        return t;
    }
}
