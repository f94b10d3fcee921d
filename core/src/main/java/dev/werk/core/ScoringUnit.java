package dev.werk.core;

import java.util.Locale;

/** What one aligned token is. */
public enum ScoringUnit {
    /** Whitespace-separated words (WER). */
    WORD("word"),
    /** Unicode code points after NFC, with single spaces between words counted (CER, as jiwer). */
    CHAR("char");

    private final String id;

    ScoringUnit(String id) {
        this.id = id;
    }

    /** The name used on the command line and in outputs. */
    public String id() {
        return id;
    }

    /** Parses a unit by its {@link #id()}. */
    public static ScoringUnit fromId(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (ScoringUnit u : values()) {
            if (u.id.equals(wanted)) {
                return u;
            }
        }
        throw new IllegalArgumentException("unknown unit '" + name + "' (expected word or char)");
    }
}
