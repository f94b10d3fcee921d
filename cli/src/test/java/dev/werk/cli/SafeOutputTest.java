package dev.werk.cli;

import static dev.werk.cli.Cli.assertNoStackTrace;
import static dev.werk.cli.Cli.assertUsageError;
import static dev.werk.cli.Cli.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --out and standard output: what is written where, what is kept, and what a failed write says. */
class SafeOutputTest {
    @TempDir
    Path dir;

    private static final String REF = fixture("ref.txt");
    private static final String HYP = fixture("hyp.txt");

    private static Cli.Result scoreTo(String out) {
        return Cli.run("score", "--ref", REF, "--hyp", HYP, "-o", "json", "--out", out);
    }

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void anExistingFileKeepsItsModeAndNoTemporaryFileIsLeft() throws IOException {
        Path out = dir.resolve("report.json");
        Files.writeString(out, "old\n");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-r--r--"));
        Cli.Result r = scoreTo(out.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(Files.readString(out).contains("\"wer\""), r::toString);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
        assertEquals(List.of("report.json"), files());
    }

    @Test
    void aNewFileGetsTheUsualModeNotOwnerOnly() throws IOException {
        Path out = dir.resolve("new.json");
        assertEquals(0, scoreTo(out.toString()).code());
        // whatever the umask, a new file is at least readable by its group or others unless the umask says no:
        // compare with a file made the ordinary way in the same folder
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out));
    }

    @Test
    void aSymbolicLinkIsFollowedAndStaysALink() throws IOException {
        Path target = Files.writeString(dir.resolve("target.json"), "old\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("target.json"));
        assertEquals(0, scoreTo(link.toString()).code());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(target).contains("\"wer\""));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals(List.of("link.json", "target.json"), files());
    }

    @Test
    void aDeviceIsWrittenDirectlyNeverReplaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull), "no /dev/null here");
        assertEquals(0, scoreTo(devNull.toString()).code());
        assertFalse(Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS), "/dev/null became a regular file");
    }

    @Test
    void aFullDeviceIsAnOutputErrorAndStaysADevice() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full) && Files.isWritable(full), "no writable /dev/full here");
        Cli.Result r = scoreTo(full.toString());
        assertEquals(ExitCodes.OUTPUT, r.code(), r::toString);
        assertEquals(List.of("werk: cannot write /dev/full: No space left on device"), r.errLines(), r::toString);
        assertNoStackTrace(r);
        assertFalse(Files.isRegularFile(full, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aFifoIsWrittenDirectly() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo failed");
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Cli.Result r = scoreTo(fifo.toString());
        assertEquals(0, r.code(), r::toString);
        assertTrue(new String(read.get(20, TimeUnit.SECONDS), StandardCharsets.UTF_8).contains("\"wer\""));
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS), "the FIFO became a regular file");
        assertEquals(List.of("pipe"), files());
    }

    @Test
    void theOutputMayNotBeAnInputEvenThroughALink() throws IOException {
        Path ref = Files.writeString(dir.resolve("ref.txt"), "a b\n");
        Path hyp = Files.writeString(dir.resolve("hyp.txt"), "a c\n");
        Path link = Files.createSymbolicLink(dir.resolve("alias.txt"), ref);
        for (Path out : List.of(ref, hyp, link)) {
            for (String command : List.of("score", "align")) {
                Cli.Result r = Cli.run(command, "--ref", ref.toString(), "--hyp", hyp.toString(), "--out", out.toString());
                assertUsageError(r, "werk " + command);
                assertTrue(r.err().contains("is the input"), r::toString);
            }
        }
        Path rules = Files.writeString(dir.resolve("rules.txt"), "a => b\n");
        assertUsageError(Cli.run("score", "--ref", ref.toString(), "--hyp", hyp.toString(), "--rules", rules.toString(),
                "--out", rules.toString()), "werk score");
        assertEquals("a b\n", Files.readString(ref));
        assertEquals("a c\n", Files.readString(hyp));
        assertEquals("a => b\n", Files.readString(rules));
    }

    @Test
    void aFileInsideAnInputFolderIsAnInputToo() throws IOException {
        Path refs = Files.createDirectories(dir.resolve("refs"));
        Path hyps = Files.createDirectories(dir.resolve("hyps"));
        Path r1 = Files.writeString(refs.resolve("c1.txt"), "a b\n");
        Files.writeString(hyps.resolve("c1.txt"), "a c\n");
        Cli.Result r = Cli.run("score", "--ref", refs.toString(), "--hyp", hyps.toString(), "--out", r1.toString());
        assertUsageError(r, "werk score");
        assertEquals("a b\n", Files.readString(r1));
    }

    @Test
    void dashIsStandardOutputForOutAndStandardInputForRefOrHyp() throws IOException {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of(HYP))));
            Cli.Result viaStdin = Cli.run("score", "--ref", REF, "--hyp", "-", "-o", "json", "--out", "-");
            Cli.Result viaFile = Cli.run("score", "--ref", REF, "--hyp", HYP, "-o", "json");
            assertEquals(0, viaStdin.code(), viaStdin::toString);
            assertEquals(viaFile.json().get("wer"), viaStdin.json().get("wer"));
            assertEquals("<stdin>", viaStdin.json().get("sources").get("hypothesis").asText());
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(Path.of(REF))));
            Cli.Result refStdin = Cli.run("score", "--ref", "-", "--hyp", HYP, "-o", "json");
            assertEquals(viaFile.json().get("hits"), refStdin.json().get("hits"), refStdin::toString);
        } finally {
            System.setIn(saved);
        }
        assertEquals(List.of(), files());
    }

    /** A stream that fails as a full disk or a closed pipe does. */
    private static OutputStream failing(String reason) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException(reason);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException(reason);
            }
        };
    }

    private static Cli.Result runWithStdout(OutputStream stdout, String... args) {
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter e = new PrintWriter(err)) {
            code = Main.run(args, StdoutWriter.over(stdout), e);
        }
        return new Cli.Result(code, "", err.toString());
    }

    @Test
    void aFullStandardOutputIsAnOutputError() {
        for (String[] args : List.of(new String[] {"score", "--ref", REF, "--hyp", HYP},
                new String[] {"align", "--ref", REF, "--hyp", HYP}, new String[] {"normalize", REF},
                new String[] {"--help"}, new String[] {"help", "score"})) {
            Cli.Result r = runWithStdout(failing("No space left on device"), args);
            assertEquals(ExitCodes.OUTPUT, r.code(), () -> String.join(" ", args) + "\n" + r);
            List<String> err = r.errLines();
            assertEquals("werk: cannot write standard output: No space left on device", err.get(err.size() - 1), r::toString);
            assertTrue(err.stream().noneMatch(l -> l.contains("Exception")), r::toString);
        }
    }

    @Test
    void aReaderThatStoppedEarlyEndsTheRunQuietly() {
        Cli.Result r = runWithStdout(failing("Broken pipe"), "align", "--ref", REF, "--hyp", HYP);
        assertEquals(0, r.code(), r::toString);
        assertEquals("", r.err(), r::toString);
    }

    @Test
    void aFailureWhileWritingRemovesTheTemporaryFile() throws IOException {
        Path out = Files.writeString(dir.resolve("keep.txt"), "old\n");
        OutputException e = assertThrows(OutputException.class, () -> OutputFile.write(out, null, w -> {
            w.write("partial");
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + out + ": No space left on device", e.getMessage());
        assertEquals("old\n", Files.readString(out));
        assertEquals(List.of("keep.txt"), files());
        assertThrows(IllegalStateException.class, () -> OutputFile.write(dir.resolve("new.txt"), null, w -> {
            w.write("partial");
            throw new IllegalStateException("a bug");
        }));
        assertEquals(List.of("keep.txt"), files());
    }

    @Test
    void theShutdownHookRemovesATemporaryFileBeingWritten() throws Exception {
        Path out = dir.resolve("report.txt");
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> job = CompletableFuture.runAsync(() -> OutputFile.write(out, null, w -> {
            w.write("partial");
            w.flush();
            writing.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("stopped");
        }));
        assertTrue(writing.await(20, TimeUnit.SECONDS));
        List<Path> pending = OutputFile.pending().stream().filter(p -> p.getParent().equals(dir)).toList();
        assertEquals(1, pending.size(), pending::toString);
        assertTrue(Files.exists(pending.get(0)));
        OutputFile.removePending(); // what the hook does on SIGINT or SIGTERM
        assertFalse(Files.exists(pending.get(0)));
        release.countDown();
        assertThrows(Exception.class, job::join);
        assertEquals(List.of(), files());
    }

    @Test
    void aFolderThatVanishedBeforeTheWriteIsAnOutputError() throws IOException {
        Path gone = Files.createDirectories(dir.resolve("gone"));
        Path out = gone.resolve("report.txt");
        OutputFile.check(out); // fine when the command starts
        Files.delete(gone);
        OutputException e = assertThrows(OutputException.class, () -> OutputFile.write(out, null, w -> w.write("x")));
        assertEquals("cannot write " + out + ": No such file or directory (its folder is gone)", e.getMessage());
        assertEquals(List.of(), files());
    }
}
