package dev.werk.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.werk.core.Provenance;
import dev.werk.core.experiment.Comparison;
import dev.werk.core.experiment.Item;
import dev.werk.core.experiment.Results;
import dev.werk.core.metrics.Counts;
import dev.werk.core.metrics.Measures;
import dev.werk.core.stats.Interval;
import dev.werk.core.stats.Mapsswe;
import dev.werk.core.stats.McNemarTest;
import dev.werk.core.stats.PairedBootstrap;
import dev.werk.core.stats.SignTest;
import dev.werk.core.stats.WilcoxonTest;
import java.io.IOException;
import java.io.Writer;

/**
 * The public JSON contract of {@code werk compare -o json} (documented in the README): the
 * experiment's settings and provenance, per-item rows, each set then {@code all} with every
 * system and every comparison against the baseline (intervals, probability of improvement, the
 * four tests with p-values and verdicts), and the generalisation gaps. Rates are fractions;
 * undefined values are null.
 */
public final class CompareJson {
    private CompareJson() {
    }

    /** Writes the comparison as one JSON object followed by a newline, alignments included. */
    public static void write(Comparison c, Writer out) throws IOException {
        write(c, null, out, true, java.time.Instant.now());
    }

    /**
     * Writes the comparison as one JSON object followed by a newline.
     *
     * @param terms      the term analysis ({@code --terms}), or null
     * @param alignments include {@code alignments} (every item's tokens and steps; the bulk of the output)
     * @param date       when the comparison ran, written as {@code provenance.date}
     */
    public static void write(Comparison c, dev.werk.core.experiment.ExperimentTerms terms, Writer out, boolean alignments,
                             java.time.Instant date) throws IOException {
        try (JsonGenerator g = JsonFields.open(out)) {
            g.writeStartObject();
            g.writeStringField("baseline", c.baseline());
            g.writeArrayFieldStart("systems");
            for (String s : c.systems()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeNumberField("resamples", c.options().resamples());
            g.writeNumberField("seed", c.options().seed());
            g.writeStringField("ci", c.options().ci() == PairedBootstrap.Method.KALDI ? "kaldi" : "percentile");
            g.writeNumberField("confidenceLevel", 1 - c.options().alpha());
            g.writeNumberField("alpha", c.options().alpha());
            g.writeStringField("resampleBy", c.resampleBy().id());
            provenance(g, c, date);
            items(g, c);
            g.writeArrayFieldStart("sets");
            for (Results.SetScore s : c.sets()) {
                set(g, c, s);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("generalizationGap");
            for (Results.Gap gap : c.gaps()) {
                g.writeStartObject();
                g.writeStringField("system", gap.system());
                g.writeStringField("baseline", c.baseline());
                g.writeStringField("inSample", gap.inSample());
                g.writeStringField("outOfSample", gap.outOfSample());
                number(g, "inSampleImprovement", gap.inSampleImprovement());
                number(g, "outOfSampleImprovement", gap.outOfSampleImprovement());
                number(g, "gap", gap.gap());
                interval(g, "gapCi", gap.gapCi());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (terms != null) {
                CompareDetailsJson.terms(g, c, terms);
            }
            CompareDetailsJson.confusions(g, c);
            if (alignments) {
                CompareDetailsJson.alignments(g, c, terms);
            }
            g.writeArrayFieldStart("warnings");
            for (String w : c.warnings()) {
                g.writeString(w);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void provenance(JsonGenerator g, Comparison c, java.time.Instant date) throws IOException {
        g.writeObjectFieldStart("provenance");
        g.writeStringField("manifest", c.manifest().source().toString());
        g.writeStringField("normalizer", c.scoring().normalizerName());
        g.writeStringField("cost", c.scoring().cost().id());
        g.writeStringField("unit", c.scoring().unit().id());
        g.writeStringField("markup", c.scoring().markup().describe());
        g.writeStringField("werkVersion", Provenance.WERK_VERSION);
        g.writeStringField("date", date.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        g.writeStringField("bootstrap", c.options().ci() == PairedBootstrap.Method.KALDI
                ? "Kaldi compute-wer-bootci: glibc rand() seeded with seed, units drawn with replacement, mean +- z*sd"
                : "Poisson(1) weights per (seed, unit, replicate) hash, percentile (type 7) intervals");
        g.writeEndObject();
    }

    private static void items(JsonGenerator g, Comparison c) throws IOException {
        g.writeArrayFieldStart("items");
        for (Results.ItemScore is : c.items()) {
            Item it = is.item();
            g.writeStartObject();
            g.writeStringField("name", it.name());
            g.writeStringField("set", it.set());
            g.writeStringField("block", it.block());
            g.writeStringField("reference", it.reference().toString());
            g.writeNumberField("utterances", is.utterances());
            g.writeArrayFieldStart("systems");
            for (int s = 0; s < c.systems().size(); s++) {
                g.writeStartObject();
                g.writeStringField("name", c.systems().get(s));
                g.writeStringField("hypothesis", it.hypotheses().get(s).toString());
                counts(g, is.counts().get(s));
                Measures m = Measures.of(is.counts().get(s));
                number(g, "wer", is.wer().get(s));
                number(g, "mer", m.mer());
                number(g, "wil", m.wil());
                number(g, "wip", m.wip());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void set(JsonGenerator g, Comparison c, Results.SetScore s) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        g.writeNumberField("items", s.items());
        g.writeArrayFieldStart("itemNames");
        for (String n : s.itemNames()) {
            g.writeString(n);
        }
        g.writeEndArray();
        g.writeNumberField("utterances", s.utterances());
        g.writeNumberField("units", s.units());
        g.writeArrayFieldStart("systems");
        for (Results.SystemScore sys : s.systems()) {
            g.writeStartObject();
            g.writeStringField("name", sys.name());
            counts(g, sys.counts());
            number(g, "wer", sys.wer());
            interval(g, "werCi", sys.werCi());
            if (sys.kaldi() != null) {
                g.writeObjectFieldStart("kaldi");
                g.writeNumberField("mean", sys.kaldi().mean());
                g.writeNumberField("halfWidth", sys.kaldi().halfWidth());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("comparisons");
        for (Results.CandidateComparison cc : s.comparisons()) {
            g.writeStartObject();
            g.writeStringField("system", cc.system());
            g.writeStringField("baseline", c.baseline());
            number(g, "absoluteChange", cc.absoluteChange());
            interval(g, "absoluteChangeCi", cc.absoluteChangeCi());
            number(g, "relativeChange", cc.relativeChange());
            interval(g, "relativeChangeCi", cc.relativeChangeCi());
            number(g, "probabilityOfImprovement", cc.probabilityOfImprovement());
            tests(g, cc.tests());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void tests(JsonGenerator g, Results.Tests t) throws IOException {
        g.writeObjectFieldStart("tests");
        Mapsswe.Result m = t.mapsswe();
        g.writeObjectFieldStart("mapsswe");
        verdict(g, t.verdicts().get(0));
        number(g, "z", m.z());
        g.writeNumberField("segments", m.segments().size());
        g.writeNumberField("utterances", m.sentences());
        number(g, "meanDifference", m.mean());
        number(g, "standardDeviation", m.standardDeviation());
        g.writeNumberField("segmentErrorsBaseline", m.errors1());
        g.writeNumberField("segmentErrorsSystem", m.errors2());
        g.writeNumberField("segmentReferenceWords", m.referenceWords());
        g.writeNumberField("minGood", Mapsswe.MIN_GOOD);
        g.writeEndObject();
        SignTest.Result sign = t.sign();
        g.writeObjectFieldStart("sign");
        verdict(g, t.verdicts().get(1));
        g.writeNumberField("blocks", t.blocks());
        g.writeNumberField("systemBetter", sign.candidateBetter());
        g.writeNumberField("baselineBetter", sign.baselineBetter());
        g.writeNumberField("ties", sign.ties());
        g.writeNumberField("tieThresholdPercentagePoints", SignTest.TIE);
        g.writeEndObject();
        WilcoxonTest.Result w = t.wilcoxon();
        g.writeObjectFieldStart("wilcoxon");
        verdict(g, t.verdicts().get(2));
        g.writeNumberField("blocks", w.n());
        g.writeNumberField("ties", w.ties());
        g.writeNumberField("rankSumSystemBetter", w.rankSumCandidateBetter());
        g.writeNumberField("rankSumBaselineBetter", w.rankSumBaselineBetter());
        g.writeBooleanField("exact", w.exact());
        g.writeEndObject();
        McNemarTest.Result mc = t.mcnemar();
        g.writeObjectFieldStart("mcnemar");
        verdict(g, t.verdicts().get(3));
        g.writeNumberField("bothCorrect", mc.bothCorrect());
        g.writeNumberField("onlyBaselineWrong", mc.onlyBaselineWrong());
        g.writeNumberField("onlySystemWrong", mc.onlyCandidateWrong());
        g.writeNumberField("bothWrong", mc.bothWrong());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void verdict(JsonGenerator g, Results.Verdict v) throws IOException {
        number(g, "p", v.p());
        g.writeBooleanField("significant", v.significant());
        g.writeStringField("direction", v.direction().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("verdict", v.text());
    }

    private static void counts(JsonGenerator g, Counts c) throws IOException {
        g.writeNumberField("hits", c.hits());
        g.writeNumberField("substitutions", c.substitutions());
        g.writeNumberField("deletions", c.deletions());
        g.writeNumberField("insertions", c.insertions());
        g.writeNumberField("referenceWords", c.referenceWords());
        g.writeNumberField("hypothesisWords", c.hypothesisWords());
        g.writeNumberField("errors", c.errors());
    }

    private static void interval(JsonGenerator g, String name, Interval i) throws IOException {
        if (i == null || !Double.isFinite(i.lower()) || !Double.isFinite(i.upper())) {
            g.writeNullField(name);
            return;
        }
        g.writeArrayFieldStart(name);
        g.writeNumber(i.lower());
        g.writeNumber(i.upper());
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String name, Double v) throws IOException {
        if (v == null || !Double.isFinite(v)) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }
}
