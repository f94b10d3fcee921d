package dev.werk.core.io;

import java.nio.file.Path;

/** File-name helpers shared by the whole-file formats and directory pairing. */
final class FileNames {
    private FileNames() {
    }

    /** The file name without its last extension: {@code calls/4320211.nlp} → {@code 4320211}. */
    static String baseName(Path file) {
        if (file == null || file.getFileName() == null) {
            return "input";
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
