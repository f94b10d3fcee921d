package dev.werk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.align.Aligner;
import dev.werk.core.align.Alignment;
import dev.werk.core.align.CostModel;
import dev.werk.core.TestTokens;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * STM/CTM and CTM/CTM pairing against NIST sclite's own test suite (SCTK {@code tsclite.sh}; inputs
 * and expected reports in {@code testdata/sctk/}). Two checks per test: the hypothesis words of
 * every utterance equal those in sclite's alignment report ({@code .pra}), and the utterances,
 * scored with werk's sclite cost model, add up to sclite's {@code Sum} row ({@code .raw}). sclite
 * markup in the references (alternations, {@code word;tag}) is resolved by {@link ScliteMarkup}.
 */
class ScliteTimedPairingTest {

    /** Read as sclite reads them: test13's tima_hyp.ctm has two words of negative duration. */
    private static final ReadOptions AS_SCLITE = ReadOptions.STRICT.withNegativeDurations(true);

    private static Pairing.Result pairing(String ref, String hyp) throws IOException {
        Path r = TestData.file("sctk/" + ref);
        Path h = TestData.file("sctk/" + hyp);
        return Pairing.pair(TranscriptReader.read(r, TranscriptFormat.fromExtension(r), AS_SCLITE),
                TranscriptReader.read(h, TranscriptFormat.fromExtension(h), AS_SCLITE));
    }

    /** sclite's STM/CTM tests: test id, reference, hypothesis (files under testdata/sctk). */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("test3", "lvc_ref.stm", "lvc_hyp.ctm"),
                Arguments.of("test3a", "lvc_refe.stm", "lvc_hyp.ctm"),
                Arguments.of("test13", "tima_ref.ctm", "tima_hyp.ctm"),
                Arguments.of("test16_2", "stm2ctm_missing.ref.stm", "stm2ctm_missing.hyp-missall.ctm"),
                Arguments.of("test16_3", "stm2ctm_missing.ref.stm", "stm2ctm_missing.hyp-missfile1.ctm"),
                Arguments.of("test16_4", "stm2ctm_missing.ref.stm", "stm2ctm_missing.hyp-missfile1chanA.ctm"),
                Arguments.of("test16_5", "stm2ctm_missing.ref.stm", "stm2ctm_missing.hyp-missfile1chanb.ctm"),
                Arguments.of("test16_6", "stm2ctm_missing.ref.stm", "stm2ctm_missing.hyp-missfile2.ctm"),
                Arguments.of("test16_7", "stm2ctm_missing.ref.stm", "stm2ctm_missing.hyp-missfile2chanA.ctm"),
                Arguments.of("test16_8", "stm2ctm_missing.ref.stm", "stm2ctm_missing.hyp-missfile2chanB.ctm"),
                Arguments.of("test16_9", "stm2ctm_missing.ref.stm", "stm2ctm_missing.hyp.ctm"));
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @MethodSource("cases")
    void hypothesisWordsOfEachUtteranceAreSclites(String test, String ref, String hyp) throws IOException {
        List<ScliteReports.Aligned> expected = ScliteReports.alignments(TestData.file("sctk/expected/" + test + ".pra"));
        List<UtterancePair> pairs = pairing(ref, hyp).pairs();
        List<String> expectedIds = new ArrayList<>();
        List<String> actualIds = new ArrayList<>();
        for (ScliteReports.Aligned a : expected) {
            expectedIds.add(a.id());
        }
        for (UtterancePair p : pairs) {
            actualIds.add(p.id().toLowerCase(java.util.Locale.ROOT));
        }
        // sclite reports utterances grouped by speaker; werk keeps reference order.
        assertEquals(expectedIds.stream().sorted().toList(), actualIds.stream().sorted().toList(), test + " utterance ids");
        for (ScliteReports.Aligned a : expected) {
            UtterancePair p = pairs.get(actualIds.indexOf(a.id()));
            // sclite shows the alternative it chose where the CTM has <ALT_BEGIN> blocks
            List<List<String>> readings = ScliteMarkup.expand(p.hypothesisText()).stream()
                    .map(ScliteMarkup.Expansion::words).toList();
            assertTrue(readings.contains(a.hypothesis()), test + " " + a.id() + ": sclite aligned " + a.hypothesis()
                    + ", werk's words are " + p.hypothesisText());
        }
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @MethodSource("cases")
    void countsAddUpToSclitesSum(String test, String ref, String hyp) throws IOException {
        ScliteReports.Sum expected = ScliteReports.sum(TestData.file("sctk/expected/" + test + ".raw"));
        Pairing.Result paired = pairing(ref, hyp);
        Aligner aligner = Aligner.create(CostModel.SCLITE);
        TestTokens vocabulary = new TestTokens();
        long h = 0;
        long s = 0;
        long d = 0;
        long i = 0;
        int sentenceErrors = 0;
        for (UtterancePair p : paired.pairs()) {
            Alignment best = null;
            long bestCost = Long.MAX_VALUE;
            for (ScliteMarkup.Expansion he : ScliteMarkup.expand(p.hypothesisText())) {
                int[] hypIds = vocabulary.words(String.join(" ", he.words()));
                for (ScliteMarkup.Expansion re : ScliteMarkup.expand(p.reference().text())) {
                    Alignment a = aligner.align(vocabulary.words(String.join(" ", re.words())), hypIds);
                    long cost = 1000L * (4L * a.substitutions() + 3L * a.deletions() + 3L * a.insertions())
                            + re.nulls() + he.nulls();
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = a;
                    }
                }
            }
            h += best.hits();
            s += best.substitutions();
            d += best.deletions();
            i += best.insertions();
            sentenceErrors += best.substitutions() + best.deletions() + best.insertions() > 0 ? 1 : 0;
        }
        assertEquals(List.of(expected.sentences(), expected.words(), expected.correct(), expected.substitutions(),
                        expected.deletions(), expected.insertions(), expected.sentenceErrors()),
                List.of(paired.pairs().size(), (int) (h + s + d), (int) h, (int) s, (int) d, (int) i, sentenceErrors),
                test + ": #Snt #Wrd C S D I S.Err");
    }

    @Test
    void hypothesisChannelMissingFromTheStmIsAnError() {
        // sclite test16_1: "Hyp file has more data than ref file, beginning at hyp file/channel '9999' 'b'."
        WerkDataException e = assertThrows(WerkDataException.class,
                () -> pairing("stm2ctm_missing.ref.stm", "stm2ctm_missing.hyp-extra.ctm"));
        assertTrue(e.getMessage().contains("'9999' 'B'"), e.getMessage());
        assertTrue(e.getMessage().contains("stm2ctm_missing.hyp-extra.ctm:"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void channelsWithoutHypothesisWordsAreWarnedAboutAndMarkedMissing() throws IOException {
        Pairing.Result r = pairing("stm2ctm_missing.ref.stm", "stm2ctm_missing.hyp-missfile2chanA.ctm");
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("'3129' 'a'"), r.warnings().get(0));
        long missing = r.pairs().stream().filter(p -> p.hypothesis() == null).count();
        assertEquals(2, missing, "the two 3129/a segments");
    }

    @Test
    void excludedSegmentsAreNotScored() throws IOException {
        Pairing.Result r = pairing("lvc_refe.stm", "lvc_hyp.ctm");
        assertEquals(58, r.pairs().size());
        assertTrue(r.pairs().stream().noneMatch(p -> p.reference().excluded()));
        Path stm = TestData.file("sctk/lvc_refe.stm");
        assertEquals(3, TranscriptReader.read(stm).utterances().stream().filter(Utterance::excluded).count());
    }
}
