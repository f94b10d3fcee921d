package dev.werk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.align.CostModel;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import dev.werk.core.io.UtterancePair;
import dev.werk.core.io.WerkDataException;
import dev.werk.core.metrics.Counts;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Scorer with sclite trn markup: where it is read, what it counts, and its errors. */
class ScorerMarkupTest {
    private static final Path REF = Path.of("ref.trn");
    private static final Path HYP = Path.of("hyp.trn");
    private static final ScoreOptions SCLITE = ScoreOptions.defaults().withCost(CostModel.SCLITE);

    private static CorpusScore score(String ref, TranscriptFormat refFormat, String hyp, TranscriptFormat hypFormat,
                                     ScoreOptions options) {
        return Scorer.score(Pairing.pair(
                TranscriptReader.parse(ref, refFormat == TranscriptFormat.TRN ? REF : Path.of("ref.txt"), refFormat),
                TranscriptReader.parse(hyp, hypFormat == TranscriptFormat.TRN ? HYP : Path.of("hyp.txt"), hypFormat)),
                options);
    }

    private static CorpusScore trn(String ref, String hyp, ScoreOptions options) {
        return score(ref, TranscriptFormat.TRN, hyp, TranscriptFormat.TRN, options);
    }

    @Test
    void markupIsReadInTrnInput() {
        CorpusScore s = trn("a { b / c } d (u)\n", "a c d (u)\n", SCLITE);
        assertEquals(new Counts(3, 0, 0, 0), s.total());
        UtteranceScore u = s.utterances().get(0);
        assertEquals(List.of("a", "c", "d"), u.referenceTokens(), "#Wrd counts the path taken");
        assertEquals(List.of("a", "c", "d"), u.hypothesisTokens());
    }

    @Test
    void markupIsOrdinaryTextInPlainInputAndWhenTurnedOff() {
        // a { b / c } d against a c d: seven words, a c d hit, four deleted.
        Counts literal = new Counts(3, 0, 4, 0);
        assertEquals(literal, score("a { b / c } d\n", TranscriptFormat.PLAIN, "a c d\n", TranscriptFormat.PLAIN, SCLITE).total());
        assertEquals(literal, trn("a { b / c } d (u)\n", "a c d (u)\n", SCLITE.withMarkup(ScoreOptions.Markup.OFF)).total());
    }

    @Test
    void eachSideIsReadByItsOwnFormat() {
        // The trn reference offers b or c; the plain hypothesis's @ is a word, not the empty alternative.
        CorpusScore s = score("a { b / c } d (u)\n", TranscriptFormat.TRN, "a @ c d\n", TranscriptFormat.PLAIN, SCLITE);
        assertEquals(new Counts(3, 0, 0, 1), s.total());
        assertEquals(new Counts(3, 0, 0, 0), trn("a { b / c } d (u)\n", "a @ c d (u)\n", SCLITE).total());
    }

    @Test
    void tagsAreDroppedAndTheRestIsAlignedAsPlainWords() {
        // Both sides are trn: the hypothesis needs the backslash too, or its b;c is b with tag c.
        CorpusScore s = trn("a;t1 b\\;c;t2 (u)\n", "a b\\;c (u)\n", SCLITE);
        assertEquals(new Counts(2, 0, 0, 0), s.total());
        assertEquals(List.of("a", "b;c"), s.utterances().get(0).referenceTokens());
    }

    @Test
    void optionalDeletableAndFragmentsFollowTheOptions() {
        String ref = "b (c) d fi- (u)\n";
        String hyp = "b d find (u)\n";
        assertEquals(new Counts(2, 1, 1, 0), trn(ref, hyp, SCLITE).total(), "(c) deleted, fi-/find substituted");
        CorpusScore df = trn(ref, hyp, SCLITE.withMarkup(new ScoreOptions.Markup(true, true, true)));
        assertEquals(new Counts(4, 0, 0, 0), df.total());
        UtteranceScore u = df.utterances().get(0);
        assertEquals(List.of("b", "(c)", "d", "fi-"), u.referenceTokens());
        assertEquals(List.of("b", "", "d", "find"), u.hypothesisTokens(), "a dropped optional word pairs with an empty word");
        assertFalse(u.hasError());
    }

