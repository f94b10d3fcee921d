package dev.werk.core.fstalign;

import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.WerkDataException;
import dev.werk.core.metrics.Counts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores a reference against a hypothesis as Rev's fstalign ({@code fstalign wer}, standard
 * composition) does, for references in its NLP format with normalization and wer_tag side files:
 * <ol>
 *   <li>the reference becomes a network ({@link ReferenceGraph}): tokens lower-cased, each tagged
 *       entity replaced by its candidate verbalizations and its own tokens, synonym rules (given
 *       and derived from hyphenated and cut-off words) as further alternatives;</li>
 *   <li>it is aligned with the lower-cased hypothesis words by werk's sclite network program under
 *       fstalign's costs (insertion 1, deletion 1, substitution 1.5; of equally cheap paths the one
 *       with fewer errors), cut at anchors for speed ({@link ChunkedAlignment});</li>
 *   <li>steps are charged to entities ({@link EntityAccounting}); the class of a {@code wer_tags}
 *       id is its {@code entity_type} in the wer_tag file when one is given (ids it lacks are left out,
 *       as Earnings-21 counts only the entities its wer_tag files describe); without one, its
 *       {@code class} in the normalization file, else the class of a {@code tags} label with that id.</li>
 * </ol>
 * Pure: reads nothing, prints nothing; thread-safe.
 */
public final class Fstalign {
    private Fstalign() {
    }

    /**
     * Checks that every id of {@code norm} and {@code types} is used by {@code ref} (in its
     * {@code tags} or {@code wer_tags} column).
     *
     * @param strict true: an unused id is an error; false: one warning per file, returned
     * @throws WerkDataException naming the side file, the line and the id when strict
     */
    public static List<String> checkIds(NlpReference ref, Normalizations norm, EntityTypes types, boolean strict) {
        var used = ref.usedIds();
        List<String> warnings = new ArrayList<>();
        List<String> unusedNorm = new ArrayList<>();
        for (String id : norm.ids()) {
            if (!used.contains(id)) {
                if (strict) {
                    throw new WerkDataException(norm.file(), norm.lineOf(id), JsonFiles.path(id)
                            + ": entity id '" + id + "' is not used by the reference " + ref.file());
                }
                unusedNorm.add(id);
            }
        }
        List<String> unusedTypes = new ArrayList<>();
        for (String id : types.ids()) {
            if (!used.contains(id)) {
                if (strict) {
                    throw new WerkDataException(types.file(), types.lineOf(id), JsonFiles.path(id)
                            + ": entity id '" + id + "' is not used by the reference " + ref.file());
                }
                unusedTypes.add(id);
            }
        }
        if (!unusedNorm.isEmpty()) {
            warnings.add(norm.file() + ": " + unusedNorm.size() + " entity id(s) not used by the reference, ignored: "
                    + String.join(" ", unusedNorm));
        }
        if (!unusedTypes.isEmpty()) {
            warnings.add(types.file() + ": " + unusedTypes.size() + " entity id(s) not used by the reference, ignored: "
                    + String.join(" ", unusedTypes));
        }
        return warnings;
    }

    /** Aligns {@code ref} with the hypothesis tokens {@code hyp} (as read; lower-cased here). */
    public static FstalignAlignment align(NlpReference ref, Normalizations norm, EntityTypes types, List<String> hyp,
                                          FstalignSettings settings) {
        return align(ref, norm, types, hyp, settings, true, false);
    }

    /**
     * As {@link #align(NlpReference, Normalizations, EntityTypes, List, FstalignSettings)}, for a
     * hypothesis read in {@code hypFormat}: fstalign's CTM loader, unlike its text and NLP loaders,
     * ends the hypothesis without an epsilon arc, which the adapted search sees (it crosses that arc
     * as an insertion that costs 1 and is not counted).
     */
    public static FstalignAlignment align(NlpReference ref, Normalizations norm, EntityTypes types, List<String> hyp,
                                          FstalignSettings settings, TranscriptFormat hypFormat) {
        return align(ref, norm, types, hyp, settings, true, hypFormat == TranscriptFormat.CTM);
    }

    static FstalignAlignment align(NlpReference ref, Normalizations norm, EntityTypes types, List<String> hyp,
                                   FstalignSettings settings, boolean cut) {
        return align(ref, norm, types, hyp, settings, cut, false);
    }

