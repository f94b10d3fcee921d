package dev.werk.core.terms;

import dev.werk.core.metrics.Counts;
import java.util.List;

/**
 * Term accuracy of one system over a corpus (rule 4 and 5): per term and pooled counts, the
 * biased and unbiased parts of the alignment counts, and with details every occurrence and
 * false alarm. Immutable; made by {@link TermAccumulator#finish()}.
 */
public final class TermReport {
    /**
     * One reference occurrence with the utterance it is in.
     *
     * @param entity for an entity of an NLP reference ({@link SystemTerms#scoreEntities}) its id;
     *               null for a term of a list (the occurrence's term is then the entity's class)
     */
    public record OccurrenceDetail(String utteranceId, TermOccurrence occurrence, String entity) {
        /** An occurrence of a listed term. */
        public OccurrenceDetail(String utteranceId, TermOccurrence occurrence) {
            this(utteranceId, occurrence, null);
        }
    }

    /** One false alarm with the utterance it is in. */
    public record FalseAlarmDetail(String utteranceId, FalseAlarm falseAlarm) {
    }

    private final List<TermStats> terms;
    private final TermStats pooled;
    private final List<Confusion> confusions;
    private final Counts biased;
    private final Counts unbiased;
    private final List<OccurrenceDetail> details;
    private final List<FalseAlarmDetail> falseAlarmDetails;

    TermReport(List<TermStats> terms, TermStats pooled, List<Confusion> confusions, Counts biased, Counts unbiased,
               List<OccurrenceDetail> details, List<FalseAlarmDetail> falseAlarmDetails) {
        this.terms = List.copyOf(terms);
        this.pooled = pooled;
        this.confusions = List.copyOf(confusions);
        this.biased = biased;
        this.unbiased = unbiased;
        this.details = details == null ? null : List.copyOf(details);
        this.falseAlarmDetails = falseAlarmDetails == null ? null : List.copyOf(falseAlarmDetails);
    }

    /** One row per term, in list order. */
    public List<TermStats> terms() {
        return terms;
    }

    /** All terms pooled (counts summed; {@link TermStats#term()} is null; confusions empty, see {@link #confusions()}). */
    public TermStats pooled() {
        return pooled;
    }

    /** Every (term, heard) confusion, most frequent first, then in list order of the term, then by heard text. */
    public List<Confusion> confusions() {
        return confusions;
    }

    /** The {@code n} most frequent confusions over all terms. */
    public List<Confusion> topConfusions(int n) {
        return confusions.subList(0, Math.min(n, confusions.size()));
    }

    /** Counts of the steps on terms: reference tokens in an occurrence, insertions in a hypothesis occurrence. */
    public Counts biased() {
        return biased;
    }

    /** Counts of the other steps. */
    public Counts unbiased() {
        return unbiased;
    }

    /** Biased plus unbiased: the alignment counts of the whole corpus. */
    public Counts overall() {
        return biased.plus(unbiased);
    }

    /** B-WER: (S+D+I) / N over the biased steps; NaN when no reference token is in an occurrence. */
    public double bWer() {
        return rate(biased);
    }

    /** U-WER: the same over the unbiased steps; NaN when every reference token is in an occurrence. */
    public double uWer() {
        return rate(unbiased);
    }

    private static double rate(Counts c) {
        return c.referenceWords() == 0 ? Double.NaN : (double) c.errors() / c.referenceWords();
    }

    /** True when the accumulator kept every occurrence. */
    public boolean hasDetails() {
        return details != null;
    }

    /** Every reference occurrence in the order added; empty unless details were kept. */
    public List<OccurrenceDetail> details() {
        return details == null ? List.of() : details;
    }

    /** Every false alarm in the order added; empty unless details were kept. */
    public List<FalseAlarmDetail> falseAlarmDetails() {
        return falseAlarmDetails == null ? List.of() : falseAlarmDetails;
    }
}
