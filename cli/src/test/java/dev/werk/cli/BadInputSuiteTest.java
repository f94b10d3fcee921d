package dev.werk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input suite: every row of {@code testdata/bad/cases.txt} (format in
 * {@code testdata/bad/README.md}) run in-process through the CLI, on a copy of its case folder.
 * Each run must return the row's exit code and print, without a stack trace, one line at the
 * row's location holding its message; no file of the case may change. A failing score or align
 * run is repeated with {@code --out} to a new path (which must stay absent) and to an existing file
 * (whose bytes and mode must stay as they were), and neither may leave a temporary file behind.
 */
class BadInputSuiteTest {
    private static final Set<PosixFilePermission> OLD_MODE = PosixFilePermissions.fromString("rw-r-----");
    private static final byte[] OLD_BYTES = "an earlier report\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path tmp;

    /** One row of the table. */
    record Case(int lineNumber, String name, int exit, String where, String message, List<String> command) {
        @Override
        public String toString() {
            return name + " (cases.txt:" + lineNumber + "): werk " + String.join(" ", command);
        }
    }

    static Path suite() {
        return Cli.testdata().resolve("bad");
    }

    static Stream<Case> cases() throws IOException {
        List<String> lines = Files.readAllLines(suite().resolve("cases.txt"), StandardCharsets.UTF_8);
        List<Case> out = new ArrayList<>();
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f.length != 5) {
                fail("cases.txt:" + (k + 1) + ": expected 5 '|'-separated columns, found " + f.length + ": " + line);
            }
            String name = f[0].strip();
            if (!Files.isDirectory(suite().resolve(name))) {
                fail("cases.txt:" + (k + 1) + ": no case folder testdata/bad/" + name);
            }
            out.add(new Case(k + 1, name, Integer.parseInt(f[1].strip()), f[2].strip(), f[3].strip(),
                    List.of(f[4].strip().split("\\s+"))));
        }
        assertFalse(out.isEmpty(), "cases.txt has no rows");
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCase(Case c) throws IOException {
        Path dir = copy(suite().resolve(c.name()), tmp.resolve("case"));
        Map<String, Snapshot> before = snapshot(dir);
        List<String> args = new ArrayList<>();
        Path stdin = null;
        for (String word : c.command()) {
            if (word.startsWith("<")) {
                stdin = dir.resolve(word.substring(1));
            } else {
                args.add(Files.exists(dir.resolve(word), LinkOption.NOFOLLOW_LINKS) || word.equals("missing.txt")
                        ? dir.resolve(word).toString() : word);
            }
        }
        check(c, dir, run(args, stdin));
        assertEquals(before, snapshot(dir), () -> c + ": the case's files changed");

        boolean writes = args.get(0).equals("score") || args.get(0).equals("align") || args.get(0).equals("terms");
        if (c.exit() != ExitCodes.OK && writes && !args.contains("--out")) {
            Path outDir = Files.createDirectories(tmp.resolve("out"));
            Path absent = outDir.resolve("new-report.txt");
            check(c, dir, run(with(args, "--out", absent.toString()), stdin));
            assertFalse(Files.exists(absent, LinkOption.NOFOLLOW_LINKS), () -> c + ": --out " + absent + " was created");
            assertEquals(List.of(), list(outDir), () -> c + ": files left in the --out folder");

            Path existing = outDir.resolve("old-report.txt");
            Files.write(existing, OLD_BYTES);
            Files.setPosixFilePermissions(existing, OLD_MODE);
            check(c, dir, run(with(args, "--out", existing.toString()), stdin));
            assertArrayEquals(OLD_BYTES, Files.readAllBytes(existing), () -> c + ": --out " + existing + " changed");
            assertEquals(OLD_MODE, Files.getPosixFilePermissions(existing), () -> c + ": --out's mode changed");
            assertEquals(List.of("old-report.txt"), list(outDir), () -> c + ": files left in the --out folder");
            assertEquals(before, snapshot(dir), () -> c + ": the case's files changed");
        }
    }

    /** The exit code, one message line at the row's location with its text, no stack trace. */
    private static void check(Case c, Path dir, Cli.Result r) {
        Supplier<String> shown = () -> c + "\n" + r;
        assertEquals(c.exit(), r.code(), shown);
        Cli.assertNoStackTrace(r);
        List<String> lines = r.errLines();
        String where = location(c.where(), dir);
        switch (c.exit()) {
            case ExitCodes.OK -> {
                String prefix = "werk: warning: " + where;
                assertTrue(lines.stream().anyMatch(l -> l.startsWith(prefix) && l.contains(c.message())), shown);
            }
            case ExitCodes.USAGE -> {
                assertEquals("", r.out(), shown);
                assertTrue(lines.size() == 1 || lines.size() == 2 && lines.get(1).startsWith("Try '"), shown);
                assertTrue(lines.get(0).startsWith("werk: "), shown);
                assertTrue(lines.get(0).contains(c.message()), shown);
                if (!c.where().equals("-")) {
                    assertTrue(lines.get(0).contains(where), shown);
                }
            }
            default -> {
                assertEquals("", r.out(), shown);
                assertEquals(1, lines.size(), shown);
                String line = lines.get(0);
                assertTrue(line.startsWith("werk: " + where + (c.where().contains(": ") ? " " : ": ")), shown);
                assertTrue(line.contains(c.message()), shown);
            }
        }
    }

    /** FILE:LINE, FILE or FILE: json.path with FILE resolved in the case folder (unless it is <stdin>). */
    private static String location(String where, Path dir) {
        if (where.equals("-")) {
            return "";
        }
        int json = where.indexOf(": ");
        String file = json >= 0 ? where.substring(0, json) : where;
        String rest = json >= 0 ? where.substring(json) : "";
        int colon = file.lastIndexOf(':');
        String line = "";
        if (colon > 0 && file.substring(colon + 1).chars().allMatch(Character::isDigit)) {
            line = file.substring(colon);
            file = file.substring(0, colon);
        }
        String path = file.equals("<stdin>") ? file : dir.resolve(file).toString();
        return path + line + rest;
    }

    private static Cli.Result run(List<String> args, Path stdin) throws IOException {
        InputStream saved = System.in;
        try {
            System.setIn(stdin == null ? new ByteArrayInputStream(new byte[0]) : new ByteArrayInputStream(Files.readAllBytes(stdin)));
            return Cli.run(args.toArray(String[]::new));
        } finally {
            System.setIn(saved);
        }
    }

    private static List<String> with(List<String> args, String... more) {
        List<String> out = new ArrayList<>(args);
        out.addAll(List.of(more));
        return out;
    }

    /** A file's bytes (or link target) and mode, to see that nothing changed. */
    record Snapshot(String content, String mode) {
    }

    private static Map<String, Snapshot> snapshot(Path dir) throws IOException {
        Map<String, Snapshot> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String key = dir.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    out.put(key, new Snapshot("-> " + Files.readSymbolicLink(p), "link"));
                } else if (Files.isRegularFile(p)) {
                    out.put(key, new Snapshot(java.util.HexFormat.of().formatHex(Files.readAllBytes(p)),
                            PosixFilePermissions.toString(Files.getPosixFilePermissions(p))));
                } else {
                    out.put(key, new Snapshot("folder", ""));
                }
            }
        }
        return out;
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Copies a case folder, keeping symbolic links as links. */
    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isSymbolicLink(p)) {
                    Files.createSymbolicLink(target, Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }
}
