package dev.werk.core;

import java.nio.file.Path;
import java.util.List;

/**
 * The scores of a set of file pairs (a reference folder against a hypothesis folder): each file on
 * its own, and the pooled total of all their utterances (counts summed first, rates last). Made by
 * {@link Scorer#scoreFiles}.
 */
public final class FileSetScore {

    /**
     * One file pair's score.
     *
     * @param name       the base name the files share
     * @param reference  the reference file
     * @param hypothesis the hypothesis file, or null when it was missing (all deletions)
     * @param score      the file's utterances, counts and rates
     */
    public record FileScore(String name, Path reference, Path hypothesis, CorpusScore score) {
        /** True when the hypothesis file did not exist. */
        public boolean hypothesisMissing() {
            return hypothesis == null;
        }
    }

    private final List<FileScore> files;
    private final CorpusScore pooled;

    FileSetScore(List<FileScore> files, CorpusScore pooled) {
        this.files = List.copyOf(files);
        this.pooled = pooled;
    }

    /** Each file pair, in base-name order. */
    public List<FileScore> files() {
        return files;
    }

    /**
     * All utterances of all files as one corpus: pooled counts, rates and every warning. Utterance
     * ids are prefixed with their file's name ({@code name/id}) unless the id is the name itself
     * (whole-file scoring).
     */
    public CorpusScore pooled() {
        return pooled;
    }
}
