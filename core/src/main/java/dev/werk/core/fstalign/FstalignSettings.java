package dev.werk.core.fstalign;

import java.util.Objects;

/**
 * How fstalign's scoring is reproduced for one run.
 *
 * @param synonyms rules from a synonyms file ({@code --synonyms}); {@link SynonymRules#NONE} for none
 * @param cutoffs  derive {@code the- | the} for every cut-off word present (fstalign's default;
 *                 {@code --disable-cutoffs} turns it off)
 * @param hyphens  derive {@code best-ever | best ever} and back for every hyphenated word present
 *                 (fstalign's default; {@code --disable-hyphen-ignore} turns it off)
 * @param entityInsertions charge insertions inside an entity to its classes, as fstalign's
 *                 per-tag lines ({@code Wer Entity ID x WER}, {@code RecordTagWer}, present since 1.0)
 *                 do: an insertion is inside an entity when its run of errors lies between two hits
 *                 of the entity (see {@code EntityAccounting}); false: never
 * @param speakerSwitchContext reference words on each side of a speaker change counted in the
 *                 speaker-switch WER (fstalign's {@code --speaker-switch-context}, default 5; 0 or
 *                 less: none)
 * @param useCase  keep the case of every token (fstalign's {@code --use-case}); otherwise all are lower-cased
 * @param usePunctuation the NLP punctuation column as tokens of their own (fstalign's {@code --use-punctuation})
 * @param adapted  search as fstalign's {@code --composition-approach adapted} does (its greedy
 *                 {@code AdaptedComposition}, fstalign's default since May 2021); false: its standard composition,
 *                 whose answer is the cheapest path (werk's default)
 * @param walker   (standard composition only) search it as fstalign does, with its walker
 *                 ({@code --composition standard-walker}): fstalign's own answer, which need not be the
 *                 cheapest path; one search over the whole pair, slow on long files
 * @param caseStats record fstalign's case precision/recall ({@code --record-case-stats}; NLP
 *                 references only): off by default, as its accounting costs a run of Earnings-21 ~7 %
 * @param sideBySide record each step's tokens, entity label and wer_tags for fstalign's side-by-side
 *                 file ({@code --output-sbs}, {@link FstalignAlignment#sideBySide()}); off by default
 */