    /**
     * Aligns {@code ref} with the path of lattice {@code hyp} nearest it: the path and its alignment
     * of least fstalign cost over all paths (the lattice's oracle; arc weights play no part), then
     * that path scored as a hypothesis of its own by
     * {@link #align(NlpReference, Normalizations, EntityTypes, List, FstalignSettings)}, under the
     * composition {@code settings} name. Synonym rules are derived from the whole symbol table, as
     * fstalign derives them from its symbol table.
     */
    public static FstalignAlignment align(NlpReference ref, Normalizations norm, EntityTypes types, Lattice hyp,
                                          FstalignSettings settings) {
        return align(ref, norm, types, null, hyp, settings, true, false);
    }

    private static FstalignAlignment align(NlpReference ref, Normalizations norm, EntityTypes types, List<String> hyp,
                                           FstalignSettings settings, boolean cut, boolean ctmHypothesis) {
        return align(ref, norm, types, hyp, null, settings, cut, ctmHypothesis);
    }

    private static List<String> lowered(List<String> tokens, FstalignSettings settings) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String h : tokens) {
            out.add(settings.useCase() ? h : ReferenceGraph.lower(h));
        }
        return out;
    }

    /**
     * As {@link #align(NlpReference, Normalizations, EntityTypes, List, FstalignSettings)} for the
     * hypothesis tokens {@code tokens}, or, when {@code lattice} is not null, for the lattice's path
     * nearest the expanded reference; {@code cut} false aligns in one piece (tests).
     */
    private static FstalignAlignment align(NlpReference ref, Normalizations norm, EntityTypes types, List<String> tokens,
                                           Lattice lattice, FstalignSettings settings, boolean cut, boolean ctmHypothesis) {
        Words words = new Words();
        NlpReference read = ref;
        if (settings.usePunctuation()) {
            ref = ref.withPunctuationTokens();
        }
        // synonym rules are derived from the hypothesis's words; a lattice's are its symbol table's, as in fstalign
        List<String> symbols = lowered(lattice == null ? tokens : lattice.symbols(), settings);
        List<Group> groups = ReferenceGraph.build(ref, norm, symbols, settings.synonyms(), settings.cutoffs(),
                settings.hyphens(), !settings.useCase(), words);
        List<String> hyp = lattice == null ? tokens : LatticeOracle.path(groups, lattice, words, !settings.useCase());
        List<String> lowerHyp = lattice == null ? symbols : lowered(hyp, settings);
        int[] hypIds = new int[lowerHyp.size()];
        for (int k = 0; k < hypIds.length; k++) {
            hypIds[k] = words.intern(lowerHyp.get(k));
        }
        ChunkedAlignment.Path path;
        if (settings.adapted()) {
            int[] firstPass = firstPassHyp(hyp, hypIds, words, ctmHypothesis, settings);
            path = AdaptedComposition.align(groups, hypIds, !ctmHypothesis, firstPass);
        } else if (settings.walker()) {
            List<int[][]> rules = ReferenceGraph.rules(ref, norm, symbols, settings.synonyms(), settings.cutoffs(),
                    settings.hyphens(), !settings.useCase(), words);
            path = StandardComposition.align(groups, rules, hypIds, !ctmHypothesis, firstPassHyp(hyp, hypIds, words,
                    ctmHypothesis, settings));
        } else {
            path = ChunkedAlignment.gapsFirst(ChunkedAlignment.align(groups, hypIds, cut));
        }
        EntityAccounting acc = EntityAccounting.of(groups, ref.rows(), path, settings.entityInsertions());

        Map<String, Counts> perTag = acc.perTag();
        Map<String, Counts> byClass = new TreeMap<>();
        Map<String, String> labelClass = labelClasses(ref);
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, Counts> e : perTag.entrySet()) {
            String id = e.getKey();
            String c = classOf(id, norm, types, labelClass);
            if (c == null) {
                unknown.add(id);
                continue;
            }
            byClass.merge(c, e.getValue(), Counts::plus);
        }
        List<String> warnings = new ArrayList<>();
        if (!unknown.isEmpty()) {
            warnings.add(unknownClassWarning(ref, types, unknown));
        }
        List<String> refWords = new ArrayList<>(path.reference().length);
        for (int w : path.reference()) {
            refWords.add(words.word(w));
        }
        List<String> hypWords = new ArrayList<>(path.hypothesis().length);
        for (int w : path.hypothesis()) {
            hypWords.add(words.word(w));
        }
        Counts switchCounts = settings.speakerSwitchContext() > 0 ? acc.speakerSwitch(settings.speakerSwitchContext()) : null;
        boolean caseStats = settings.caseStats() && read.isNlp();
        // the side-by-side steps: asked for, or the case statistics' pairs
        List<SideBySideRow> steps = List.of();
        if (settings.sideBySide() || caseStats) {
            List<int[][]> rules = ReferenceGraph.rules(ref, norm, symbols, settings.synonyms(), settings.cutoffs(),
                    settings.hyphens(), !settings.useCase(), words);
            String[] synonymLabels = SynonymLabels.of(rules, words, groups,
                    ReferenceGraph.entityCandidates(ref, norm, !settings.useCase(), words), path.reference(), path.referenceGroup());
            steps = acc.sideBySide(groups, ref.rows(), refWords, hypWords, types, synonymLabels);
        }
        CaseStats cases = caseStats ? CaseAccounting.of(steps, read.rows(), settings.usePunctuation(), hyp) : null;
        return new FstalignAlignment(refWords, hypWords, path.alignment(), perTag, ClassScores.of(byClass),
                ClassScores.of(acc.perLabelClass()), switchCounts, acc.perSpeaker(), cases,
                settings.sideBySide() ? steps : List.of(), warnings);
    }

    /**
     * fstalign's aligned NLP rows ({@code --output-nlp}) for an alignment made with
     * {@link FstalignSettings#sideBySide()} against the NLP reference {@code ref}: each reference row
     * with the times of the hypothesis word aligned to it; {@code starts}/{@code ends} are the
     * hypothesis words' times in order (null for a hypothesis without times: fstalign writes 0).
     */
    public static List<AlignedNlpRow> alignedNlp(FstalignAlignment a, NlpReference ref, float[] starts, float[] ends) {
        return alignedNlp(a, ref, false, starts, ends);
    }

    /**
     * As {@link #alignedNlp(FstalignAlignment, NlpReference, float[], float[])} for an alignment made
     * with fstalign's {@code --use-punctuation} when {@code usePunctuation}: the reference's rows are
     * then walked as fstalign lists them, each row with punctuation followed by an empty one of its own.
     */
    public static List<AlignedNlpRow> alignedNlp(FstalignAlignment a, NlpReference ref, boolean usePunctuation,
                                                 float[] starts, float[] ends) {
        return AlignedNlp.of(a.sideBySide(), AlignedNlp.rows(ref.rows(), usePunctuation), starts, ends);
    }

    /** The hypothesis as fstalign's first pass reads it: a CTM hypothesis's words as written, before lower-casing. */
    private static int[] firstPassHyp(List<String> hyp, int[] hypIds, Words words, boolean ctmHypothesis,
                                      FstalignSettings settings) {
        if (!ctmHypothesis || settings.useCase()) {
            return hypIds;
        }
        int[] out = new int[hyp.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = words.intern(hyp.get(k));
        }
        return out;
    }

    /** The class of each {@code tags} label id, from its first label. */
    static Map<String, String> labelClasses(NlpReference ref) {
        Map<String, String> labelClass = new LinkedHashMap<>();
        for (RefRow r : ref.rows()) {
            if (!r.label().isEmpty()) {
                labelClass.putIfAbsent(r.labelId(), r.labelClass());
            }
        }
        return labelClass;
    }

    /**
     * The class of entity id {@code id}: its {@code entity_type} when a wer_tag file is given (null
     * when it lacks the id), else its class in the normalization file, else its {@code tags} label's.
     */
    static String classOf(String id, Normalizations norm, EntityTypes types, Map<String, String> labelClass) {
        if (types.file() != null) {
            return types.typeOf(id);
        }
        String c = norm.classOf(id);
        return c != null ? c : labelClass.get(id);
    }

    static String unknownClassWarning(NlpReference ref, EntityTypes types, List<String> unknown) {
        return ref.file() + ": " + unknown.size() + " wer_tags id(s) without a class ("
                + (types.file() != null ? "not in " + types.file() : "neither in the normalization file nor a tags label")
                + "), left out of the classes: " + String.join(" ", unknown);
    }
}
