package dev.werk.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file whole or not at all: into a temporary file beside the target, then moved
 * over it. A failure leaves any previous file untouched and no partial file behind.
 */
final class OutputFile {
    /** Writes the report body. */
    @FunctionalInterface
    interface Body {
        void writeTo(Writer out) throws IOException;
    }

    private OutputFile() {
    }

    /**
     * Checks that {@code target} can be written (its folder exists and it is not a folder), so a
     * command can refuse a bad --out before doing any work; returns the folder. Null is stdout.
     */
    static Path check(Path target) {
        if (target == null) {
            return null;
        }
        if (Files.isDirectory(target)) {
            throw new UsageException("--out " + target + ": is a directory; give a file name");
        }
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UsageException("--out " + target + ": the folder " + dir + " does not exist");
        }
        if (!Files.isWritable(dir)) {
            throw new UsageException("--out " + target + ": the folder " + dir + " is not writable");
        }
        return dir;
    }

    /** Writes {@code body} to {@code target} atomically, or to {@code stdout} when target is null. */
    static void write(Path target, PrintWriter stdout, Body body) throws IOException {
        if (target == null) {
            body.writeTo(stdout);
            stdout.flush();
            return;
        }
        Path dir = check(target);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
        try {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), 1 << 16)) {
                body.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
