package dev.werk.core;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.align.CostModel;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import dev.werk.core.metrics.Counts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static final double EPS = 1e-12;

    /** Scores two plain texts, line by line. */
    private static CorpusScore plain(String ref, String hyp, ScoreOptions options) {
        return Scorer.score(Pairing.pair(
                TranscriptReader.parse(ref, Path.of("ref.txt"), TranscriptFormat.PLAIN),
                TranscriptReader.parse(hyp, Path.of("hyp.txt"), TranscriptFormat.PLAIN)), options);
    }

    private static CorpusScore plain(String ref, String hyp) {
        return plain(ref, hyp, ScoreOptions.defaults());
    }

    @Test
    void poolsCountsAndRatesOverUtterances() {
        // line 1: a b c / a x c → H2 S1; line 2: d e f g / d e → H2 D2; line 3: h / h i j → H1 I2.
        CorpusScore s = plain("a b c\nd e f g\nh\n", "a x c\nd e\nh i j\n");
        assertEquals(new Counts(5, 1, 2, 2), s.total());
        assertEquals(5.0 / 8, s.measures().wer(), EPS, "pooled (1+2+2)/8, not the mean of 1/3, 2/4 and 2/1");
        assertEquals(5.0 / 10, s.measures().mer(), EPS);
        assertEquals((5.0 / 8) * (5.0 / 8), s.measures().wip(), EPS);
        assertEquals(3, s.sentenceErrors());
        assertEquals(1.0, s.sentenceErrorRate(), EPS);
        assertEquals(0, s.emptyReferences());
        assertEquals(List.of("1", "2", "3"), s.utterances().stream().map(UtteranceScore::id).toList());
        assertEquals(new Counts(2, 1, 0, 0), s.utterances().get(0).counts());
        assertEquals(new Counts(2, 0, 2, 0), s.utterances().get(1).counts());
        assertEquals(new Counts(1, 0, 0, 2), s.utterances().get(2).counts());
        assertEquals(2.0, s.utterances().get(2).measures().wer(), EPS);
    }

    @Test
    void emptyReferencePoolsItsInsertionsAndHasNoRateOfItsOwn() {
        // line 1: a b / a b → H2; line 2: (empty) / uh um → I2; line 3: (empty) / (empty); line 4: c / d → S1.
        CorpusScore s = plain("a b\n\n\nc\n", "a b\nuh um\n\nd\n");
        assertEquals(new Counts(2, 1, 0, 2), s.total());
        assertEquals(3.0 / 3, s.measures().wer(), EPS);
        assertEquals(2, s.emptyReferences());
        assertEquals(2, s.sentenceErrors(), "the empty pair is no error; the inserted words are");
        assertEquals(0.5, s.sentenceErrorRate(), EPS);
        UtteranceScore inserted = s.utterances().get(1);
        assertTrue(inserted.emptyReference());
        assertTrue(inserted.hasError());
        assertTrue(Double.isNaN(inserted.measures().wer()));
        UtteranceScore nothing = s.utterances().get(2);
        assertTrue(nothing.emptyReference());
        assertFalse(nothing.hasError());
        assertTrue(Double.isNaN(nothing.measures().wer()));
    }

    @Test
    void corpusWithoutReferenceWordsHasUndefinedWer() {
        CorpusScore s = plain("\n\n", "x y\n\n");
        assertEquals(new Counts(0, 0, 0, 2), s.total());
        assertTrue(Double.isNaN(s.measures().wer()));
        assertTrue(Double.isNaN(s.measures().wip()));
        assertEquals(2, s.emptyReferences());
        assertEquals(1, s.sentenceErrors());
    }

    @Test
    void emptyCorpus() {
        CorpusScore s = plain("", "");
        assertEquals(Counts.ZERO, s.total());
        assertTrue(Double.isNaN(s.measures().wer()));
        assertTrue(Double.isNaN(s.sentenceErrorRate()));
        assertEquals(0, s.utterances().size());
    }

    @Test
    void missingHypothesisIsAllDeletionsAndKeepsTheWarning() {
        Pairing.Result paired = Pairing.pair(
                TranscriptReader.parse("a b (u1)\nc d e (u2)\n", Path.of("ref.trn"), TranscriptFormat.TRN),
                TranscriptReader.parse("a b (u1)\n", Path.of("hyp.trn"), TranscriptFormat.TRN));
        CorpusScore s = Scorer.score(paired, ScoreOptions.defaults());
        UtteranceScore u2 = s.utterances().get(1);
        assertEquals("u2", u2.id());
        assertEquals(2, u2.referenceLine());
        assertTrue(u2.hypothesisMissing());
        assertEquals(new Counts(0, 0, 3, 0), u2.counts());
        assertFalse(s.utterances().get(0).hypothesisMissing());
        assertEquals(new Counts(2, 0, 3, 0), s.total());
        assertEquals(paired.warnings(), s.warnings());
        assertEquals(1, s.warnings().size());
    }

    @Test
    void costModelsDisagreeOnTheKnownScliteCase() {
        String ref = "yes yes no no no\n";
        String hyp = "well um ok yes yes\n";
        CorpusScore lev = plain(ref, hyp);
        assertEquals(new Counts(0, 5, 0, 0), lev.total());
        assertEquals(1.0, lev.measures().wer(), EPS);
        CorpusScore sclite = plain(ref, hyp, ScoreOptions.defaults().withCost(CostModel.SCLITE));
        assertEquals(new Counts(2, 0, 3, 3), sclite.total());
        assertEquals(1.2, sclite.measures().wer(), EPS);
        assertEquals(CostModel.SCLITE, sclite.options().cost());
    }

    @Test
    void tokensAreKeptAsText() {
        CorpusScore s = plain("the cat\nthe dog\n", "a cat\nthe dog\n");
        UtteranceScore first = s.utterances().get(0);
        UtteranceScore second = s.utterances().get(1);
        assertEquals(List.of("the", "cat"), first.referenceTokens());
        assertEquals(List.of("a", "cat"), first.hypothesisTokens());
        assertEquals(List.of("the", "dog"), second.hypothesisTokens());
        assertThrows(UnsupportedOperationException.class, () -> first.referenceTokens().set(0, "x"), "tokens are read-only");
    }

    @Test
    void normalizerAppliesToBothSidesAndIsNamed() {
        ScoreOptions lower = ScoreOptions.defaults().withNormalizer(dev.werk.core.text.TextNormalizer.builder().add("lowercase").build());
        CorpusScore s = plain("The Cat\n", "the CAT\n", lower);
        assertEquals(new Counts(2, 0, 0, 0), s.total());
        assertEquals("lowercase", s.options().normalizerName());
        assertEquals(new Counts(0, 2, 0, 0), plain("The Cat\n", "the CAT\n").total(), "no normalisation by default");
    }

    // ---- characters ----

    private static final ScoreOptions CHARS = ScoreOptions.defaults().withUnit(ScoringUnit.CHAR);

    @Test
    void charUnitComparesNfcCodePoints() {
        // Reference with decomposed é, hypothesis with composed é: identical after NFC.
        CorpusScore s = plain("cafe\u0301 noir\n", "caf\u00e9 noir\n", CHARS);
        assertEquals(new Counts(9, 0, 0, 0), s.total(), "c a f é ␣ n o i r");
        assertEquals(0.0, s.measures().wer(), EPS);
    }

    @Test
    void charUnitCountsTheSpaceBetweenWordsOnce() {
        // "ab c" vs "abc": the space is deleted: 1 / 4.
        CorpusScore s = plain("ab   c\n", "  abc \n", CHARS);
        assertEquals(new Counts(3, 0, 1, 0), s.total());
        assertEquals(0.25, s.measures().wer(), EPS);
        UtteranceScore u = s.utterances().get(0);
        assertEquals(List.of("a", "b", " ", "c"), u.referenceTokens());
        assertEquals(List.of("a", "b", "c"), u.hypothesisTokens());
    }

    @Test
    void charUnitSubstitutionsAndInsertions() {
        // "kitten" → "sitting": k→s, e→i, +g: S2 I1 over 6 characters.
        CorpusScore s = plain("kitten\n", "sitting\n", CHARS);
        assertEquals(new Counts(4, 2, 0, 1), s.total());
        assertEquals(0.5, s.measures().wer(), EPS);
    }

    @Test
    void sentenceErrorRateCountsUtterancesWithAnyError() {
        CorpusScore s = plain("a\nb\nc\nd\n", "a\nx\nc\nd e\n");
        assertEquals(2, s.sentenceErrors());
        assertEquals(0.5, s.sentenceErrorRate(), EPS);
    }
}
