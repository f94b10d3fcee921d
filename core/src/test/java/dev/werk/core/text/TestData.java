package dev.werk.core.text;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
