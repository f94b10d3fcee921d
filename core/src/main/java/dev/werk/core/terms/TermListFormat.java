package dev.werk.core.terms;

import java.nio.file.Path;
import java.util.Locale;

/** The layouts a term list can have (see {@link TermListReader}). */
public enum TermListFormat {
    /** One term per line; blank lines and lines starting with {@code #} are skipped. */
    PLAIN("plain"),
    /** {@code term,variant,variant…} per row (RFC 4180 quoting); an optional header row starting with {@code term}. */
    CSV("csv"),
    /** An Amazon Transcribe custom vocabulary table: tab-separated, header Phrase, IPA, SoundsLike, DisplayAs in any order. */
    TRANSCRIBE("transcribe"),
    /**
     * Per-utterance lists, tab-separated: {@code utterance-id<TAB>term<TAB>term…} per line; a first
     * line whose first cell is {@code id} (or {@code utterance}, {@code utterance_id}, {@code utt_id}) is a header.
     */
    UTTERANCE_TSV("utterance-tsv"),
    /**
     * Per-utterance lists, JSON Lines: {@code {"id": "utt1", "terms": ["a", "b c"]}} per line (the
     * id may also be called {@code utterance}, {@code utterance_id} or {@code utt_id}; the terms
     * {@code biasing_words} or {@code words}).
     */
    UTTERANCE_JSONL("utterance-jsonl");

    private final String id;

    TermListFormat(String id) {
        this.id = id;
    }

    /** The name used on the command line and in outputs. */
    public String id() {
        return id;
    }

    /** True for the per-utterance layouts. */
    public boolean perUtterance() {
        return this == UTTERANCE_TSV || this == UTTERANCE_JSONL;
    }

    /** The format named {@code id} (case-insensitive). */
    public static TermListFormat fromId(String id) {
        for (TermListFormat f : values()) {
            if (f.id.equalsIgnoreCase(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown term list format '" + id
                + "' (plain, csv, transcribe, utterance-tsv, utterance-jsonl)");
    }

    /**
     * The format implied by the file name alone: {@code .csv} CSV, {@code .jsonl} per-utterance
     * JSON Lines, {@code .tsv} a Transcribe table or a per-utterance TSV (null: the header decides),
     * anything else plain text.
     */
    static TermListFormat fromExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".jsonl")) {
            return UTTERANCE_JSONL;
        }
        if (name.endsWith(".tsv")) {
            return null;
        }
        return PLAIN;
    }
}
