package dev.werk.core.terms;

import dev.werk.core.metrics.Counts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pools the {@link UtteranceTerms} of many utterances into a {@link TermReport}: add, merge,
 * finish. Counts, rates and confusions do not depend on how the utterances were split between
 * accumulators or in which order they were merged; details keep the order of adding, with a
 * merged accumulator's after this one's. Not thread-safe: one per thread, then merge.
 */
public final class TermAccumulator {
    private static final int OCC = 0;
    private static final int EXACT = 1;
    private static final int VARIANT = 2;
    private static final int SPLIT = 3;
    private static final int MISS = 4;
    private static final int FALSE_ALARM = 5;

    private final TermSet terms;
    private final long[][] counts;
    private final List<Map<String, Long>> confusions;
    private final long[] biased = new long[4];
    private final long[] unbiased = new long[4];
    private final List<TermReport.OccurrenceDetail> details;
    private final List<TermReport.FalseAlarmDetail> falseAlarmDetails;

    /** An empty accumulator for {@code terms}, keeping no per-occurrence details. */
    public TermAccumulator(TermSet terms) {
        this(terms, false);
    }

    /** An empty accumulator; with {@code keepDetails} the report lists every occurrence and false alarm. */
    public TermAccumulator(TermSet terms, boolean keepDetails) {
        this.terms = terms;
        int size = terms.terms().size();
        this.counts = new long[size][6];
        this.confusions = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            confusions.add(null);
        }
        this.details = keepDetails ? new ArrayList<>() : null;
        this.falseAlarmDetails = keepDetails ? new ArrayList<>() : null;
    }

    /** Adds one utterance's results (scored against the same term set). */
    public TermAccumulator add(UtteranceTerms u) {
        return add(u, null);
    }

    /** As {@link #add(UtteranceTerms)}; {@code entities}, when not null, names each occurrence's entity in the details. */
    TermAccumulator add(UtteranceTerms u, List<String> entities) {
        int i = 0;
        for (TermOccurrence o : u.occurrences()) {
            long[] c = counts[index(o.term())];
            c[OCC]++;
            switch (o.match()) {
                case EXACT -> c[EXACT]++;
                case VARIANT -> c[VARIANT]++;
                case SPLIT_MERGE -> c[SPLIT]++;
                default -> {
                    c[MISS]++;
                    confusion(o.term().index()).merge(String.join(" ", o.hypothesisTokens()), 1L, Long::sum);
                }
            }
            if (details != null) {
                details.add(new TermReport.OccurrenceDetail(u.utteranceId(), o, entities == null ? null : entities.get(i)));
            }
            i++;
        }
        for (FalseAlarm f : u.falseAlarms()) {
            counts[index(f.term())][FALSE_ALARM]++;
            if (falseAlarmDetails != null) {
                falseAlarmDetails.add(new TermReport.FalseAlarmDetail(u.utteranceId(), f));
            }
        }
        addCounts(biased, u.biased());
        addCounts(unbiased, u.unbiased());
        return this;
    }

    /** Adds {@code other}'s utterances (taken as coming after this one's) to this accumulator and returns it. */
    public TermAccumulator merge(TermAccumulator other) {
        if (other.terms != terms) {
            throw new IllegalArgumentException("accumulators of different term sets cannot be merged");
        }
        for (int t = 0; t < counts.length; t++) {
            for (int k = 0; k < counts[t].length; k++) {
                counts[t][k] += other.counts[t][k];
            }
            Map<String, Long> theirs = other.confusions.get(t);
            if (theirs != null) {
                Map<String, Long> mine = confusion(t);
                theirs.forEach((heard, n) -> mine.merge(heard, n, Long::sum));
            }
        }
        for (int k = 0; k < 4; k++) {
            biased[k] += other.biased[k];
            unbiased[k] += other.unbiased[k];
        }
        if (details != null) {
            if (other.details == null) {
                throw new IllegalArgumentException("cannot merge an accumulator without details into one with details");
            }
            details.addAll(other.details);
            falseAlarmDetails.addAll(other.falseAlarmDetails);
        }
        return this;
    }

    /** The report of everything added so far; the accumulator stays usable. */
    public TermReport finish() {
        List<TermStats> rows = new ArrayList<>(counts.length);
        long[] sum = new long[6];
        List<Confusion> all = new ArrayList<>();
        for (Term term : terms.terms()) {
            int t = term.index();
            long[] c = counts[t];
            for (int k = 0; k < 6; k++) {
                sum[k] += c[k];
            }
            List<Confusion> mine = new ArrayList<>();
            Map<String, Long> m = confusions.get(t);
            if (m != null) {
                m.forEach((heard, n) -> mine.add(new Confusion(term.written(), heard, n)));
            }
            mine.sort(Comparator.comparingLong(Confusion::count).reversed().thenComparing(Confusion::heard));
            for (Confusion x : mine) {
                all.add(x);
            }
            rows.add(new TermStats(term.written(), c[OCC], c[EXACT], c[VARIANT], c[SPLIT], c[MISS], c[FALSE_ALARM], mine));
        }
        // Stable sort: equal counts keep list order of the term, then heard order.
        List<Confusion> pooledConfusions = new ArrayList<>(all);
        pooledConfusions.sort(Comparator.comparingLong(Confusion::count).reversed());
        TermStats pooled = new TermStats(null, sum[OCC], sum[EXACT], sum[VARIANT], sum[SPLIT], sum[MISS], sum[FALSE_ALARM],
                List.of());
        return new TermReport(rows, pooled, pooledConfusions, counts(biased), counts(unbiased), details, falseAlarmDetails);
    }

    private int index(Term term) {
        int t = term.index();
        if (t >= counts.length || terms.terms().get(t) != term) {
            throw new IllegalArgumentException("term '" + term.written() + "' is not of this accumulator's term set");
        }
        return t;
    }

    private Map<String, Long> confusion(int t) {
        Map<String, Long> m = confusions.get(t);
        if (m == null) {
            m = new HashMap<>();
            confusions.set(t, m);
        }
        return m;
    }

    private static void addCounts(long[] into, Counts c) {
        into[0] += c.hits();
        into[1] += c.substitutions();
        into[2] += c.deletions();
        into[3] += c.insertions();
    }

    private static Counts counts(long[] c) {
        return new Counts(c[0], c[1], c[2], c[3]);
    }
}
