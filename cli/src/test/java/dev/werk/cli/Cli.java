package dev.werk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs werk in-process and finds the repository's test data. */
final class Cli {
    static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {
    }

    /** What one run printed and returned. */
    record Result(int code, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }

        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException("stdout is not JSON:\n" + out, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.run(args, o, e);
        }
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs and checks the exit code, showing both streams when it differs. */
    static Result expect(int code, String... args) {
        Result r = run(args);
        assertEquals(code, r.code(), r::toString);
        return r;
    }

    /** The repository's testdata folder: -Dwerk.testdata (set by the parent pom), else found upwards. */
    static Path testdata() {
        String p = System.getProperty("werk.testdata");
        if (p != null && Files.isDirectory(Path.of(p, "cli"))) {
            return Path.of(p);
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("testdata").resolve("cli"))) {
                return d.resolve("testdata");
            }
        }
        return fail("testdata not found: werk.testdata=" + p + ", working directory " + Path.of("").toAbsolutePath());
    }

    static String fixture(String name) {
        return testdata().resolve("cli").resolve(name).toString();
    }

    /**
     * A data error: exit 3, nothing on stdout, and on stderr exactly one line "werk: FILE:LINE: ..."
     * with no stack trace.
     */
    static void assertDataError(Result r, Path file, int line) {
        assertEquals(ExitCodes.DATA, r.code(), r::toString);
        assertEquals("", r.out(), r::toString);
        List<String> lines = r.errLines();
        assertEquals(1, lines.size(), r::toString);
        assertTrue(lines.get(0).startsWith("werk: " + file + ":" + line + ": "), r::toString);
        assertNoStackTrace(r);
    }

    /**
     * A usage error: exit 2, a first line "werk: ..." and at most a second one pointing to --help
     * of {@code command} (e.g. "werk score").
     */
    static void assertUsageError(Result r, String command) {
        assertEquals(ExitCodes.USAGE, r.code(), r::toString);
        List<String> lines = r.errLines();
        assertTrue(lines.size() == 1 || lines.size() == 2, r::toString);
        assertTrue(lines.get(0).startsWith("werk: "), r::toString);
        if (lines.size() == 2) {
            assertEquals("Try '" + command + " --help' for the options.", lines.get(1), r::toString);
        }
        assertNoStackTrace(r);
    }

    static void assertNoStackTrace(Result r) {
        assertFalse(r.err().contains("at dev."), r::toString);
        assertFalse(r.err().contains("Exception"), r::toString);
        assertFalse(r.out().contains("at dev."), r::toString);
    }
}
