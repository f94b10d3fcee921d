package dev.werk.core.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.StringJoiner;

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
    KALDI("kaldi"),
    /**
     * NIST STM references: {@code file channel speaker begin end [<labels>] text}, one segment per
     * line, {@code ;;} comments. Each segment is an utterance with id {@code speaker-NNN} (sclite's
     * numbering); a segment whose text contains {@code IGNORE_TIME_SEGMENT_IN_SCORING} marks a
     * region excluded from scoring.
     */
    STM("stm"),
    /**
     * NIST CTM word lists: {@code file channel begin duration word [confidence]}, {@code ;;}
     * comments. Each file/channel is one utterance with id {@code file-channel}; against an STM
     * reference its words are cut into the STM segments by time, against a CTM reference into
     * sclite's chunks.
     */
    CTM("ctm"),
    /** fstalign NLP ({@code token|speaker|ts|endTs|…} with a header line): the whole file is one utterance. */
    NLP("nlp"),
    /** Amazon Transcribe JSON (standard batch or Call Analytics output): the whole file is one utterance. */
    TRANSCRIBE("transcribe");

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
        return this != PLAIN && !isWholeFile();
    }

    /** Whether a file of this format is always one utterance whose id is the file's base name. */
    public boolean isWholeFile() {
        return this == NLP || this == TRANSCRIBE;
    }

    /**
     * Whether text in this format may carry sclite's markup ({@code { a / b / @ }} alternations,
     * {@code (word)}, fragments), as trn and STM text and CTM alternation blocks do.
     */
    public boolean carriesScliteMarkup() {
        return this == TRN || this == STM || this == CTM;
    }

    /** Parses a format by its {@link #id()}, case-insensitively. */
    public static TranscriptFormat fromId(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (TranscriptFormat f : values()) {
            if (f.id.equals(wanted)) {
                return f;
            }
        }
        StringJoiner known = new StringJoiner(", ");
        for (TranscriptFormat f : values()) {
            known.add(f.id);
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (expected one of " + known + ")");
    }

    /**
     * The format a file's extension implies: {@code .trn} → trn, {@code .ark} or {@code .kaldi}
     * → kaldi, {@code .stm} → stm, {@code .ctm} → ctm, {@code .nlp} → nlp, {@code .json} →
     * transcribe, anything else (including {@code .txt}) → plain.
     */
    public static TranscriptFormat fromExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".trn")) {
            return TRN;
        }
        if (name.endsWith(".ark") || name.endsWith(".kaldi")) {
            return KALDI;
        }
        if (name.endsWith(".stm")) {
            return STM;
        }
        if (name.endsWith(".ctm")) {
            return CTM;
        }
        if (name.endsWith(".nlp")) {
            return NLP;
        }
        if (name.endsWith(".json")) {
            return TRANSCRIBE;
        }
        return PLAIN;
    }
}
