package dev.werk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code werk score} options that score as Rev's fstalign does (Earnings-21's published numbers).
 * Any of them switches {@code score} to fstalign scoring; {@code --fstalign} alone finds the side
 * files in Earnings-21's layout.
 */
final class FstalignOptions {
    @Option(names = "--fstalign",
            description = "Score as Rev's fstalign scored Earnings-21: NLP references with their normalizations "
                    + "(alternative verbalizations of each tagged entity) and wer_tags (per-class entity WER), costs "
                    + "ins 1 / del 1 / sub 1.5, lower-cased; finds <call>.norm.json and <call>.wer_tag.json beside the "
                    + "reference or in ../normalizations and ../wer_tags unless given.")
    boolean preset;

    @Mixin
    SideFileOptions files;

    @Option(names = "--synonyms", paramLabel = "FILE",
            description = "fstalign synonym rules ('words | alternative ; alternative' per line), applied to the reference.")
    Path synonyms;

    @Option(names = "--derive-synonyms",
            description = "Derive fstalign's cut-off (the- | the) and hyphen (best-ever | best ever) rules even without "
                    + "--synonyms, as fstalign >= 1.4 does; with --synonyms they are derived anyway.")
    boolean derive;

    @Option(names = "--disable-cutoffs", description = "fstalign's --disable-cutoffs: no derived cut-off rules.")
    boolean noCutoffs;

    @Option(names = "--disable-hyphen-ignore", description = "fstalign's --disable-hyphen-ignore: no derived hyphen rules.")
    boolean noHyphens;

    @Option(names = "--entity-insertions",
            description = "Charge insertions inside an entity to its class, as fstalign's per-tag report does; by default "
                    + "they are not, as in the Earnings-21 table (counted from fstalign 1.0's aligned NLP, which has no "
                    + "row for an insertion).")
    boolean entityInsertions;

    @Option(names = "--use-case", description = "fstalign's --use-case: keep the case of every token (default: lower-case all).")
    boolean useCase;

    @Option(names = "--use-punctuation",
            description = "fstalign's --use-punctuation: the NLP punctuation column as tokens of their own (reference and hypothesis).")
    boolean usePunctuation;

    /** True when fstalign scoring was asked for. */
    boolean active() {
        return preset || files.norm != null || files.tags != null || synonyms != null || derive || noCutoffs || noHyphens || useCase
                || usePunctuation;
    }
}
