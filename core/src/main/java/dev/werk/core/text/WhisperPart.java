package dev.werk.core.text;

import java.util.Locale;

/**
 * The parts of the {@code whisper-english} preset that can be switched off with {@link
 * TextNormalizer#whisperEnglish(java.util.Set)} or a preset name such as {@code
 * whisper-english-no-contractions-no-numbers}. Lower-casing, symbol removal and the currency
 * clean-up always run.
 */
public enum WhisperPart {
    /** Removing {@code [..]}, {@code <..>} and {@code (..)} spans. */
    BRACKETS,
    /** Removing the hesitations {@code hmm mm mhm mmm uh um}. */
    FILLERS,
    /**
     * Expanding contractions ({@code won't} → {@code will not}, {@code 's} → {@code is}, ...).
     * Switched off, apostrophes between two letters or digits are also kept, so {@code don't}
     * stays one word instead of Whisper's {@code don t}.
     */
    CONTRACTIONS,
    /** Spelling out titles ({@code mr} → {@code mister}, {@code dr} → {@code doctor}, ...). */
    TITLES,
    /** Spelled-out numbers to digits, currencies and percentages (EnglishNumberNormalizer). */
    NUMBERS,
    /** British to American spellings (EnglishSpellingNormalizer). */
    SPELLINGS;

    /** The lower-case token used in preset names: {@code contractions}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }
}
