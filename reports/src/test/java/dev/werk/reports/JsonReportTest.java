package dev.werk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.werk.core.CorpusScore;
import dev.werk.core.ScoreOptions;
import dev.werk.core.ScoringUnit;
import dev.werk.core.align.CostModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {
    private static final double EPS = 1e-12;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode render(CorpusScore score, boolean perUtterance) throws IOException {
        StringWriter out = new StringWriter();
        JsonReport.write(score, perUtterance, out);
        String text = out.toString();
        assertTrue(text.endsWith("}\n"), "one object and a newline");
        return MAPPER.readTree(text);
    }

    @Test
    void pooledFieldsMatchTheHandCount() throws IOException {
        JsonNode j = render(Fixtures.corpus(), false);
        assertEquals(4.0 / 11, j.get("wer").asDouble(), EPS);
        assertEquals(4.0 / 12, j.get("mer").asDouble(), EPS);
        assertEquals(46.0 / 110, j.get("wil").asDouble(), EPS);
        assertEquals(64.0 / 110, j.get("wip").asDouble(), EPS);
        assertEquals(8, j.get("hits").asLong());
        assertEquals(1, j.get("substitutions").asLong());
        assertEquals(2, j.get("deletions").asLong());
        assertEquals(1, j.get("insertions").asLong());
        assertEquals(11, j.get("referenceWords").asLong());
        assertEquals(10, j.get("hypothesisWords").asLong());
        assertEquals(4, j.get("errors").asLong());
        assertEquals(4, j.get("utterances").asLong());
        assertEquals(3, j.get("sentenceErrors").asLong());
        assertEquals(0.75, j.get("ser").asDouble(), EPS);
        assertEquals(1, j.get("emptyReferences").asLong());
        assertEquals(JsonReport.EMPTY_REFERENCE_RULE, j.get("emptyReferenceRule").asText());
        // Per-utterance WERs 2/6, 0, 1/3 (utt3's is undefined): a labelled extra beside the pooled rate.
        JsonNode u = j.get("perUtteranceWerSummary");
        assertEquals(3, u.get("utterances").asInt());
        assertEquals(2.0 / 9, u.get("mean").asDouble(), EPS);
        assertEquals(1.0 / 3, u.get("median").asDouble(), EPS);
        assertTrue(u.get("note").asText().contains("not the corpus rate"));
        assertEquals("levenshtein", j.get("cost").asText());
        assertEquals("none", j.get("normalizer").asText());
        assertEquals("word", j.get("unit").asText());
        assertFalse(j.has("cer"), "cer only for the char unit");
        assertFalse(j.has("perUtterance"), "perUtterance only when asked for");
        JsonNode src = j.get("sources");
        assertEquals("ref.trn", src.get("reference").asText());
        assertEquals("trn", src.get("referenceFormat").asText());
        assertEquals("hyp.trn", src.get("hypothesis").asText());
        assertEquals("trn", src.get("hypothesisFormat").asText());
        assertTrue(j.get("warnings").isArray());
        assertEquals(0, j.get("warnings").size());
        assertTrue(j.get("wer").isNumber());
        assertTrue(j.get("hits").isIntegralNumber());
    }

    @Test
    void perUtteranceIsInReferenceOrderWithNullForUndefinedRates() throws IOException {
        JsonNode per = render(Fixtures.corpus(), true).get("perUtterance");
        assertTrue(per.isArray());
        List<String> ids = new ArrayList<>();
        per.forEach(u -> ids.add(u.get("id").asText()));
        assertEquals(List.of("utt1", "utt2", "utt3", "utt4"), ids);

        JsonNode utt1 = per.get(0);
        assertEquals(4, utt1.get("hits").asLong());
        assertEquals(1, utt1.get("substitutions").asLong());
        assertEquals(1, utt1.get("deletions").asLong());
        assertEquals(0, utt1.get("insertions").asLong());
        assertEquals(6, utt1.get("referenceWords").asLong());
        assertEquals(5, utt1.get("hypothesisWords").asLong());
        assertEquals(2, utt1.get("errors").asLong());
        assertEquals(2.0 / 6, utt1.get("wer").asDouble(), EPS);
        assertFalse(utt1.get("hypothesisMissing").asBoolean());

        JsonNode utt3 = per.get(2);
        assertTrue(utt3.has("wer"));
        assertTrue(utt3.get("wer").isNull(), "an empty reference has no rate of its own");
        assertEquals(1, utt3.get("insertions").asLong());
        assertEquals(0.0, per.get(1).get("wer").asDouble(), EPS);
        assertEquals(1.0 / 3, per.get(3).get("wer").asDouble(), EPS);
    }

    @Test
    void undefinedCorpusRatesAreNull() throws IOException {
        CorpusScore s = Fixtures.score("(a)\n(b)\n", "x y (a)\n(b)\n", ScoreOptions.defaults());
        JsonNode j = render(s, true);
        assertTrue(j.get("wer").isNull());
        assertTrue(j.get("wil").isNull());
        assertTrue(j.get("wip").isNull());
        assertEquals(1.0, j.get("mer").asDouble(), EPS, "2 insertions / 2 aligned words");
        assertEquals(2, j.get("insertions").asLong());
        assertEquals(0, j.get("referenceWords").asLong());
        assertEquals(2, j.get("emptyReferences").asLong());
        assertEquals(0.5, j.get("ser").asDouble(), EPS);
    }

    @Test
    void emptyCorpusHasNullSer() throws IOException {
        JsonNode j = render(Fixtures.score("", "", ScoreOptions.defaults()), true);
        assertTrue(j.get("ser").isNull());
        assertTrue(j.get("wer").isNull());
        assertEquals(0, j.get("utterances").asLong());
        assertEquals(0, j.get("perUtterance").size());
    }

    @Test
    void charUnitAddsCerAndNamesTheOptions() throws IOException {
        // "ab c" vs "abc": one deleted space of 4 characters.
        CorpusScore s = Fixtures.score("ab c (u)\n", "abc (u)\n",
                ScoreOptions.defaults().withUnit(ScoringUnit.CHAR).withCost(CostModel.SCLITE).withNormalizer(dev.werk.core.text.TextNormalizer.preset("sclite")));
        JsonNode j = render(s, false);
        assertEquals(0.25, j.get("cer").asDouble(), EPS);
        assertEquals(0.25, j.get("wer").asDouble(), EPS);
        assertEquals(4, j.get("referenceWords").asLong());
        assertEquals("char", j.get("unit").asText());
        assertEquals("sclite", j.get("cost").asText());
        assertEquals("sclite", j.get("normalizer").asText());
    }

    @Test
    void warningsAndMissingHypothesesAreReported() throws IOException {
        CorpusScore s = Fixtures.score("a b (u1)\nc (u2)\n", "a b (u1)\n", ScoreOptions.defaults());
        JsonNode j = render(s, true);
        assertEquals(1, j.get("warnings").size());
        assertTrue(j.get("warnings").get(0).asText().contains("'u2'"));
        JsonNode u2 = j.get("perUtterance").get(1);
        assertTrue(u2.get("hypothesisMissing").asBoolean());
        assertEquals(1, u2.get("deletions").asLong());
    }

    @Test
    void nonAsciiIdsSurviveTheRoundTrip() throws IOException {
        CorpusScore s = Fixtures.score("caf\u00e9 \"quoted\" (\u00e9t\u00e9\\1)\n", "caf\u00e9 \"quoted\" (\u00e9t\u00e9\\1)\n",
                ScoreOptions.defaults());
        JsonNode j = render(s, true);
        assertEquals("\u00e9t\u00e9\\1", j.get("perUtterance").get(0).get("id").asText());
    }
}
