package dev.werk.core.stats;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Test support: the shared golden data, skipping with a message when it is absent. */
final class StatsData {
    private StatsData() {
    }

    static Path shared(String relative) {
        String dir = System.getProperty("werk.shared");
        Path root = dir != null ? Path.of(dir) : Path.of("..", "..", "shared");
        Path p = root.resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), () -> "skipped: shared test data not found at " + p.toAbsolutePath()
                + " (set -Dwerk.shared=DIR to the folder holding golden/ and corpora/)");
        return p;
    }
}
