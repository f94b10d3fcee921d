package dev.werk.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.werk.core.CorpusScore;
import dev.werk.core.UtteranceScore;
import dev.werk.core.experiment.Comparison;
import dev.werk.core.experiment.Confusions;
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
    static void alignments(JsonGenerator g, Comparison c) throws IOException {
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

    private static void tokens(JsonGenerator g, String name, List<String> tokens) throws IOException {
        g.writeArrayFieldStart(name);
        for (String t : tokens) {
            g.writeString(t);
        }
        g.writeEndArray();
    }
}
