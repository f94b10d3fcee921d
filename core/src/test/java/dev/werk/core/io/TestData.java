package dev.werk.core.io;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Test support: where the project's fixtures ({@code testdata/}) and the shared golden data are. */
final class TestData {
    private TestData() {
    }

    /** A file under the project's {@code testdata/} (system property {@code werk.testdata}, set by the pom). */
    static Path file(String relative) {
        String dir = System.getProperty("werk.testdata");
        Path root = dir != null ? Path.of(dir) : Path.of("..", "testdata");
        return root.resolve(relative);
    }

    /**
     * A path under the shared folder ({@code werk.shared}); skips the calling test with a message
     * naming the missing path when the folder is not there.
     */
    static Path shared(String relative) {
        String dir = System.getProperty("werk.shared");
        Path root = dir != null ? Path.of(dir) : Path.of("..", "..", "shared");
        Path p = root.resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), () -> "skipped: shared test data not found at " + p.toAbsolutePath()
                + " (set -Dwerk.shared=DIR to the folder holding golden/ and corpora/)");
        return p;
    }
}
