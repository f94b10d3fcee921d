package dev.werk.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.werk.core.CorpusScore;
import dev.werk.core.UtteranceScore;
import dev.werk.core.experiment.Comparison;
import dev.werk.core.experiment.Confusions;
import dev.werk.core.experiment.ExperimentTerms;
import dev.werk.core.metrics.Counts;
import dev.werk.core.terms.FalseAlarm;
import dev.werk.core.terms.TermOccurrence;
import dev.werk.core.terms.TermReport;
import dev.werk.core.terms.TermStats;
import dev.werk.core.terms.UtteranceTerms;
import java.io.IOException;
import java.util.List;

/**
 * The parts of {@code werk compare -o json} that a report shows beyond the numbers of the sets:
 * each system's confusion pairs and, per item and utterance, the normalised tokens and every
 * system's alignment steps (documented with the contract in the README). Kept apart from
 * {@link CompareJson} so the contract's core stays readable.
 */
final class CompareDetailsJson {
    private CompareDetailsJson() {
    }

    /** {@code confusions}: per system the top substitutions, insertions and deletions over every item. */
    static void confusions(JsonGenerator g, Comparison c) throws IOException {
        g.writeArrayFieldStart("confusions");
        for (int s = 0; s < c.systems().size(); s++) {
            Confusions k = Confusions.of(c, s, Confusions.DEFAULT_TOP);
            g.writeStartObject();
            g.writeStringField("system", k.system());
            g.writeArrayFieldStart("substitutions");
            for (Confusions.Pair p : k.substitutions()) {
                g.writeStartObject();
                g.writeStringField("reference", p.reference());
                g.writeStringField("hypothesis", p.hypothesis());
                g.writeNumberField("count", p.count());
                g.writeEndObject();
            }
            g.writeEndArray();
            words(g, "insertions", k.insertions());
            words(g, "deletions", k.deletions());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void words(JsonGenerator g, String name, List<Confusions.Word> words) throws IOException {
        g.writeArrayFieldStart(name);
        for (Confusions.Word w : words) {
            g.writeStartObject();
            g.writeStringField("word", w.word());
            g.writeNumberField("count", w.count());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * {@code alignments}: per item (manifest order) and utterance (reference order) the reference
     * tokens and, per system, its hypothesis tokens and steps as sclite letters (C hit, S
     * substitution, D deletion, I insertion; replayed from the first token of each side). A system
     * whose reference tokens differ from the first system's (sclite markup, where each alignment
     * takes its own path through the alternatives) carries its own {@code reference}.
     */
    static void alignments(JsonGenerator g, Comparison c, ExperimentTerms terms) throws IOException {
        g.writeArrayFieldStart("alignments");
        for (int i = 0; i < c.items().size(); i++) {
            List<CorpusScore> row = c.scores().get(i);
            g.writeStartObject();
            g.writeStringField("item", c.items().get(i).item().name());
            g.writeArrayFieldStart("utterances");
            int n = row.get(0).utterances().size();
            for (int u = 0; u < n; u++) {
                UtteranceScore first = row.get(0).utterances().get(u);
                g.writeStartObject();
                g.writeStringField("id", first.id());
                tokens(g, "reference", first.referenceTokens());
                UtteranceTerms firstTerms = terms == null ? null : terms.utterances().get(i).get(0).get(u);
                if (firstTerms != null) {
                    occurrenceSpans(g, firstTerms);
                }
                g.writeArrayFieldStart("systems");
                for (int s = 0; s < row.size(); s++) {
                    UtteranceScore us = row.get(s).utterances().get(u);
                    g.writeStartObject();
                    g.writeStringField("name", c.systems().get(s));
                    g.writeBooleanField("hypothesisMissing", us.hypothesisMissing());
                    if (!us.referenceTokens().equals(first.referenceTokens())) {
                        // sclite markup: the tokens of the path this system's alignment took
                        tokens(g, "reference", us.referenceTokens());
                    }
                    tokens(g, "hypothesis", us.hypothesisTokens());
                    g.writeStringField("ops", us.alignment().letters());
                    if (terms != null) {
                        UtteranceTerms ut = terms.utterances().get(i).get(s).get(u);
                        if (!us.referenceTokens().equals(first.referenceTokens())) {
                            occurrenceSpans(g, ut);
                        }
                        g.writeArrayFieldStart("termMatches");
                        for (TermOccurrence o : ut.occurrences()) {
                            g.writeString(o.match().id());
                        }
                        g.writeEndArray();
                        g.writeArrayFieldStart("falseAlarms");
                        for (FalseAlarm fa : ut.falseAlarms()) {
                            span(g, fa.hypothesisFrom(), fa.hypothesisTo());
                        }
                        g.writeEndArray();
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** {@code terms}: the reference occurrences as [from, to) token spans. */
    private static void occurrenceSpans(JsonGenerator g, UtteranceTerms ut) throws IOException {
        g.writeArrayFieldStart("terms");
        for (TermOccurrence o : ut.occurrences()) {
            span(g, o.referenceFrom(), o.referenceTo());
        }
        g.writeEndArray();
    }

    private static void span(JsonGenerator g, int from, int to) throws IOException {
        g.writeStartArray();
        g.writeNumber(from);
        g.writeNumber(to);
        g.writeEndArray();
    }

    /**
     * {@code terms}: the list, and per set and system the term report of {@code werk terms} (B-WER,
     * U-WER, their counts, pooled and per-term rows with the top confusions), with each candidate's
     * change of B-WER and U-WER against the baseline.
     */
    static void terms(JsonGenerator g, Comparison c, ExperimentTerms t) throws IOException {
        g.writeObjectFieldStart("terms");
        g.writeStringField("list", t.terms().source() == null ? null : t.terms().source().toString());
        g.writeStringField("format", t.terms().format().id());
        g.writeStringField("normalizer", t.terms().normalizer());
        g.writeNumberField("entries", t.terms().terms().size());
        g.writeArrayFieldStart("sets");
        for (ExperimentTerms.SetTerms set : t.sets()) {
            g.writeStartObject();
            g.writeStringField("name", set.name());
            g.writeArrayFieldStart("systems");
            for (int s = 0; s < set.systems().size(); s++) {
                TermReport r = set.systems().get(s);
                g.writeStartObject();
                g.writeStringField("name", c.systems().get(s));
                number(g, "bWer", r.bWer());
                number(g, "uWer", r.uWer());
                counts(g, "biased", r.biased());
                counts(g, "unbiased", r.unbiased());
                g.writeFieldName("pooled");
                stats(g, r.pooled(), false);
                g.writeArrayFieldStart("terms");
                for (TermStats ts : r.terms()) {
                    stats(g, ts, true);
                }
                g.writeEndArray();
                JsonFields.confusions(g, r.topConfusions(Confusions.DEFAULT_TOP), true);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("comparisons");
            for (ExperimentTerms.BiasedChange bc : set.comparisons()) {
                g.writeStartObject();
                g.writeStringField("system", bc.system());
                g.writeStringField("baseline", c.baseline());
                number(g, "bWerChange", bc.bWerChange());
                if (bc.bWerChangeCi() == null || !Double.isFinite(bc.bWerChangeCi().lower())
                        || !Double.isFinite(bc.bWerChangeCi().upper())) {
                    g.writeNullField("bWerChangeCi");
                } else {
                    g.writeArrayFieldStart("bWerChangeCi");
                    g.writeNumber(bc.bWerChangeCi().lower());
                    g.writeNumber(bc.bWerChangeCi().upper());
                    g.writeEndArray();
                }
                number(g, "uWerChange", bc.uWerChange());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** How many confusions a term's row lists, as werk terms. */
    static final int TERM_CONFUSIONS = 5;

    private static void stats(JsonGenerator g, TermStats ts, boolean named) throws IOException {
        g.writeStartObject();
        if (named) {
            g.writeStringField("term", ts.term());
        }
        g.writeNumberField("occurrences", ts.occurrences());
        g.writeNumberField("correct", ts.correct());
        g.writeNumberField("exact", ts.exact());
        g.writeNumberField("variant", ts.variant());
        g.writeNumberField("splitMerge", ts.splitMerge());
        g.writeNumberField("misses", ts.misses());
        g.writeNumberField("falseAlarms", ts.falseAlarms());
        number(g, "recall", ts.recall());
        number(g, "precision", ts.precision());
        number(g, "f1", ts.f1());
        if (named) {
            JsonFields.confusions(g, ts.topConfusions(TERM_CONFUSIONS), false);
        }
        g.writeEndObject();
    }

    private static void counts(JsonGenerator g, String name, Counts c) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("hits", c.hits());
        g.writeNumberField("substitutions", c.substitutions());
        g.writeNumberField("deletions", c.deletions());
        g.writeNumberField("insertions", c.insertions());
        g.writeNumberField("referenceWords", c.referenceWords());
        g.writeNumberField("errors", c.errors());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String name, Double v) throws IOException {
        if (v == null || !Double.isFinite(v)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }

    private static void tokens(JsonGenerator g, String name, List<String> tokens) throws IOException {
        g.writeArrayFieldStart(name);
        for (String t : tokens) {
            g.writeString(t);
        }
        g.writeEndArray();
    }
}
