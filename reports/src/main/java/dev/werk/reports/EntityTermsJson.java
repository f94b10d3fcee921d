package dev.werk.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.werk.core.CorpusScore;
import dev.werk.core.Provenance;
import dev.werk.core.metrics.Counts;
import dev.werk.core.terms.ReferenceEntities;
import dev.werk.core.terms.SystemTerms;
import dev.werk.core.terms.TermOccurrence;
import dev.werk.core.terms.TermReport;
import dev.werk.core.terms.TermStats;
import java.io.IOException;
import java.io.Writer;

/** {@code werk terms --entities -o json}: the terms contract with classes for terms (see the README). */
final class EntityTermsJson {
    private EntityTermsJson() {
    }

    static void write(SystemTerms t, Writer out) throws IOException {
        try (JsonGenerator g = JsonFields.open(out)) {
            g.writeStartObject();
            TermsJson.provenance(g, t.systems().provenance());
            ReferenceEntities e = t.entities();
            g.writeObjectFieldStart("entities");
            nullable(g, "normalization", e.normalization());
            nullable(g, "tags", e.tags());
            g.writeNumberField("classes", t.terms().terms().size());
            g.writeNumberField("leftOut", e.leftOut());
            g.writeNumberField("empty", t.emptyEntities());
            g.writeStringField("falseAlarms", EntityTermsText.NO_FALSE_ALARMS);
            g.writeEndObject();
            g.writeArrayFieldStart("systems");
            for (int s = 0; s < t.names().size(); s++) {
                system(g, t, s);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
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
        TermsJson.counts(g, "biased", r.biased());
        TermsJson.counts(g, "unbiased", r.unbiased());
        TermsJson.counts(g, "overall", r.overall());
        g.writeObjectFieldStart("pooled");
        stats(g, r.pooled());
        g.writeEndObject();
        g.writeArrayFieldStart("classes");
        for (int c = 0; c < r.terms().size(); c++) {
            TermStats ts = r.terms().get(c);
            Counts counts = t.classCounts(s).get(c);
            g.writeStartObject();
            g.writeStringField("class", ts.term());
            stats(g, ts);
            JsonFields.number(g, "bWer", counts.referenceWords() == 0 ? Double.NaN : (double) counts.errors() / counts.referenceWords());
            TermsJson.counts(g, "biased", counts);
            g.writeEndObject();
        }
        g.writeEndArray();
        if (r.hasDetails()) {
            g.writeArrayFieldStart("details");
            for (TermReport.OccurrenceDetail d : r.details()) {
                TermOccurrence o = d.occurrence();
                g.writeStartObject();
                g.writeStringField("utterance", d.utteranceId());
                g.writeStringField("entity", d.entity());
                g.writeStringField("entityClass", o.term().written());
                TermsJson.span(g, "referenceSpan", o.referenceFrom(), o.referenceTo());
                g.writeStringField("reference", String.join(" ", o.referenceTokens()));
                TermsJson.span(g, "hypothesisSpan", o.hypothesisFrom(), o.hypothesisTo());
                g.writeStringField("hypothesis", String.join(" ", o.hypothesisTokens()));
                g.writeStringField("class", o.match().id());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** The fields of a terms row; false alarms and the rates built on them are not defined (null). */
    private static void stats(JsonGenerator g, TermStats s) throws IOException {
        TermsJson.stats(g, s, false);
    }

    private static void nullable(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }
}
