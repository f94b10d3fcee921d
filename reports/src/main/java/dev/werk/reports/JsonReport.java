package dev.werk.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.werk.core.CorpusScore;
import dev.werk.core.FileSetScore;
import dev.werk.core.Provenance;
import dev.werk.core.ScoringUnit;
import dev.werk.core.SystemsScore;
import dev.werk.core.UtteranceScore;
import dev.werk.core.metrics.Counts;
import dev.werk.core.metrics.Measures;
import dev.werk.core.metrics.RateSummary;
import java.io.IOException;
import java.io.Writer;

/**
 * The public JSON contract of {@code werk score -o json} (documented in the README): one object
 * with the pooled counts and rates, the cost model, unit and normaliser, and optionally
 * {@code perUtterance}. Undefined rates are {@code null}. Streams with jackson-core so large
 * corpora need no tree in memory.
 */
public final class JsonReport {
    /** The rule for empty references, stated in every JSON output. */
    public static final String EMPTY_REFERENCE_RULE =
            "hypothesis words of an empty reference count as insertions in the pooled totals; "
            + "that utterance's own rate is null; a corpus without reference words has wer null";

    private JsonReport() {
    }

    /** Writes {@code score} as one JSON object (pretty-printed, UTF-8) followed by a newline. */
    public static void write(CorpusScore score, boolean perUtterance, Writer out) throws IOException {
        try (JsonGenerator g = JsonFields.open(out)) {
            g.writeStartObject();
            fields(g, score, perUtterance);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /**
     * Writes a folder-against-folder score: the pooled fields exactly as {@link #write(CorpusScore,
     * boolean, Writer)} writes them (per-utterance ids prefixed with the file name), plus
     * {@code files}: one object per file pair with {@code name}, {@code reference},
     * {@code hypothesis} (null when missing), {@code hypothesisMissing}, {@code utterances},
     * {@code sentenceErrors}, the counts and the rates of that file alone.
     */
    public static void write(FileSetScore score, boolean perUtterance, Writer out) throws IOException {
        try (JsonGenerator g = JsonFields.open(out)) {
            g.writeStartObject();
            fields(g, score.pooled(), perUtterance);
            files(g, score);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /**
     * Writes several systems scored against one reference: {@code {"systems": [...]}}, each entry
     * the object {@link #write(CorpusScore, boolean, Writer)} writes (with {@code files} for
     * folders) plus the system's {@code name} first.
     */
    public static void write(SystemsScore score, boolean perUtterance, Writer out) throws IOException {
        try (JsonGenerator g = JsonFields.open(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("systems");
            for (int s = 0; s < score.names().size(); s++) {
                g.writeStartObject();
                g.writeStringField("name", score.names().get(s));
                fields(g, score.systems().get(s), perUtterance);
                if (!score.fileSets().isEmpty()) {
                    files(g, score.fileSets().get(s));
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void files(JsonGenerator g, FileSetScore score) throws IOException {
        g.writeArrayFieldStart("files");
        for (FileSetScore.FileScore f : score.files()) {
            g.writeStartObject();
            g.writeStringField("name", f.name());
            g.writeStringField("reference", f.reference().toString());
            if (f.hypothesis() == null) {
                g.writeNullField("hypothesis");
            } else {
                g.writeStringField("hypothesis", f.hypothesis().toString());
            }
            g.writeBooleanField("hypothesisMissing", f.hypothesisMissing());
            CorpusScore s = f.score();
            g.writeNumberField("utterances", s.utterances().size());
            g.writeNumberField("sentenceErrors", s.sentenceErrors());
            counts(g, s.total());
            g.writeNumberField("errors", s.total().errors());
            Measures m = s.measures();
            JsonFields.number(g, "wer", m.wer());
            JsonFields.number(g, "mer", m.mer());
            JsonFields.number(g, "wil", m.wil());
            JsonFields.number(g, "wip", m.wip());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void fields(JsonGenerator g, CorpusScore score, boolean perUtterance) throws IOException {
        Counts c = score.total();
        Measures m = score.measures();
        JsonFields.number(g, "wer", m.wer());
        if (score.options().unit() == ScoringUnit.CHAR) {
            JsonFields.number(g, "cer", m.wer());
        }
        JsonFields.number(g, "mer", m.mer());
        JsonFields.number(g, "wil", m.wil());
        JsonFields.number(g, "wip", m.wip());
        counts(g, c);
        g.writeNumberField("errors", c.errors());
        g.writeNumberField("utterances", score.utterances().size());
        g.writeNumberField("sentenceErrors", score.sentenceErrors());
        JsonFields.number(g, "ser", score.sentenceErrorRate());
        g.writeNumberField("emptyReferences", score.emptyReferences());
        g.writeStringField("emptyReferenceRule", EMPTY_REFERENCE_RULE);
        RateSummary summary = score.perUtteranceWer();
        g.writeObjectFieldStart("perUtteranceWerSummary");
        g.writeStringField("note", "mean/median/s.d. of per-utterance rates; not the corpus rate (wer)");
        g.writeNumberField("utterances", summary.count());
        JsonFields.number(g, "mean", summary.mean());
        JsonFields.number(g, "median", summary.median());
        JsonFields.number(g, "standardDeviation", summary.standardDeviation());
        g.writeEndObject();
        g.writeStringField("cost", score.options().cost().id());
        g.writeStringField("normalizer", score.options().normalizerName());
        g.writeStringField("unit", score.options().unit().id());
        Provenance p = score.provenance();
        if (p.markup() != null) {
            g.writeStringField("markup", p.markup());
        }
        g.writeObjectFieldStart("sources");
        g.writeStringField("reference", p.inputs().get(0).path());
        g.writeStringField("referenceFormat", p.inputs().get(0).format());
        g.writeStringField("hypothesis", p.inputs().get(1).path());
        g.writeStringField("hypothesisFormat", p.inputs().get(1).format());
        g.writeEndObject();
        g.writeArrayFieldStart("warnings");
        for (String w : score.warnings()) {
            g.writeString(w);
        }
        g.writeEndArray();
        if (perUtterance) {
            g.writeArrayFieldStart("perUtterance");
            for (UtteranceScore u : score.utterances()) {
                g.writeStartObject();
                g.writeStringField("id", u.id());
                Counts uc = u.counts();
                counts(g, uc);
                g.writeNumberField("errors", uc.errors());
                JsonFields.number(g, "wer", u.measures().wer());
                g.writeBooleanField("hypothesisMissing", u.hypothesisMissing());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
    }

    private static void counts(JsonGenerator g, Counts c) throws IOException {
        g.writeNumberField("hits", c.hits());
        g.writeNumberField("substitutions", c.substitutions());
        g.writeNumberField("deletions", c.deletions());
        g.writeNumberField("insertions", c.insertions());
        g.writeNumberField("referenceWords", c.referenceWords());
        g.writeNumberField("hypothesisWords", c.hypothesisWords());
    }
}
