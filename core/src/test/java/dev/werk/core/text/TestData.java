package dev.werk.core.text;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates the repository's testdata/ folder (set by the build as werk.testdata). */
final class TestData {
    private TestData() {
    }

    static Path file(String relative) {
        String configured = System.getProperty("werk.testdata");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "testdata");
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("test data missing: " + file.toAbsolutePath());
        }
        return file;
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
