package dev.werk.core.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The named pipelines; {@link TextNormalizer} documents each one. */
final class Presets {
    static final String NONE = "none";
    static final String JIWER = "jiwer";
    static final String JIWER2 = "jiwer2";
    static final String SCLITE = "sclite";
    static final String WHISPER_BASIC = "whisper-basic";
    static final String WHISPER_ENGLISH = "whisper-english";
    static final List<String> NAMES = List.of(NONE, JIWER, JIWER2, SCLITE, WHISPER_BASIC, WHISPER_ENGLISH);
    private static final String NO = "-no-";

    private Presets() {
    }

    /** The steps of preset {@code name}, or throws listing the valid names. */
    static List<Step> steps(String name) {
        switch (name) {
            case NONE:
                return List.of();
            case JIWER:
                return make(Lowercase.NAME, ExpandContractions.NAME, RemoveKaldiNonWords.NAME,
                        WhitespaceToSpace.NAME, CollapseWhitespace.NAME, Strip.NAME);
            case JIWER2:
                return make(Lowercase.NAME, CollapseWhitespace.NAME, Strip.NAME, RemoveAsciiPunctuation.NAME);
            case SCLITE:
                return make(Lowercase.NAME);
            case WHISPER_BASIC:
                return make(Lowercase.NAME, RemoveKaldiNonWords.NAME, RemoveParenthesized.NAME,
                        WhisperRemoveSymbols.NAME, Lowercase.NAME);
            default:
                return whisperEnglish(whisperEnglishOff(name));
        }
    }

    /** EnglishTextNormalizer's steps, less the parts in {@code off}. */
    static List<Step> whisperEnglish(Set<WhisperPart> off) {
        boolean contractions = !off.contains(WhisperPart.CONTRACTIONS);
        boolean titles = !off.contains(WhisperPart.TITLES);
        List<Step> steps = new ArrayList<>();
        steps.add(new Lowercase());
        if (!off.contains(WhisperPart.BRACKETS)) {
            steps.add(new RemoveKaldiNonWords());
            steps.add(new RemoveParenthesized());
        }
        if (!off.contains(WhisperPart.FILLERS)) {
            steps.add(new WhisperFillers());
        }
        steps.add(new WhisperJoinApostrophes());
        if (contractions || titles) {
            steps.add(new WhisperReplacers(contractions, titles));
        }
        steps.add(new WhisperSymbols(!contractions));
        if (!off.contains(WhisperPart.NUMBERS)) {
            steps.add(new WhisperNumbers());
        }
        if (!off.contains(WhisperPart.SPELLINGS)) {
            steps.add(new WhisperSpellings());
        }
        steps.add(new WhisperCurrency());
        return List.copyOf(steps);
    }

    /** {@code whisper-english}, then {@code -no-<part>} for each part off, in enum order. */
    static String whisperEnglishName(Set<WhisperPart> off) {
        StringBuilder name = new StringBuilder(WHISPER_ENGLISH);
        for (WhisperPart part : WhisperPart.values()) {
            if (off.contains(part)) {
                name.append(NO).append(part.token());
            }
        }
        return name.toString();
    }

    /** The canonical form of a preset name (whisper-english parts put in order). */
    static String canonicalName(String name) {
        if (NAMES.contains(name)) {
            return name;
        }
        return whisperEnglishName(whisperEnglishOff(name));
    }

    /** Parses {@code whisper-english-no-numbers-no-titles} into {NUMBERS, TITLES}. */
    private static Set<WhisperPart> whisperEnglishOff(String name) {
        if (name.equals(WHISPER_ENGLISH)) {
            return EnumSet.noneOf(WhisperPart.class);
        }
        if (!name.startsWith(WHISPER_ENGLISH + NO)) {
            throw unknown(name);
        }
        Set<WhisperPart> off = EnumSet.noneOf(WhisperPart.class);
        for (String token : name.substring(WHISPER_ENGLISH.length() + NO.length()).split(NO, -1)) {
            WhisperPart part = null;
            for (WhisperPart p : WhisperPart.values()) {
                if (p.token().equals(token)) {
                    part = p;
                }
            }
            if (part == null || !off.add(part)) {
                throw unknown(name);
            }
        }
        return off;
    }

    private static IllegalArgumentException unknown(String name) {
        List<String> parts = new ArrayList<>();
        for (WhisperPart p : WhisperPart.values()) {
            parts.add(NO.substring(1) + p.token());
        }
        return new IllegalArgumentException("unknown normaliser preset '" + name + "'; valid presets: "
                + String.join(", ", NAMES) + " (whisper-english may be followed by any of "
                + String.join(", ", parts).toLowerCase(Locale.ROOT) + ", e.g. whisper-english-no-contractions)");
    }

    private static List<Step> make(String... names) {
        List<Step> steps = new ArrayList<>();
        for (String name : names) {
            steps.add(StepFactory.create(name));
        }
        return List.copyOf(steps);
    }
}
