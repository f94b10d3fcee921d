package dev.werk.reports;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.werk.core.CorpusScore;
import dev.werk.core.SystemsScore;
import dev.werk.core.UtteranceScore;
import dev.werk.core.align.EditOp;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The public JSON contract of {@code werk align -o json} (documented in the README):
 * {@code {"utterances": [{"id", "steps": [{"op", "ref", "hyp", "refIndex", "hypIndex", "start",
 * "end", "confidence"}]}]}}. {@code op} is {@code hit}, {@code substitution}, {@code deletion} or
 * {@code insertion}; {@code ref}/{@code hyp} are the normalised tokens and the indexes their 0-based
 * positions, null for a gap; the last three are the hypothesis token's source words' first start,
 * last end and lowest confidence, null where unknown (no hypothesis token, or a format without times).
 * Several systems give {@code {"systems": [{"name", "utterances": [...]}]}}.
 */
public final class AlignmentJson {
    private AlignmentJson() {
    }

    /** Writes every utterance of {@code score}, or with {@code errorsOnly} those with an error. */
    public static void write(CorpusScore score, boolean errorsOnly, Writer out) throws IOException {
        try (JsonGenerator g = JsonFields.open(out)) {
            g.writeStartObject();
            header(g, score);
            utterances(g, score.utterances(), errorsOnly);
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Writes each system's utterances under its name. */
    public static void write(SystemsScore score, boolean errorsOnly, Writer out) throws IOException {
        try (JsonGenerator g = JsonFields.open(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("systems");
            for (int s = 0; s < score.names().size(); s++) {
                g.writeStartObject();
                g.writeStringField("name", score.names().get(s));
                header(g, score.systems().get(s));
                utterances(g, score.systems().get(s).utterances(), errorsOnly);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }


    private static void header(JsonGenerator g, CorpusScore score) throws IOException {
        g.writeStringField("cost", score.provenance().cost());
        g.writeStringField("normalizer", score.provenance().normalizer());
        g.writeStringField("unit", score.provenance().unit());
        if (score.provenance().markup() != null) {
            g.writeStringField("markup", score.provenance().markup());
        }
    }

    private static void utterances(JsonGenerator g, List<UtteranceScore> utterances, boolean errorsOnly) throws IOException {
        g.writeArrayFieldStart("utterances");
        for (UtteranceScore u : utterances) {
            if (errorsOnly && !u.hasError()) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("id", u.id());
            g.writeBooleanField("hypothesisMissing", u.hypothesisMissing());
            g.writeArrayFieldStart("steps");
            IOException[] failed = new IOException[1];
            u.alignment().forEach((op, r, h) -> {
                if (failed[0] == null) {
                    try {
                        step(g, u, op, r, h);
                    } catch (IOException e) {
                        failed[0] = e;
                    }
                }
            });
            if (failed[0] != null) {
                throw failed[0];
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void step(JsonGenerator g, UtteranceScore u, EditOp op, int r, int h) throws IOException {
        g.writeStartObject();
        g.writeStringField("op", op.name().toLowerCase(Locale.ROOT));
        text(g, "ref", r < 0 ? null : u.referenceTokens().get(r));
        text(g, "hyp", h < 0 ? null : u.hypothesisTokens().get(h));
        index(g, "refIndex", r);
        index(g, "hypIndex", h);
        JsonFields.number(g, "start", h < 0 ? Double.NaN : u.hypothesisStart(h));
        JsonFields.number(g, "end", h < 0 ? Double.NaN : u.hypothesisEnd(h));
        JsonFields.number(g, "confidence", h < 0 ? Double.NaN : u.hypothesisConfidence(h));
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String name, String value) throws IOException {
        if (value == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, value);
        }
    }

    private static void index(JsonGenerator g, String name, int value) throws IOException {
        if (value < 0) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, value);
        }
    }
}
