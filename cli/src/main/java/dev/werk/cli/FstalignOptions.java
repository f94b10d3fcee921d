package dev.werk.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code werk score} options that score as Rev's fstalign does (Earnings-21's published numbers).
 * Any of them switches {@code score} to fstalign scoring; {@code --fstalign} alone finds the side
 * files in Earnings-21's layout.
 */
final class FstalignOptions {
    /** What {@code --ref-norm} is (also {@code werk terms --entities}'). */
    static final String NORM_DESCRIPTION = "fstalign normalization file (<call>.norm.json), or a folder of them for a reference folder.";
    /** What {@code --ref-tags} is (also {@code werk terms --entities}'). */
    static final String TAGS_DESCRIPTION = "wer_tag file (<call>.wer_tag.json: id -> entity_type) or a folder of them: per-class entity WER.";

    boolean preset;
    Path norm;
    Path tags;
    Path synonyms;
    boolean derive;
    boolean noCutoffs;
    boolean noHyphens;
    /** {@code --entity-insertions}: the default, accepted for clarity (a flag starts false, as picocli wants it). */
    boolean entityInsertions;
    /** fstalign charges insertions inside entities in every release, so they are charged unless this is set. */
    boolean noEntityInsertions;
    boolean useCase;
    boolean usePunctuation;
    /** {@code --composition}: fstalign's {@code --composition-approach}, null for werk's default (standard). */
    String composition;

    /** Adds these options, bound to this object, to {@code spec} (see {@link CodedOptions}). */
    void addTo(CommandSpec spec) {
        spec.addOption(CodedOptions.flag(() -> preset, v -> preset = v, "--fstalign")
                .description("Score as Rev's fstalign scored Earnings-21: NLP references with their normalizations "
                        + "(alternative verbalizations of each tagged entity) and wer_tags (per-class entity WER), costs "
                        + "ins 1 / del 1 / sub 1.5, lower-cased; finds <call>.norm.json and <call>.wer_tag.json beside the "
                        + "reference or in ../normalizations and ../wer_tags unless given.").build());
        spec.addOption(CodedOptions.option(Path.class, () -> norm, v -> norm = v, "--ref-norm").paramLabel("FILE|DIR")
                .description(NORM_DESCRIPTION).build());
        spec.addOption(CodedOptions.option(Path.class, () -> tags, v -> tags = v, "--ref-tags").paramLabel("FILE|DIR")
                .description(TAGS_DESCRIPTION).build());
        spec.addOption(CodedOptions.option(Path.class, () -> synonyms, v -> synonyms = v, "--synonyms").paramLabel("FILE")
                .description("fstalign synonym rules ('words | alternative ; alternative' per line), applied to the reference.").build());
        spec.addOption(CodedOptions.flag(() -> derive, v -> derive = v, "--derive-synonyms")
                .description("Derive fstalign's cut-off (the- | the) and hyphen (best-ever | best ever) rules even without "
                        + "--synonyms, as fstalign >= 1.4 does; with --synonyms they are derived anyway.").build());
        spec.addOption(CodedOptions.flag(() -> noCutoffs, v -> noCutoffs = v, "--disable-cutoffs")
                .description("fstalign's --disable-cutoffs: no derived cut-off rules.").build());
        spec.addOption(CodedOptions.flag(() -> noHyphens, v -> noHyphens = v, "--disable-hyphen-ignore")
                .description("fstalign's --disable-hyphen-ignore: no derived hyphen rules.").build());
        spec.addOption(CodedOptions.flag(() -> entityInsertions, v -> entityInsertions = v, "--entity-insertions")
                .description("Charge an insertion to an entity when its run of errors lies between two hits of the entity, "
                        + "as fstalign's per-tag report (RecordTagWer, in every release since 1.0) and so the Earnings-21 "
                        + "table do (the default).").build());
        spec.addOption(CodedOptions.flag(() -> noEntityInsertions, v -> noEntityInsertions = v, "--no-entity-insertions")
                .description("Never charge an insertion to an entity.").build());
        spec.addOption(CodedOptions.flag(() -> useCase, v -> useCase = v, "--use-case")
                .description("fstalign's --use-case: keep the case of every token (default: lower-case all).").build());
        spec.addOption(CodedOptions.flag(() -> usePunctuation, v -> usePunctuation = v, "--use-punctuation")
                .description("fstalign's --use-punctuation: the NLP punctuation column as tokens of their own (reference and hypothesis).").build());
        spec.addOption(CodedOptions.option(String.class, () -> composition, v -> composition = v, "--composition")
                .paramLabel("standard|standard-walker|adapted")
                .description("fstalign's --composition-approach: standard (the default here: the cheapest path), "
                        + "standard-walker (the standard composition searched by fstalign's walker, as fstalign does: "
                        + "fstalign's own answer, which may cost more; one search per file, slow on long files) or adapted "
                        + "(fstalign's default since May 2021: its greedy search, which may answer a costlier path).").build());
    }

    /** True for {@code --composition adapted}. */
    boolean adapted() {
        return composition().equals("adapted");
    }

    /** True for {@code --composition standard-walker}. */
    boolean walker() {
        return composition().equals("standard-walker");
    }

    private String composition() {
        if (composition == null) {
            return "standard";
        }
        if (composition.equals("standard") || composition.equals("standard-walker") || composition.equals("adapted")) {
            return composition;
        }
        throw new UsageException("--composition " + composition + ": expected standard, standard-walker or adapted");
    }

    /** True when fstalign scoring was asked for. */
    boolean active() {
        return preset || norm != null || tags != null || synonyms != null || derive || noCutoffs || noHyphens || useCase
                || usePunctuation || composition != null;
    }
}
