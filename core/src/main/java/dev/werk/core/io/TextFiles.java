package dev.werk.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reading text files the way every werk reader does, for readers outside this package (term
 * lists, vocabulary tables): strict UTF-8 with a leading BOM dropped, lines ended by LF or CRLF.
 */
public final class TextFiles {
    /** Receives each line without its line end, with its 1-based number. */
    @FunctionalInterface
    public interface LineVisitor {
        void line(int number, String content);
    }

    private TextFiles() {
    }

    /**
     * The file's text.
     *
     * @throws WerkDataException naming the line of the first byte that is not UTF-8
     */
    public static String readUtf8(Path file) throws IOException {
        return TextDecoding.utf8(Files.readAllBytes(file), file);
    }

    /** Calls {@code visitor} for every line of {@code text}; a final line end adds no empty line. */
    public static void forEachLine(String text, LineVisitor visitor) {
        TextLines.forEach(text, visitor::line);
    }
}
