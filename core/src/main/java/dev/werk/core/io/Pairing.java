package dev.werk.core.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Pairs reference and hypothesis utterances.
 *
 * <ul>
 *   <li>STM reference, CTM hypothesis: the CTM words are cut into the STM segments by time, as
 *       sclite does (see {@link TranscriptFormat#STM}); a CTM reference with a CTM hypothesis is
 *       cut into sclite's chunks.</li>
 *   <li>Files that both carry ids are paired by id, in reference order: a reference without a
 *       hypothesis is kept (all deletions) and reported in {@link Result#warnings()}; a hypothesis
 *       id without a reference is an error.</li>
 *   <li>Otherwise utterances pair by position and both files must hold the same number; a
 *       whole-file reference (NLP, Transcribe JSON) lends its id to the pair.</li>
 * </ul>
 *
 * STM segments excluded from scoring ({@code IGNORE_TIME_SEGMENT_IN_SCORING}) never form a pair.
 */
public final class Pairing {
    private Pairing() {
    }

    /**
     * The pairs in reference order and the warnings the user must see.
     *
     * @param pairs      one per reference utterance
     * @param warnings   one line each, naming the file and the id
     * @param reference  where the reference utterances come from
     * @param hypothesis where the hypothesis utterances come from
     */
    public record Result(List<UtterancePair> pairs, List<String> warnings, Source reference, Source hypothesis) {
        public Result {
            pairs = List.copyOf(pairs);
            warnings = List.copyOf(warnings);
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(hypothesis, "hypothesis");
        }

        /** Pairs made in memory: both sides count as plain text without a file. */
        public Result(List<UtterancePair> pairs, List<String> warnings) {
            this(pairs, warnings, Source.PLAIN, Source.PLAIN);
        }
    }

    /**
     * One side of the pairing: the file it was read from and its format. The format decides how
     * the Scorer reads the text (trn markup is interpreted in trn input only); the file names it in
     * data errors.
     *
     * @param file   the file, or null for text in memory
     * @param format the format the text was read in
     */
    public record Source(Path file, TranscriptFormat format) {
        /** Text in memory, read as plain text. */
        public static final Source PLAIN = new Source(null, TranscriptFormat.PLAIN);

        public Source {
            Objects.requireNonNull(format, "format");
        }

        static Source of(Transcript t) {
            return new Source(t.source(), t.format());
        }
    }

    /**
     * How a pairing is made beyond the formats' own rules.
     *
     * @param wholeFile    score each file as one utterance (see {@link Pairing#wholeFile})
     * @param ignoreIdCase match utterance ids whatever their case (see {@link Pairing#pair(Transcript, Transcript, boolean)})
     */
    public record Rules(boolean wholeFile, boolean ignoreIdCase) {
        /** By the formats' own rules, ids matched exactly. */
        public static final Rules DEFAULT = new Rules(false, false);

        /** Pairs {@code ref} with {@code hyp} by these rules. */
        public Result pair(Transcript ref, Transcript hyp) {
            return wholeFile ? Pairing.wholeFile(ref, hyp) : Pairing.pair(ref, hyp, ignoreIdCase);
        }
    }

    /** Pairs {@code ref} with {@code hyp} (see the class comment for the rules). */
    public static Result pair(Transcript ref, Transcript hyp) {
        return pair(ref, hyp, false);
    }

    /**
     * As {@link #pair(Transcript, Transcript)}; with {@code ignoreIdCase} utterance ids match
     * whatever their case, as sclite matches them unless given {@code -s} (two ids of one file that
     * differ only in case are then duplicates).
     */
    public static Result pair(Transcript ref, Transcript hyp, boolean ignoreIdCase) {
        if (ref.format() == TranscriptFormat.STM && hyp.format() == TranscriptFormat.CTM) {
            return StmCtmAssignment.pair(ref, hyp);
        }
        if (ref.format() == TranscriptFormat.CTM && hyp.format() == TranscriptFormat.CTM) {
            return CtmChunking.pair(ref, hyp);
        }
        if (ref.format().hasIds() && hyp.format().hasIds()) {
            return byId(ref, hyp, ignoreIdCase);
        }
        return byPosition(ref, hyp);
    }

    /**
     * Scores each file as one utterance: all utterances of {@code ref} joined into one (see
     * {@link WholeFile#join}) against all of {@code hyp}; the pair's id is the reference file's
     * base name.
     */
    public static Result wholeFile(Transcript ref, Transcript hyp) {
        Utterance r = WholeFile.join(ref);
        return new Result(List.of(new UtterancePair(r.id(), r, WholeFile.join(hyp))), List.of(), Source.of(ref), Source.of(hyp));
    }

    /**
     * The pairs of a reference whose hypothesis file does not exist: every utterance scored as all
     * deletions, with {@code warning} as the one warning.
     */
    public static Result missingHypothesis(Transcript ref, String warning) {
        List<UtterancePair> pairs = new ArrayList<>();
        for (Utterance r : ref.utterances()) {
            if (!r.excluded()) {
                pairs.add(new UtterancePair(r.id(), r, null));
            }
        }
        return new Result(pairs, List.of(warning), Source.of(ref), Source.PLAIN);
    }

    private static Result byId(Transcript ref, Transcript hyp, boolean ignoreIdCase) {
        Map<String, Utterance> hyps = byKey(hyp, ignoreIdCase);
        Map<String, Utterance> refs = byKey(ref, ignoreIdCase);
        for (Utterance h : hyp.utterances()) {
            if (!refs.containsKey(key(h.id(), ignoreIdCase))) {
                throw new WerkDataException(hyp.source(), h.line(),
                        "hypothesis utterance '" + h.id() + "' has no reference in " + name(ref));
            }
        }
        List<UtterancePair> pairs = new ArrayList<>(ref.utterances().size());
        List<String> warnings = new ArrayList<>();
        for (Utterance r : ref.utterances()) {
            if (r.excluded()) {
                continue;
            }
            Utterance h = hyps.get(key(r.id(), ignoreIdCase));
            if (h == null) {
                warnings.add(name(ref) + ":" + r.line() + ": utterance '" + r.id() + "' has no hypothesis in "
                        + name(hyp) + "; scored as all deletions");
            }
            pairs.add(new UtterancePair(r.id(), r, h));
        }
        return new Result(pairs, warnings, Source.of(ref), Source.of(hyp));
    }

    /** The utterances of {@code t} by id (folded when asked); ids equal after folding are duplicates. */
    private static Map<String, Utterance> byKey(Transcript t, boolean ignoreIdCase) {
        Map<String, Utterance> out = new LinkedHashMap<>();
        for (Utterance u : t.utterances()) {
            Utterance seen = out.putIfAbsent(key(u.id(), ignoreIdCase), u);
            if (seen != null) {
                throw new WerkDataException(t.source(), u.line(), "utterance id '" + u.id() + "' equals '" + seen.id()
                        + "' (line " + seen.line() + ") when case is ignored");
            }
        }
        return out;
    }

    private static String key(String id, boolean ignoreIdCase) {
        return ignoreIdCase ? id.toLowerCase(Locale.ROOT) : id;
    }

    private static Result byPosition(Transcript ref, Transcript hyp) {
        List<Utterance> rs = ref.utterances();
        List<Utterance> hs = hyp.utterances();
        if (rs.size() != hs.size()) {
            String unit = ref.format().hasIds() || hyp.format().hasIds() ? " utterances" : " lines";
            // Point at the first utterance of the longer file that has no partner: it always exists,
            // whereas the shorter file may be empty and so have no line to name.
            Transcript longer = hs.size() < rs.size() ? ref : hyp;
            int firstUnpaired = Math.min(rs.size(), hs.size());
            long line = longer.utterances().get(firstUnpaired).line();
            throw new WerkDataException(longer.source(), line, name(ref) + " has " + rs.size() + unit + " but "
                    + name(hyp) + " has " + hs.size() + "; files without ids pair line by line, so both need the same count"
                    + (ref.format().isWholeFile() || hyp.format().isWholeFile()
                    ? " (" + name(ref.format().isWholeFile() ? ref : hyp) + " is one utterance: add --whole-file to score each file as one)" : ""));
        }
        List<UtterancePair> pairs = new ArrayList<>(rs.size());
        for (int k = 0; k < rs.size(); k++) {
            Utterance r = rs.get(k);
            Utterance h = hs.get(k);
            if (r.excluded()) {
                continue;
            }
            String id = ref.format().hasIds() || ref.format().isWholeFile() ? r.id() : h.id();
            pairs.add(new UtterancePair(id, r, h));
        }
        return new Result(pairs, List.of(), Source.of(ref), Source.of(hyp));
    }

    private static String name(Transcript t) {
        return t.source() == null ? "<" + t.format().id() + ">" : t.source().toString();
    }
}
