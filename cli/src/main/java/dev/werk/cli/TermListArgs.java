package dev.werk.cli;

import dev.werk.core.terms.TermListFormat;
import java.nio.file.Files;
import java.nio.file.Path;

/** The checks of {@code --terms FILE} and {@code --terms-format}, shared by terms, compare and report. */
final class TermListArgs {
    private TermListArgs() {
    }

    /**
     * The format named by {@code --terms-format}, or null to take it from the file; a usage error
     * for an unknown name or a term list that is not a file.
     */
    static TermListFormat check(Path terms, String format) {
        TermListFormat listFormat = null;
        if (format != null) {
            try {
                listFormat = TermListFormat.fromId(format);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--terms-format: " + e.getMessage());
            }
        }
        if (!Files.isRegularFile(terms)) {
            throw new UsageException("--terms " + terms + ": no such file");
        }
        return listFormat;
    }
}
