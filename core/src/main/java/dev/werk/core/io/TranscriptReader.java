package dev.werk.core.io;

import dev.werk.core.text.Whitespace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads transcripts in every {@link TranscriptFormat}. Parsing only: no normalisation, no
 * tokenising. Every problem in the data ends in a {@link WerkDataException} naming the file and the
 * line (or, for JSON, the path of the offending value).
 */
public final class TranscriptReader {
    private TranscriptReader() {
    }

    /** Reads {@code file} in the given format, with every check on ({@link ReadOptions#STRICT}). */
    public static Transcript read(Path file, TranscriptFormat format) throws IOException {
        return read(file, format, ReadOptions.STRICT);
    }

    /** Reads {@code file} in the given format with the given checks. */
    public static Transcript read(Path file, TranscriptFormat format, ReadOptions options) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new WerkDataException(file, 0, "no such file");
        }
        return parse(bytes, file, format, options);
    }

    /**
     * Reads a whole file's bytes already in memory (standard input, say) as {@link #read} reads a
     * file: strict UTF-8, then the format; {@code source} names it in errors.
     */
    public static Transcript parse(byte[] bytes, Path source, TranscriptFormat format, ReadOptions options) {
        return parse(TextDecoding.utf8(bytes, source), source, format, options);
    }

    /** Reads {@code file} in the format its extension implies (see {@link TranscriptFormat#fromExtension}). */
    public static Transcript read(Path file) throws IOException {
        return read(file, TranscriptFormat.fromExtension(file));
    }

    /** Parses text already in memory; {@code source} only names it in errors (may be null). */
    public static Transcript parse(String text, Path source, TranscriptFormat format) {
        return parse(text, source, format, ReadOptions.STRICT);
    }

    /** As {@link #parse(String, Path, TranscriptFormat)}, with the given checks. */
    public static Transcript parse(String text, Path source, TranscriptFormat format, ReadOptions options) {
        switch (format) {
            case STM:
                return StmParser.parse(text, source);
            case CTM:
                return CtmParser.parse(text, source, options.negativeDurations());
            case NLP:
                return NlpParser.parse(text, source);
            case TRANSCRIBE:
                return TranscribeJsonParser.parse(text, source);
            default:
                return lines(text, source, format);
        }
    }

    /** Plain, trn and Kaldi text: one utterance per line. */
    private static Transcript lines(String text, Path source, TranscriptFormat format) {
        LineReader r = new LineReader(format, source);
        TextLines.forEach(text, r);
        return new Transcript(source, format, r.out);
    }

    /**
     * One line-format file's utterances, line by line. A class, not a lambda: folders are read on
     * several threads at once, and a lambda first linked by two threads together is spun anew
     * (for each of them) instead of coming from the launcher's class-data archive, 1–2 ms a time.
     */
    private static final class LineReader implements TextLines.LineVisitor {
        private final TranscriptFormat format;
        private final Path source;
        private final Map<String, Integer> firstLine;
        final List<Utterance> out = new ArrayList<>();

        LineReader(TranscriptFormat format, Path source) {
            this.format = format;
            this.source = source;
            this.firstLine = format.hasIds() ? new HashMap<>() : null;
        }

        @Override
        public void line(int line, String content) {
            Utterance u = switch (format) {
                case PLAIN -> new Utterance(Integer.toString(line), line, content);
                case TRN -> trnLine(content, line, source);
                case KALDI -> kaldiLine(content, line);
                default -> throw new IllegalStateException("not a line format: " + format);
            };
            if (u == null) {
                return;
            }
            if (firstLine != null) {
                Integer seen = firstLine.putIfAbsent(u.id(), line);
                if (seen != null) {
                    throw new WerkDataException(source, line, "duplicate utterance id '" + u.id() + "' (first seen on line " + seen + ")");
                }
            }
            out.add(u);
        }
    }

    /** {@code words (id)}; null for a blank line or a comment (a line starting with {@code ;;}, as in sclite). */
    private static Utterance trnLine(String content, int line, Path source) {
        if (content.startsWith(";;")) {
            return null;
        }
        int end = content.length();
        while (end > 0 && Whitespace.isSpace(content.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return null;
        }
        if (content.charAt(end - 1) != ')') {
            throw new WerkDataException(source, line, "a trn line must end with its utterance id in parentheses, as in 'words (utt_id)'");
        }
        int open = content.lastIndexOf('(', end - 1);
        if (open < 0) {
            throw new WerkDataException(source, line, "unbalanced ')' : a trn line must end with '(utt_id)'");
        }
        String id = Whitespace.strip(content.substring(open + 1, end - 1));
        if (id.isEmpty()) {
            throw new WerkDataException(source, line, "empty utterance id '()'");
        }
        return new Utterance(id, line, content.substring(0, open));
    }

    /** {@code id words…}; null for a blank line. */
    private static Utterance kaldiLine(String content, int line) {
        int k = 0;
        int n = content.length();
        while (k < n && Whitespace.isSpace(content.charAt(k))) {
            k++;
        }
        if (k == n) {
            return null;
        }
        int start = k;
        while (k < n && !Whitespace.isSpace(content.charAt(k))) {
            k++;
        }
        return new Utterance(content.substring(start, k), line, content.substring(k));
    }
}
