package dev.werk.core.io;

import java.nio.file.Path;
import java.util.Locale;

/** The transcript layouts werk reads, each with its command-line name. */
public enum TranscriptFormat {
    /** One utterance per line; utterance i is line i of each file; its id is the 1-based line number. */
    PLAIN("plain"),
    /**
     * sclite trn: {@code words (utt_id)}; blank lines and comment lines (starting with {@code ;;}) are
     * skipped. The words may carry sclite's markup, which the Scorer interprets (see
     * {@link dev.werk.core.ScoreOptions.Markup}).
     */
    TRN("trn"),
    /** Kaldi text: {@code utt_id words…}; blank lines are skipped. */
    KALDI("kaldi");

    private final String id;

    TranscriptFormat(String id) {
        this.id = id;
    }

    /** The name used on the command line and in outputs. */
    public String id() {
        return id;
    }

    /** Whether utterances carry their own ids (and so are paired by id). */
    public boolean hasIds() {
        return this != PLAIN;
    }

    /** Parses a format by its {@link #id()}, case-insensitively. */
    public static TranscriptFormat fromId(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (TranscriptFormat f : values()) {
            if (f.id.equals(wanted)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (expected plain, trn or kaldi)");
    }

    /**
     * The format a file's extension implies: {@code .trn} → trn, {@code .ark} or {@code .kaldi}
     * → kaldi, anything else (including {@code .txt}) → plain.
     */
    public static TranscriptFormat fromExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".trn")) {
            return TRN;
        }
        if (name.endsWith(".ark") || name.endsWith(".kaldi")) {
            return KALDI;
        }
        return PLAIN;
    }
}
