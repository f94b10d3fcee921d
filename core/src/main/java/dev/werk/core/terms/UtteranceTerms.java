package dev.werk.core.terms;

import dev.werk.core.metrics.Counts;
import java.util.List;

/**
 * The term results of one utterance: its reference occurrences in order, its false alarms in
 * hypothesis order, and the alignment's counts split into biased (B) and unbiased (U) parts
 * (rule 5); {@code biased.plus(unbiased)} is the alignment's counts exactly.
 *
 * @param utteranceId the utterance id (null when not given)
 * @param occurrences reference occurrences, left to right
 * @param falseAlarms false alarms, left to right
 * @param biased      hits, substitutions and deletions of reference tokens inside an occurrence,
 *                    and insertions of hypothesis tokens inside a hypothesis occurrence
 * @param unbiased    the other steps
 */
public record UtteranceTerms(String utteranceId, List<TermOccurrence> occurrences, List<FalseAlarm> falseAlarms,
                             Counts biased, Counts unbiased) {

    public UtteranceTerms {
        occurrences = List.copyOf(occurrences);
        falseAlarms = List.copyOf(falseAlarms);
    }
}