    @Test
    void theNormaliserRunsBeforeTheMarkupIsRead() {
        ScoreOptions lower = SCLITE.withNormalizer(dev.werk.core.text.TextNormalizer.preset("sclite"));
        assertEquals(new Counts(2, 0, 0, 0), trn("X { B / C } (u)\n", "x c (u)\n", lower).total());
    }

    @Test
    void levenshteinUsesUnitWeightsOnUtterancesWithMarkup() {
        // b against x is one substitution; c d against x would be a substitution and a deletion.
        CorpusScore s = trn("a { b / c d } e (u)\n", "a x e (u)\n", ScoreOptions.defaults());
        assertEquals(new Counts(2, 1, 0, 0), s.total());
        assertEquals(List.of("a", "b", "e"), s.utterances().get(0).referenceTokens());
    }

    @Test
    void missingHypothesisDeletesTheCheapestPath() {
        CorpusScore s = trn("{ a b / c } (u)\n", "", SCLITE);
        UtteranceScore u = s.utterances().get(0);
        assertEquals(new Counts(0, 0, 1, 0), s.total());
        assertTrue(u.hypothesisMissing());
        assertEquals(List.of("c"), u.referenceTokens());
    }

    @Test
    void malformedMarkupIsADataErrorNamingFileLineAndUtterance() {
        WerkDataException e = assertThrows(WerkDataException.class,
                () -> trn("fine (u1)\n;; comment\na { b / c (u2)\n", "fine (u1)\nx (u2)\n", SCLITE));
        assertEquals(REF, e.file());
        assertEquals(3, e.line());
        assertEquals("ref.trn:3: utterance 'u2': unbalanced '{' at character 3 (no matching '}')", e.getMessage());

        WerkDataException h = assertThrows(WerkDataException.class,
                () -> trn("a (u1)\nb (u2)\n", "b (u2)\n{ } (u1)\n", SCLITE));
        assertEquals(HYP, h.file());
        assertEquals(2, h.line());
        assertTrue(h.getMessage().startsWith("hyp.trn:2: utterance 'u1': empty alternation '{ }'"), h.getMessage());
    }

    @Test
    void characterScoringRefusesMarkupButNotPlainTrn() {
        ScoreOptions chars = SCLITE.withUnit(ScoringUnit.CHAR).withMarkup(new ScoreOptions.Markup(true, false, true));
        WerkDataException e = assertThrows(WerkDataException.class, () -> trn("a { b / c } (u)\n", "a b (u)\n", chars));
        assertTrue(e.getMessage().contains("not supported with character scoring"), e.getMessage());
        // A hyphen inside a word is no fragment: the text is scored character by character as written.
        assertEquals(new Counts(3, 0, 0, 0), trn("a-b (u)\n", "a-b (u)\n", chars).total());
    }

    @Test
    void pairsScoredWithoutSourcesAreReadAsPlainText() {
        List<UtterancePair> pairs = Pairing.pair(TranscriptReader.parse("{ a / b } (u)\n", REF, TranscriptFormat.TRN),
                TranscriptReader.parse("a (u)\n", HYP, TranscriptFormat.TRN)).pairs();
        // { a / b } as five words against a: a hits, four deletions.
        assertEquals(new Counts(1, 0, 4, 0), Scorer.score(pairs, SCLITE, List.of()).total());
        assertEquals(new Counts(1, 0, 0, 0), Scorer.score(new Pairing.Result(pairs, List.of(),
                new Pairing.Source(REF, TranscriptFormat.TRN), new Pairing.Source(HYP, TranscriptFormat.TRN)), SCLITE).total());
    }
}
