package dev.werk.core.terms;

import dev.werk.core.CorpusScore;
import dev.werk.core.SystemsScore;
import dev.werk.core.UtteranceScore;
import dev.werk.core.metrics.Counts;
import dev.werk.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
    private final ReferenceEntities entities;
    private final long emptyEntities;
    private final List<List<Counts>> classCounts;

    private SystemTerms(SystemsScore systems, TermSet terms, List<TermReport> reports, SubstringCounter referenceCounts,
                        List<SubstringCounter> hypothesisCounts) {
        this(systems, terms, reports, referenceCounts, hypothesisCounts, null, 0, null);
    }

    private SystemTerms(SystemsScore systems, TermSet terms, List<TermReport> reports, SubstringCounter referenceCounts,
                        List<SubstringCounter> hypothesisCounts, ReferenceEntities entities, long emptyEntities,
                        List<List<Counts>> classCounts) {
        this.systems = systems;
        this.terms = terms;
        this.reports = List.copyOf(reports);
        this.referenceCounts = referenceCounts;
        this.hypothesisCounts = hypothesisCounts == null ? null : List.copyOf(hypothesisCounts);
        this.entities = entities;
        this.emptyEntities = emptyEntities;
        this.classCounts = classCounts == null ? null : List.copyOf(classCounts);
    }

    /**
     * Entities as terms: every entity of {@code entities} is one reference occurrence, scored by
     * rule 2 on each system's alignment (the one {@code werk terms} computes, so biased + unbiased
     * stay each system's overall counts) and counted under its class. The report's "terms" are the
     * classes, in name order; false alarms are not defined for occurrences given by position and
     * stay 0 (reports show them as undefined). See the README's "Entities as terms".
     *
     * @param systems  the scored systems (the reference tokens' source words are taken from the
     *                 score when it kept them, else from the normaliser's offsets, once per reference)
     * @param details  keep every occurrence, with its entity id
     * @throws IllegalArgumentException when an utterance's words are not its tokens' sources (sclite markup)
     */
    public static SystemTerms scoreEntities(SystemsScore systems, ReferenceEntities entities, boolean details) {
        TreeSet<String> names = new TreeSet<>();
        entities.byUtterance().values().forEach(list -> list.forEach(e -> names.add(e.entityClass())));
        String normalizerName = systems.systems().isEmpty() ? "none" : systems.systems().get(0).options().normalizer().name();
        TextNormalizer normalizer = systems.systems().isEmpty() ? null : systems.systems().get(0).options().normalizer();
        List<Term> classTerms = new ArrayList<>();
        Map<String, Term> byClass = new HashMap<>();
        for (String c : names) {
            Term t = new Term(classTerms.size(), c, 0, List.of(new TermForm(c, List.of(c), c)));
            classTerms.add(t);
            byClass.put(c, t);
        }
        TermSet classes = new TermSet(null, TermListFormat.PLAIN, normalizerName, classTerms, null);
        TermScorer scorer = new TermScorer(classes);
        Map<String, EntityOccurrences> prepared = new HashMap<>();
        long empty = 0;
        for (String id : systems.utteranceIds()) {
            for (UtteranceScore u : systems.utterance(id)) {
                if (u != null) {
                    EntityOccurrences e = EntityOccurrences.of(u, entities.of(id), byClass, normalizer);
                    prepared.put(id, e);
                    empty += e.empty();
                    break;
                }
            }
        }
        int n = systems.names().size();
        TermReport[] reports = new TermReport[n];
        List<List<Counts>> perClass = new ArrayList<>(Collections.nCopies(n, List.of()));
        IntStream.range(0, n).parallel().forEach(s -> {
            TermAccumulator acc = new TermAccumulator(classes, details);
            long[][] counts = new long[classTerms.size()][4];
            for (UtteranceScore u : systems.systems().get(s).utterances()) {
                EntityOccurrences e = prepared.get(u.id());
                if (e == null || !e.tokens().equals(u.referenceTokens())) {
                    e = EntityOccurrences.of(u, entities.of(u.id()), byClass, normalizer);
                }
                acc.add(scorer.scoreGiven(u.id(), u.referenceTokens(), u.hypothesisTokens(), u.alignment(), e.given(), counts),
                        e.ids());
            }
            reports[s] = acc.finish();
            List<Counts> mine = new ArrayList<>(counts.length);
            for (long[] c : counts) {
                mine.add(new Counts(c[0], c[1], c[2], c[3]));
            }
            synchronized (perClass) {
                perClass.set(s, List.copyOf(mine));
            }
        });
        return new SystemTerms(systems, classes, List.of(reports), null, null, entities, empty, perClass);
    }

    /**
     * With entities ({@link #scoreEntities}): per class, in {@link #terms()} order, the alignment
     * counts of system {@code system}'s steps on that class's entities (rule 7 of "Entities as
     * terms" for the entities of one class: a step on tokens of two classes counts for both).
     */
    public List<Counts> classCounts(int system) {
        if (classCounts == null) {
            throw new IllegalStateException("class counts exist for entities only");
        }
        return classCounts.get(system);
    }

    /** True when this reports entities by class ({@link #scoreEntities}) rather than a term list. */
    public boolean entityMode() {
        return entities != null;
    }

    /** The entities scored ({@link #scoreEntities}), or null for a term list. */
    public ReferenceEntities entities() {
        return entities;
    }

    /** Entities left out because nothing of their reference words is left after normalisation. */
    public long emptyEntities() {
        return emptyEntities;
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
