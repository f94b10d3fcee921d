package dev.werk.core.experiment;

import dev.werk.core.CorpusScore;
import dev.werk.core.ScoreOptions;
import java.util.List;

/**
 * The result of {@link Experiment#compare}: per item and system, per set and {@code all}, the
 * generalisation gaps; everything a report shows, computed once.
 *
 * @param manifest   the experiment
 * @param baseline   the baseline system
 * @param options    how it was compared
 * @param resampleBy the bootstrap unit used
 * @param scoring    how utterances were scored (normaliser, cost model, unit, markup)
 * @param items      per item, in manifest order
 * @param sets       each set in manifest order, then {@code all}
 * @param gaps       one per candidate when both gap sets exist, else empty
 * @param warnings   warnings of reading and pairing, prefixed with the item
 * @param scores     per item (manifest order) and system (system order), the scored utterances with
 *                   their tokens and alignments, for reports that show them
 */
public record Comparison(Manifest manifest, String baseline, CompareOptions options, CompareOptions.ResampleBy resampleBy,
                         ScoreOptions scoring, List<Results.ItemScore> items, List<Results.SetScore> sets,
                         List<Results.Gap> gaps, List<String> warnings, List<List<CorpusScore>> scores) {
    /** The name of the set that pools every item. */
    public static final String ALL = "all";

    public Comparison {
        items = List.copyOf(items);
        sets = List.copyOf(sets);
        gaps = List.copyOf(gaps);
        warnings = List.copyOf(warnings);
        List<List<CorpusScore>> rows = new java.util.ArrayList<>(scores.size());
        for (List<CorpusScore> row : scores) {
            rows.add(List.copyOf(row));
        }
        scores = List.copyOf(rows);
    }

    /** The systems, in manifest order. */
    public List<String> systems() {
        return manifest.systems();
    }

    /** The set of that name ({@code all} included), or null. */
    public Results.SetScore set(String name) {
        for (Results.SetScore s : sets) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return null;
    }
}
