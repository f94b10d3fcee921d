package dev.werk.core.terms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Test support: fixtures under {@code testdata/}, shared data, and files written for one test. */
final class TermFiles {
    private TermFiles() {
    }

    /** A file under the project's {@code testdata/} (system property {@code werk.testdata}, set by the pom). */
    static Path testdata(String relative) {
        String dir = System.getProperty("werk.testdata");
        Path root = dir != null ? Path.of(dir) : Path.of("..", "testdata");
        return root.resolve(relative);
    }

    /** A path under the shared folder; skips the test with a message naming the path when it is absent. */
    static Path shared(String relative) {
        String dir = System.getProperty("werk.shared");
        Path root = dir != null ? Path.of(dir) : Path.of("..", "..", "shared");
        Path p = root.resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), () -> "skipped: shared test data not found at " + p.toAbsolutePath()
                + " (set -Dwerk.shared=DIR to the folder holding golden/ and corpora/)");
        return p;
    }

    /** Writes {@code text} to a file named {@code name} in {@code dir}. */
    static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
