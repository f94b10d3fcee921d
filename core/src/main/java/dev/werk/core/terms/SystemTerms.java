package dev.werk.core.terms;

import dev.werk.core.CorpusScore;
import dev.werk.core.SystemsScore;
import dev.werk.core.UtteranceScore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Term accuracy of several systems scored against one reference ({@link SystemsScore}): per
 * system a {@link TermReport}, and on request the plain substring counts of the reference and of
 * each system ({@link SubstringCounter}). Immutable.
 *
 * <pre>{@code
 * SystemsScore scored = Scorer.scoreSystems(ref, List.of(new NamedTranscript("baseline", b),
 *         new NamedTranscript("custom", c)), new Pairing.Rules(false, false), options);
 * TermSet terms = TermListReader.read(Path.of("terms.txt")).compile(options.normalizer());
 * SystemTerms t = SystemTerms.score(scored, terms, false, false);
 * double recall = t.report("custom").pooled().recall();
 * }</pre>
 */
public final class SystemTerms {
    private final SystemsScore systems;
    private final TermSet terms;
    private final List<TermReport> reports;
    private final SubstringCounter referenceCounts;
    private final List<SubstringCounter> hypothesisCounts;

    private SystemTerms(SystemsScore systems, TermSet terms, List<TermReport> reports, SubstringCounter referenceCounts,
                        List<SubstringCounter> hypothesisCounts) {
        this.systems = systems;
        this.terms = terms;
        this.reports = List.copyOf(reports);
        this.referenceCounts = referenceCounts;
        this.hypothesisCounts = hypothesisCounts == null ? null : List.copyOf(hypothesisCounts);
    }

    /**
     * Scores every system's utterances against {@code terms} (normalised with the normaliser the
     * transcripts were scored with). Systems are scored in parallel; the result does not depend on it.
     *
     * @param details         keep every occurrence and false alarm in the reports
     * @param substringCounts also count the terms as plain substrings of each transcript
     * @throws dev.werk.core.io.WerkDataException when a per-utterance list names an utterance the
     *                                            reference does not have
     */
    public static SystemTerms score(SystemsScore systems, TermSet terms, boolean details, boolean substringCounts) {
        terms.checkUtterances(systems.utteranceIds());
        TermScorer scorer = new TermScorer(terms);
        // Rule 1 on each reference once, not once per system (a system whose reference tokens
        // differ, as sclite markup's path taken can, scans its own).
        Map<String, Scanned> refOcc = new HashMap<>();
        for (String id : systems.utteranceIds()) {
            for (UtteranceScore u : systems.utterance(id)) {
                if (u != null) {
                    refOcc.put(id, new Scanned(u.referenceTokens(), scorer.referenceOccurrences(id, u.referenceTokens())));
                    break;
                }
            }
        }
        int n = systems.names().size();
        TermReport[] reports = new TermReport[n];
        SubstringCounter[] counts = new SubstringCounter[n];
        IntStream.range(0, n).parallel().forEach(s -> {
            TermAccumulator acc = new TermAccumulator(terms, details);
            SubstringCounter counter = substringCounts ? new SubstringCounter(terms) : null;
            for (UtteranceScore u : systems.systems().get(s).utterances()) {
                Scanned known = refOcc.get(u.id());
                List<int[]> occ = known != null && known.tokens().equals(u.referenceTokens()) ? known.occurrences()
                        : scorer.referenceOccurrences(u.id(), u.referenceTokens());
                acc.add(scorer.score(u.id(), u.referenceTokens(), u.hypothesisTokens(), u.alignment(), occ));
                if (counter != null) {
                    counter.add(u.id(), u.hypothesisTokens());
                }
            }
            reports[s] = acc.finish();
            counts[s] = counter;
        });
        SubstringCounter reference = null;
        if (substringCounts) {
            reference = new SubstringCounter(terms);
            for (String id : systems.utteranceIds()) {
                for (UtteranceScore u : systems.utterance(id)) {
                    if (u != null) {
                        reference.add(id, u.referenceTokens());
                        break;
                    }
                }
            }
        }
        return new SystemTerms(systems, terms, List.of(reports), reference, substringCounts ? List.of(counts) : null);
    }

    /** A reference's tokens and the occurrences rule 1 finds in them. */
    private record Scanned(List<String> tokens, List<int[]> occurrences) {
    }

    /** The scored systems this was computed from. */
    public SystemsScore systems() {
        return systems;
    }

    /** The terms. */
    public TermSet terms() {
        return terms;
    }

    /** The systems' names, in order. */
    public List<String> names() {
        return systems.names();
    }

    /** Each system's term report, in {@link #names()} order. */
    public List<TermReport> reports() {
        return reports;
    }

    /** The term report of the system called {@code name}. */
    public TermReport report(String name) {
        int k = names().indexOf(name);
        if (k < 0) {
            throw new IllegalArgumentException("no system named '" + name + "'");
        }
        return reports.get(k);
    }

    /** Each system's corpus score, in {@link #names()} order. */
    public List<CorpusScore> scores() {
        return systems.systems();
    }

    /** True when the substring counts were asked for. */
    public boolean hasSubstringCounts() {
        return referenceCounts != null;
    }

    /** How often term {@code term} (index in {@link TermSet#terms()}) occurs as a substring of the reference. */
    public long referenceSubstringCount(int term) {
        requireCounts();
        return referenceCounts.count(term);
    }

    /** How often term {@code term} occurs as a substring of system {@code system}'s hypothesis. */
    public long hypothesisSubstringCount(int system, int term) {
        requireCounts();
        return hypothesisCounts.get(system).count(term);
    }

    private void requireCounts() {
        if (referenceCounts == null) {
            throw new IllegalStateException("substring counts were not asked for");
        }
    }
}