public record FstalignSettings(SynonymRules synonyms, boolean cutoffs, boolean hyphens, boolean entityInsertions,
                               int speakerSwitchContext, boolean useCase, boolean usePunctuation, boolean adapted,
                               boolean walker, boolean caseStats, boolean sideBySide) {
    /** fstalign's defaults: no synonyms file, cut-off and hyphen synonyms derived. */
    public static final FstalignSettings DEFAULTS = new FstalignSettings(SynonymRules.NONE, true, true, true);

    /**
     * fstalign as its authors ran it for the published Earnings-21 table (release 1.0, March 2021):
     * without a synonyms file there was no synonym engine at all, so no derived rules either
     * ({@code main.cpp} built the engine only for {@code --syn}; hyphen rules arrived in 1.4); entity
     * errors from its per-tag report ({@code RecordTagWer} in {@code wer.cpp} of tag 1.0.0, written to
     * the {@code .log.json} files the Earnings-21 README names), which charges insertions inside entities.
     */
    public static final FstalignSettings DEFAULTS_2021 = new FstalignSettings(SynonymRules.NONE, false, false, true);

    public FstalignSettings {
        Objects.requireNonNull(synonyms, "synonyms");
        if (adapted && walker) {
            throw new IllegalArgumentException("the walker option is for the standard composition");
        }
    }

    /** Without case statistics. */
    public FstalignSettings(SynonymRules synonyms, boolean cutoffs, boolean hyphens, boolean entityInsertions,
                            int speakerSwitchContext, boolean useCase, boolean usePunctuation, boolean adapted, boolean walker) {
        this(synonyms, cutoffs, hyphens, entityInsertions, speakerSwitchContext, useCase, usePunctuation, adapted, walker, false, false);
    }

    /** With the standard composition searched as werk does (the cheapest path) unless {@code adapted}. */
    public FstalignSettings(SynonymRules synonyms, boolean cutoffs, boolean hyphens, boolean entityInsertions,
                            int speakerSwitchContext, boolean useCase, boolean usePunctuation, boolean adapted) {
        this(synonyms, cutoffs, hyphens, entityInsertions, speakerSwitchContext, useCase, usePunctuation, adapted, false);
    }

    /** With the standard composition. */
    public FstalignSettings(SynonymRules synonyms, boolean cutoffs, boolean hyphens, boolean entityInsertions,
                            int speakerSwitchContext, boolean useCase, boolean usePunctuation) {
        this(synonyms, cutoffs, hyphens, entityInsertions, speakerSwitchContext, useCase, usePunctuation, false);
    }

    /** With fstalign's default speaker-switch context, 5. */
    public FstalignSettings(SynonymRules synonyms, boolean cutoffs, boolean hyphens, boolean entityInsertions) {
        this(synonyms, cutoffs, hyphens, entityInsertions, 5, false, false);
    }

    /** With case folded and punctuation columns ignored, fstalign's defaults. */
    public FstalignSettings(SynonymRules synonyms, boolean cutoffs, boolean hyphens, boolean entityInsertions,
                            int speakerSwitchContext) {
        this(synonyms, cutoffs, hyphens, entityInsertions, speakerSwitchContext, false, false);
    }

    /** These settings with fstalign's {@code --use-case} and {@code --use-punctuation} as given. */
    public FstalignSettings withCaseAndPunctuation(boolean useCase, boolean usePunctuation) {
        return new FstalignSettings(synonyms, cutoffs, hyphens, entityInsertions, speakerSwitchContext, useCase, usePunctuation,
                adapted, walker, caseStats, sideBySide);
    }

    /**
     * These settings with fstalign's {@code --speaker-switch-context}: reference words on each side
     * of a change of speaker counted in the speaker-switch WER (0 or less: none).
     */
    public FstalignSettings withSpeakerSwitchContext(int context) {
        return new FstalignSettings(synonyms, cutoffs, hyphens, entityInsertions, context, useCase, usePunctuation, adapted,
                walker, caseStats, sideBySide);
    }

    /** These settings with the given synonym rules. */
    public FstalignSettings withSynonyms(SynonymRules s) {
        return new FstalignSettings(s, cutoffs, hyphens, entityInsertions, speakerSwitchContext, useCase, usePunctuation, adapted,
                walker, caseStats, sideBySide);
    }

    /** These settings with fstalign's adapted composition (true) or its standard one (false). */
    public FstalignSettings withAdapted(boolean a) {
        return new FstalignSettings(synonyms, cutoffs, hyphens, entityInsertions, speakerSwitchContext, useCase, usePunctuation, a,
                walker && !a, caseStats, sideBySide);
    }

    /**
     * These settings with the standard composition searched by fstalign's walker (true: fstalign's own
     * answer) or as werk does (false: the cheapest path); true also selects the standard composition.
     */
    public FstalignSettings withWalker(boolean w) {
        return new FstalignSettings(synonyms, cutoffs, hyphens, entityInsertions, speakerSwitchContext, useCase, usePunctuation,
                adapted && !w, w, caseStats, sideBySide);
    }

    /** These settings with fstalign's case statistics recorded ({@code --record-case-stats}) or not. */
    public FstalignSettings withCaseStats(boolean c) {
        return new FstalignSettings(synonyms, cutoffs, hyphens, entityInsertions, speakerSwitchContext, useCase, usePunctuation,
                adapted, walker, c, sideBySide);
    }

    /** These settings with fstalign's side-by-side rows ({@code --output-sbs}) recorded or not. */
    public FstalignSettings withSideBySide(boolean b) {
        return new FstalignSettings(synonyms, cutoffs, hyphens, entityInsertions, speakerSwitchContext, useCase, usePunctuation,
                adapted, walker, caseStats, b);
    }
}
