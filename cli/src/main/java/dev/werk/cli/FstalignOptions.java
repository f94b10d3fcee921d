package dev.werk.cli;

import java.nio.file.Path;
import java.util.List;
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
    /** {@code --record-case-stats}: fstalign's case precision/recall (NLP references only). */
    boolean caseStats;
    /** {@code --speaker-wer}: fstalign's speaker-switch and per-speaker WER (NLP references only). */
    boolean speakerWer;
    /** {@code --speaker-switch-context}: as given (a string, parsed by {@link #speakerSwitchContext()}); null for 5. */
    String speakerContext;
    /** {@code --composition}: fstalign's {@code --composition-approach}, null for werk's default (standard). */
    String composition;
    /** {@code --output-sbs}: where fstalign's side-by-side file goes; null for none. */
    Path sbs;
    /** {@code --output-nlp}: where fstalign's aligned NLP file goes; null for none. */
    Path nlp;
    /** {@code --symbols}: the symbol table of an OpenFst lattice hypothesis; null for a transcript hypothesis. */
    Path symbols;

    /** These options, bound to this object (see {@link CodedOptions}), in {@code --help} order. */
    List<CodedOptions.Opt> options() {
        return List.of(
                CodedOptions.flag(this, "preset", "--fstalign")
                    .description("Score as Rev's fstalign scored Earnings-21: NLP references with their normalizations "
                            + "(alternative verbalizations of each tagged entity) and wer_tags (per-class entity WER), costs "
                            + "ins 1 / del 1 / sub 1.5, lower-cased; finds <call>.norm.json and <call>.wer_tag.json beside the "
                            + "reference or in ../normalizations and ../wer_tags unless given."),
                CodedOptions.option(Path.class, this, "norm", "--ref-norm").paramLabel("FILE|DIR")
                    .description(NORM_DESCRIPTION),
                CodedOptions.option(Path.class, this, "tags", "--ref-tags").paramLabel("FILE|DIR")
                    .description(TAGS_DESCRIPTION),
                CodedOptions.option(Path.class, this, "synonyms", "--synonyms").paramLabel("FILE")
                    .description("fstalign synonym rules ('words | alternative ; alternative' per line), applied to the reference."),
                CodedOptions.flag(this, "derive", "--derive-synonyms")
                    .description("Derive fstalign's cut-off (the- | the) and hyphen (best-ever | best ever) rules even without "
                            + "--synonyms, as fstalign >= 1.4 does; with --synonyms they are derived anyway."),
                CodedOptions.flag(this, "noCutoffs", "--disable-cutoffs")
                    .description("fstalign's --disable-cutoffs: no derived cut-off rules."),
                CodedOptions.flag(this, "noHyphens", "--disable-hyphen-ignore")
                    .description("fstalign's --disable-hyphen-ignore: no derived hyphen rules."),
                CodedOptions.flag(this, "entityInsertions", "--entity-insertions")
                    .description("Charge an insertion to an entity when its run of errors lies between two hits of the entity, "
                            + "as fstalign's per-tag report (RecordTagWer, in every release since 1.0) and so the Earnings-21 "
                            + "table do (the default)."),
                CodedOptions.flag(this, "noEntityInsertions", "--no-entity-insertions")
                    .description("Never charge an insertion to an entity."),
                CodedOptions.flag(this, "useCase", "--use-case")
                    .description("fstalign's --use-case: keep the case of every token (default: lower-case all)."),
                CodedOptions.flag(this, "usePunctuation", "--use-punctuation")
                    .description("fstalign's --use-punctuation: the NLP punctuation column as tokens of their own (reference and hypothesis)."),
                CodedOptions.flag(this, "caseStats", "--record-case-stats")
                    .description("fstalign's --record-case-stats: precision and recall of the hypothesis's capitals against the "
                            + "NLP reference's case column, over matched words and over all aligned pairs (NLP references only)."),
                CodedOptions.flag(this, "speakerWer", "--speaker-wer")
                    .description("fstalign's speaker-switch WER (reference words within --speaker-switch-context words of a "
                            + "change of speaker) and per-speaker WER, from the NLP reference's speaker column (NLP references only)."),
                CodedOptions.option(String.class, this, "speakerContext", "--speaker-switch-context").paramLabel("N")
                    .description("fstalign's --speaker-switch-context: words on each side of a change of speaker counted in "
                            + "the speaker-switch WER (default 5; at least 1); implies --speaker-wer."),
                CodedOptions.option(String.class, this, "composition", "--composition")
                    .paramLabel("standard|standard-walker|adapted")
                    .description("fstalign's --composition-approach: standard (the default here: the cheapest path), "
                            + "standard-walker (the standard composition searched by fstalign's walker, as fstalign does: "
                            + "fstalign's own answer, which may cost more; one search per file, slow on long files) or adapted "
                            + "(fstalign's default since May 2021: its greedy search, which may answer a costlier path)."),
                CodedOptions.option(Path.class, this, "symbols", "--symbols").paramLabel("FILE")
                    .description("fstalign's --symbols: the hypothesis (one file) is an OpenFst binary vector lattice whose "
                            + "labels are this symbol table's ('word key' per line); it is scored by its path nearest the "
                            + "reference (the lattice oracle; arc weights unused)."),
                CodedOptions.option(Path.class, this, "sbs", "--output-sbs").paramLabel("FILE")
                    .description("fstalign's --output-sbs: write its side-by-side file (one row per aligned token with ERR, "
                            + "the entity label and wer_tags, then the error groups) for a single file pair."),
                CodedOptions.option(Path.class, this, "nlp", "--output-nlp").paramLabel("FILE")
                    .description("fstalign's --output-nlp: write the NLP reference with the times of the hypothesis words "
                            + "aligned to its rows (CTM or NLP hypotheses; a text one has none) for a single file pair."));
    }

    /** Adds these options to {@code spec}. */
    void addTo(CommandSpec spec) {
        CodedOptions.addAll(spec, options());
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

    /** True when the speaker-switch and per-speaker WER were asked for ({@code --speaker-wer} or a context). */
    boolean speakers() {
        return speakerWer || speakerContext != null;
    }

    /** {@code --speaker-switch-context} as a number (5 when not given); a usage error unless a whole number of at least 1. */
    int speakerSwitchContext() {
        if (speakerContext == null) {
            return 5;
        }
        int n;
        try {
            n = Integer.parseInt(speakerContext);
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1) {
            throw new UsageException("--speaker-switch-context " + speakerContext + ": expected a whole number of at least 1");
        }
        return n;
    }

    /** True when fstalign scoring was asked for. */
    boolean active() {
        return preset || norm != null || tags != null || synonyms != null || derive || noCutoffs || noHyphens || useCase
                || usePunctuation || caseStats || speakers() || composition != null || sbs != null || nlp != null
                || symbols != null;
    }
}
