package dev.werk.reports;

import dev.werk.core.terms.SystemTerms;
import java.io.IOException;
import java.io.Writer;

/**
 * Renders {@code werk terms}: text for people, the JSON contract documented in the README, and a
 * CSV with one row per term. Reads {@link SystemTerms} and never recomputes a number.
 */
public final class TermsReport {
    /** How many confusions JSON lists per term. */
    public static final int TERM_CONFUSIONS = 5;
    /** How many confusions JSON and text list over all terms of a system. */
    public static final int ALL_CONFUSIONS = 20;
    /** What {@code --method count} counts, stated wherever its numbers appear. */
    public static final String COUNT_METHOD = "plain substring counts, no alignment (as the AWS custom-vocabulary post's "
            + "tables): how often each term's normalised form occurs in each normalised transcript, left to right without overlap";

    private TermsReport() {
    }

    /** Writes the JSON contract (pretty-printed) followed by a newline; for entities by class, their variant of it. */
    public static void writeJson(SystemTerms t, Writer out) throws IOException {
        if (t.entityMode()) {
            EntityTermsJson.write(t, out);
            return;
        }
        TermsJson.write(t, out);
    }

    /**
     * One row per term: {@code term,occurrences}, then per system {@code NAME:correct},
     * {@code NAME:exact}, {@code NAME:variant}, {@code NAME:splitMerge}, {@code NAME:misses},
     * {@code NAME:falseAlarms}, {@code NAME:recall}, {@code NAME:precision}, {@code NAME:f1}
     * (undefined rates are empty cells); with substring counts, {@code reference:substringCount}
     * and {@code NAME:substringCount}. For entities by class ({@link SystemTerms#entityMode()}):
     * one row per class and a last row {@code all entities}, {@code class,occurrences} then per
     * system {@code NAME:correct}, {@code NAME:exact}, {@code NAME:variant}, {@code NAME:splitMerge},
     * {@code NAME:misses}, {@code NAME:recall}, {@code NAME:referenceWords}, {@code NAME:errors},
     * {@code NAME:bWer}.
     */
    public static void writeCsv(SystemTerms t, Writer out) throws IOException {
        if (t.entityMode()) {
            EntityTermsCsv.write(t, out);
            return;
        }
        TermsCsv.write(t, out);
    }

    /**
     * The summary per system, one row per term with each system's correct / misses / false alarms,
     * and the top confusions; for entities, one row per class with each system's correct / misses /
     * recall / B-WER.
     */
    public static void writeText(SystemTerms t, Appendable out) throws IOException {
        if (t.entityMode()) {
            EntityTermsText.write(t, out);
            return;
        }
        TermsText.write(t, out);
    }
}
