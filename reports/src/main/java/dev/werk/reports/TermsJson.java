package dev.werk.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.werk.core.CorpusScore;
import dev.werk.core.Provenance;
import dev.werk.core.metrics.Counts;
import dev.werk.core.terms.FalseAlarm;
import dev.werk.core.terms.SystemTerms;
import dev.werk.core.terms.Term;
import dev.werk.core.terms.TermOccurrence;
import dev.werk.core.terms.TermReport;
import dev.werk.core.terms.TermSet;
import dev.werk.core.terms.TermStats;
import java.io.IOException;
import java.io.Writer;

/** The JSON contract of {@code werk terms -o json} (see the README), streamed with jackson-core. */
final class TermsJson {
    private TermsJson() {
    }

    /** Writes the JSON contract (pretty-printed) followed by a newline. */
    static void write(SystemTerms t, Writer out) throws IOException {
        try (JsonGenerator g = JsonFields.open(out)) {
            g.writeStartObject();
            provenance(g, t.systems().provenance());
            termList(g, t.terms());
            g.writeArrayFieldStart("systems");
            for (int s = 0; s < t.names().size(); s++) {
                system(g, t, s);
            }
            g.writeEndArray();
            if (t.hasSubstringCounts()) {
                g.writeObjectFieldStart("countMethod");
                g.writeStringField("description", TermsReport.COUNT_METHOD);
                g.writeArrayFieldStart("terms");
                for (Term term : t.terms().terms()) {
                    g.writeStartObject();
                    g.writeStringField("term", term.written());
                    g.writeNumberField("reference", t.referenceSubstringCount(term.index()));
                    g.writeObjectFieldStart("systems");
                    for (int s = 0; s < t.names().size(); s++) {
                        g.writeNumberField(t.names().get(s), t.hypothesisSubstringCount(s, term.index()));
                    }
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** The fields every terms report opens with: the reference, its format, cost, normaliser and unit. */
    static void provenance(JsonGenerator g, Provenance p) throws IOException {
        g.writeStringField("reference", p.reference().path());
        g.writeStringField("referenceFormat", p.reference().format());
        g.writeStringField("cost", p.cost());
        g.writeStringField("normalizer", p.normalizer());
        g.writeStringField("unit", p.unit());
    }

    private static void termList(JsonGenerator g, TermSet terms) throws IOException {
        g.writeObjectFieldStart("termList");
        if (terms.source() == null) {
            g.writeNullField("path");
        } else {
            g.writeStringField("path", terms.source().toString());
        }
        g.writeStringField("format", terms.format().id());
        g.writeNumberField("terms", terms.terms().size());
        g.writeBooleanField("perUtterance", terms.perUtterance());
        g.writeEndObject();
    }

    private static void system(JsonGenerator g, SystemTerms t, int s) throws IOException {
        TermReport r = t.reports().get(s);
        CorpusScore score = t.scores().get(s);
        Provenance.Input input = t.systems().provenance().inputs().get(s + 1);
        g.writeStartObject();
        g.writeStringField("name", t.names().get(s));
        g.writeStringField("hypothesis", input.path());
        g.writeStringField("hypothesisFormat", input.format());
        JsonFields.number(g, "wer", score.measures().wer());
        JsonFields.number(g, "bWer", r.bWer());
        JsonFields.number(g, "uWer", r.uWer());
        counts(g, "biased", r.biased());
        counts(g, "unbiased", r.unbiased());
        counts(g, "overall", r.overall());
        g.writeObjectFieldStart("pooled");
        stats(g, r.pooled());
        g.writeEndObject();
        JsonFields.confusions(g, r.topConfusions(TermsReport.ALL_CONFUSIONS), true);
        g.writeArrayFieldStart("terms");
        for (TermStats ts : r.terms()) {
            g.writeStartObject();
            g.writeStringField("term", ts.term());
            stats(g, ts);
            JsonFields.confusions(g, ts.topConfusions(TermsReport.TERM_CONFUSIONS), false);
            g.writeEndObject();
        }
        g.writeEndArray();
        if (r.hasDetails()) {
            g.writeArrayFieldStart("details");
            for (TermReport.OccurrenceDetail d : r.details()) {
                TermOccurrence o = d.occurrence();
                g.writeStartObject();
                g.writeStringField("utterance", d.utteranceId());
                g.writeStringField("term", o.term().written());
                span(g, "referenceSpan", o.referenceFrom(), o.referenceTo());
                g.writeStringField("reference", String.join(" ", o.referenceTokens()));
                span(g, "hypothesisSpan", o.hypothesisFrom(), o.hypothesisTo());
                g.writeStringField("hypothesis", String.join(" ", o.hypothesisTokens()));
                g.writeStringField("class", o.match().id());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("falseAlarmDetails");
            for (TermReport.FalseAlarmDetail d : r.falseAlarmDetails()) {
                FalseAlarm f = d.falseAlarm();
                g.writeStartObject();
                g.writeStringField("utterance", d.utteranceId());
                g.writeStringField("term", f.term().written());
                span(g, "hypothesisSpan", f.hypothesisFrom(), f.hypothesisTo());
                g.writeStringField("hypothesis", String.join(" ", f.hypothesisTokens()));
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void stats(JsonGenerator g, TermStats s) throws IOException {
        stats(g, s, true);
    }

    /**
     * The fields of a terms row. Without {@code falseAlarms} (entities, whose occurrences are given by
     * position), false alarms and the rates built on them are not defined: null.
     */
    static void stats(JsonGenerator g, TermStats s, boolean falseAlarms) throws IOException {
        g.writeNumberField("occurrences", s.occurrences());
        g.writeNumberField("correct", s.correct());
        g.writeNumberField("exact", s.exact());
        g.writeNumberField("variant", s.variant());
        g.writeNumberField("splitMerge", s.splitMerge());
        g.writeNumberField("misses", s.misses());
        if (falseAlarms) {
            g.writeNumberField("falseAlarms", s.falseAlarms());
        } else {
            g.writeNullField("falseAlarms");
        }
        JsonFields.number(g, "recall", s.recall());
        JsonFields.number(g, "precision", falseAlarms ? s.precision() : Double.NaN);
        JsonFields.number(g, "f1", falseAlarms ? s.f1() : Double.NaN);
    }

    static void counts(JsonGenerator g, String name, Counts c) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("hits", c.hits());
        g.writeNumberField("substitutions", c.substitutions());
        g.writeNumberField("deletions", c.deletions());
        g.writeNumberField("insertions", c.insertions());
        g.writeNumberField("referenceWords", c.referenceWords());
        g.writeNumberField("errors", c.errors());
        g.writeEndObject();
    }

    static void span(JsonGenerator g, String name, int from, int to) throws IOException {
        g.writeArrayFieldStart(name);
        g.writeNumber(from);
        g.writeNumber(to);
        g.writeEndArray();
    }
}
