package dev.werk.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an output whole or not at all, without harming what is already there.
 *
 * <ul>
 *   <li>A regular file, or a path that does not exist yet, is written into a temporary file in the
 *       same folder and then moved over it; an existing file keeps its permissions, a new one gets
 *       the usual ones (0666 less the umask).</li>
 *   <li>A symbolic link is followed: its target is replaced that way, the link stays.</li>
 *   <li>Anything else that exists (a device such as {@code /dev/null}, a FIFO, a socket) is
 *       written directly, never renamed over.</li>
 *   <li>{@code -} (or no {@code --out}) is standard output.</li>
 * </ul>
 *
 * A failed write is an {@link OutputException}; the temporary file is removed on every failure and
 * on SIGINT or SIGTERM (a shutdown hook), so nothing partial is left beside the target.
 */
final class OutputFile {
    /** Writes the report body. */
    @FunctionalInterface
    interface Body {
        void writeTo(Writer out) throws IOException;
    }

    /** Temporary files being written right now, removed by the shutdown hook if the JVM stops. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static volatile boolean hookInstalled;

    private OutputFile() {
    }

    /** True for {@code -}, which means standard output. */
    static boolean isStdout(Path target) {
        return target == null || target.toString().equals("-");
    }

    /**
     * Checks that {@code target} can be written (its folder exists and is writable, it is not a
     * folder), so a command can refuse a bad --out before doing any work. Null or {@code -} is
     * standard output.
     */
    static void check(Path target) {
        if (isStdout(target)) {
            return;
        }
        if (Files.isDirectory(target)) {
            throw new UsageException("--out " + target + ": is a directory; give a file name");
        }
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            if (!Files.isWritable(target)) {
                throw new UsageException("--out " + target + ": not writable");
            }
            return;
        }
        Path real = resolve(target);
        Path dir = real.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UsageException("--out " + target + ": the folder " + dir + " does not exist");
        }
        if (!Files.isWritable(dir)) {
            throw new UsageException("--out " + target + ": the folder " + dir + " is not writable");
        }
    }

    /**
     * Refuses an output that is one of the inputs (the same file, through links too): writing it
     * would destroy the data being scored. Inputs that do not exist (standard input) are skipped.
     */
    static void refuseInputs(Path target, Collection<Path> inputs) {
        refuseInputs("--out", target, inputs);
    }

    /** As {@link #refuseInputs(Path, Collection)} for the output named by {@code option}. */
    static void refuseInputs(String option, Path target, Collection<Path> inputs) {
        if (isStdout(target) || !Files.exists(target)) {
            return;
        }
        for (Path in : inputs) {
            try {
                if (in != null && Files.exists(in) && Files.isSameFile(target, in)) {
                    throw new UsageException(option + " " + target + " is the input " + in
                            + "; werk will not overwrite what it reads: choose another file");
                }
            } catch (IOException e) {
                // cannot compare: the input check itself reports unreadable inputs
            }
        }
    }

    /** Writes {@code body} to {@code target} (see the class comment), or to {@code stdout} when it is null or {@code -}. */
    static void write(Path target, PrintWriter stdout, Body body) {
        if (isStdout(target)) {
            try {
                body.writeTo(stdout);
            } catch (IOException e) {
                throw failure("standard output", e);
            }
            stdout.flush();
            OutputException failed = stdoutFailure(stdout);
            if (failed != null) {
                throw failed;
            }
            return;
        }
        if (Files.isDirectory(target)) {
            throw new UsageException("--out " + target + ": is a directory; give a file name");
        }
        try {
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                // a device, FIFO or socket (also through a link such as /dev/stdout): written in place
                try (Writer out = writer(Files.newOutputStream(target, StandardOpenOption.WRITE))) {
                    body.writeTo(out);
                }
                return;
            }
            replace(resolve(target), body);
        } catch (IOException e) {
            throw failure(target.toString(), e);
        }
    }

    /** The failure of standard output as an exception, or null when every write went through. */
    static OutputException stdoutFailure(PrintWriter stdout) {
        if (!stdout.checkError()) {
            return null;
        }
        IOException cause = stdout instanceof StdoutWriter w ? w.failure() : null;
        return cause == null ? new OutputException("standard output", "write error", false) : failure("standard output", cause);
    }

    private static void replace(Path real, Body body) throws IOException {
        Path dir = real.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + real.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
        installHook();
        PENDING.add(tmp);
        try {
            OutputStream raw = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try (Writer out = writer(raw)) {
                body.writeTo(out);
            }
            keepMode(real, tmp);
            try {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } finally {
                PENDING.remove(tmp);
            }
        }
    }

    /** Gives the new file the permissions (and, where allowed, owner and group) of the file it replaces. */
    private static void keepMode(Path existing, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(existing, PosixFileAttributeView.class);
        if (view == null || !Files.exists(existing)) {
            return;
        }
        PosixFileAttributes old = view.readAttributes();
        Files.setPosixFilePermissions(tmp, old.permissions());
        PosixFileAttributeView tmpView = Files.getFileAttributeView(tmp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        try {
            if (!tmpView.readAttributes().group().equals(old.group())) {
                tmpView.setGroup(old.group());
            }
            if (!tmpView.readAttributes().owner().equals(old.owner())) {
                tmpView.setOwner(old.owner());
            }
        } catch (IOException e) {
            // only the owner (or root) may give a file away; the permissions are what matters
        }
    }

    /** The file a symbolic link leads to (even a dangling one, which is then created), else the path itself. */
    private static Path resolve(Path target) {
        if (Files.exists(target)) {
            try {
                return target.toRealPath();
            } catch (IOException e) {
                // fall back to following the links one by one
            }
        }
        Path p = target;
        for (int hops = 0; hops < 40 && Files.isSymbolicLink(p); hops++) {
            try {
                Path link = Files.readSymbolicLink(p);
                Path parent = p.toAbsolutePath().getParent();
                p = parent == null ? link : parent.resolve(link);
            } catch (IOException e) {
                return p;
            }
        }
        return p;
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    private static OutputException failure(String target, IOException e) {
        String reason;
        if (e instanceof NoSuchFileException) {
            reason = "No such file or directory (its folder is gone)";
        } else if (e instanceof AccessDeniedException) {
            reason = "Permission denied";
        } else {
            reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        }
        if (reason == null) {
            reason = e.getClass().getSimpleName();
        }
        return new OutputException(target, reason, reason.contains("Broken pipe"));
    }

    private static void installHook() {
        if (hookInstalled) {
            return;
        }
        synchronized (PENDING) {
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(OutputFile::removePending, "werk-remove-partial-output"));
                hookInstalled = true;
            }
        }
    }

    /** Removes every temporary file still being written (the JVM is stopping: SIGINT, SIGTERM). */
    static void removePending() {
        for (Path p : PENDING) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // nothing more can be done while the JVM stops
            }
        }
    }

    /** The temporary files being written now (for tests). */
    static Set<Path> pending() {
        return Set.copyOf(PENDING);
    }
}
