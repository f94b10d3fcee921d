package dev.werk.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a report folder whole or not at all, as {@link OutputFile} does for one file: every file
 * goes into a temporary folder beside the target, which is then renamed into place. An earlier
 * report in the target is moved aside first and deleted only once the new one is in place; a
 * folder holding anything else is refused, so werk never deletes what it did not write.
 */
final class ReportFolder {
    /** A folder holding this file is an earlier werk report and may be replaced. */
    static final String MARK = "results.json";

    private ReportFolder() {
    }

    /** Refuses a target that cannot become a report folder, before any work. */
    static void check(Path target) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageException("--out " + target + ": the folder " + parent + " does not exist");
        }
        if (!Files.isWritable(parent)) {
            throw new UsageException("--out " + target + ": the folder " + parent + " is not writable");
        }
        if (Files.exists(target)) {
            if (!Files.isDirectory(target)) {
                throw new UsageException("--out " + target + ": is a file; give a folder for the report");
            }
            if (!empty(target) && !Files.isRegularFile(target.resolve(MARK))) {
                throw new UsageException("--out " + target + ": the folder holds other files and no werk report; "
                        + "give a new or empty folder");
            }
        }
    }

    /**
     * Writes {@code files} (name → bytes) as the folder {@code target}; a failed write (disk full, a
     * folder that vanished) is an {@link OutputException} (exit 5) and leaves no temporary folder.
     */
    static void write(Path target, Map<String, byte[]> files) throws IOException {
        check(target);
        try {
            replace(target, files);
        } catch (IOException e) {
            String reason = e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
            throw new OutputException(target.toString(), reason, false);
        }
    }

    private static void replace(Path target, Map<String, byte[]> files) throws IOException {
        Path abs = target.toAbsolutePath();
        Path parent = abs.getParent();
        String name = abs.getFileName().toString();
        Path tmp = Files.createTempDirectory(parent, "." + name + ".");
        Thread hook = new Thread(() -> quietlyDelete(tmp)); // SIGINT or SIGTERM while writing: no half report left
        Runtime.getRuntime().addShutdownHook(hook);
        Path old = null;
        try {
            readable(tmp);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(tmp.resolve(f.getKey()), f.getValue());
            }
            if (Files.exists(abs)) {
                old = Files.createTempDirectory(parent, "." + name + ".old.");
                Files.delete(old);
                move(abs, old);
            }
            move(tmp, abs);
        } catch (IOException | RuntimeException e) {
            if (old != null && !Files.exists(abs)) {
                move(old, abs); // put the earlier report back
                old = null;
            }
            throw e;
        } finally {
            deleteTree(tmp);
            if (old != null) {
                deleteTree(old);
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already stopping; the hook runs
            }
        }
    }

    private static void quietlyDelete(Path dir) {
        try {
            deleteTree(dir);
        } catch (IOException e) {
            // nothing more can be done while the JVM stops
        }
    }

    /** A temporary folder is private (rwx------); a report is for others to read, as a folder made by mkdir is. */
    private static void readable(Path dir) throws IOException {
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean empty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
