package dev.werk.core.experiment;

import java.nio.file.Path;
import java.util.List;

/**
 * One row of an experiment: a recording (or a file of utterances) with its reference and one
 * hypothesis per system.
 *
 * @param name       the item's name, unique in the experiment
 * @param set        its set (e.g. {@code in-sample}); null when the experiment has no sets
 * @param block      its block or speaker (the resampling unit of {@code --resample-by block}); null if none
 * @param reference  the reference file
 * @param hypotheses one file per system, in the experiment's system order
 * @param line       the manifest line (0 when not from a manifest)
 */
public record Item(String name, String set, String block, Path reference, List<Path> hypotheses, long line) {
    public Item {
        hypotheses = List.copyOf(hypotheses);
    }
}
