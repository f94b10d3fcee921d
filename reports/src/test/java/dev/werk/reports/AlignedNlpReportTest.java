package dev.werk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * fstalign's aligned NLP file ({@code --output-nlp}) byte for byte: its suite's cases 22, 23, 65 and 66
 * ({@code align} of {@code noise_1.ref.nlp} with {@code noise.hyp1.ctm} and {@code noise.hyp2.ctm},
 * standard and adapted, against {@code noise_1.hyp1.aligned} and {@code noise_1.hyp2.aligned}), and
 * fstalign's own output for entities with normalizations, synonyms and a CTM hypothesis
 * (testdata/fstalign/aligned-nlp, see its NOTICE).
 */
class AlignedNlpReportTest {
    private static Path suite() {
        return FstalignSuiteRuns.suite();
    }

    private static String aligned(String ref, String hyp, String norm, boolean adapted) throws IOException {
        StringWriter out = new StringWriter();
        AlignedNlpReport.write(FstalignSuiteRuns.score(ref, hyp, norm, adapted).fileAlignedNlp().get(FstalignSuiteRuns.PAIR), out);
        return out.toString();
    }

    private static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    @Test
    void fstalignsSuiteAlignCases() throws IOException {
        for (boolean adapted : new boolean[] {false, true}) {
            assertEquals(read(suite().resolve("data/noise_1.hyp1.aligned")), aligned("noise_1.ref.nlp", "noise.hyp1.ctm", null, adapted));
            assertEquals(read(suite().resolve("data/noise_1.hyp2.aligned")), aligned("noise_1.ref.nlp", "noise.hyp2.ctm", null, adapted));
        }
    }

    @Test
    void entitiesSynonymsAndTimesAsFstalignWritesThem() throws IOException {
        Path expected = suite().resolveSibling("aligned-nlp");
        assertEquals(read(expected.resolve("twenty.adapted.nlp")), aligned("twenty.ref.nlp", "twenty.hyp.txt", "twenty.norm.json", true));
        assertEquals(read(expected.resolve("twenty.standard.nlp")), aligned("twenty.ref.nlp", "twenty.hyp.txt", "twenty.norm.json", false));
        assertEquals(read(expected.resolve("syn_7.standard.nlp")), aligned("syn_7.ref.nlp", "syn_7.hyp.txt", "syn_7.norm.json", false));
        assertEquals(read(expected.resolve("syn_8.adapted.nlp")), aligned("syn_8.ref.nlp", "syn_8.hyp.ctm", null, true));
    }

    @Test
    void timesAreFmtsFourPlacesOfTheFloat() {
        assertEquals("1.0200", AlignedNlpReport.time(1.02f));
        assertEquals("695.2000", AlignedNlpReport.time(695.2f));
        assertEquals("0.0000", AlignedNlpReport.time(0f));
        assertEquals("3.0001", AlignedNlpReport.time(3.00005f + 0.00001f));
    }
}
