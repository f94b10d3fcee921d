package dev.werk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.FstalignScore;
import dev.werk.core.fstalign.SideBySideRow;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * fstalign's side-by-side file against its own test suite: cases 37 and 87 of
 * {@code fstalign_tests_extracted.json} ("entity precision recall", {@code twenty.ref.nlp} against
 * {@code twenty.hyp.txt} with {@code twenty.norm.json} and the suite's synonyms) compare the file
 * byte for byte with {@code twenty.hyp.sbs} (standard composition) and {@code twenty.hyp-a2.sbs}
 * (adapted). Plus the format's rules on rows made up here: padding past 20 columns, wer_tags, and
 * error groups at the start, in the middle and at the end.
 */
class SideBySideReportTest {
    private static Path suite() {
        return FstalignSuiteRuns.suite();
    }

    private static String sbs(boolean adapted) throws IOException {
        return sbs(FstalignSuiteRuns.score("twenty.ref.nlp", "twenty.hyp.txt", "twenty.norm.json", adapted));
    }

    private static String sbs(FstalignScore score) throws IOException {
        StringWriter out = new StringWriter();
        SideBySideReport.write(score.fileSideBySide().get(FstalignSuiteRuns.PAIR), out);
        return out.toString();
    }

    @Test
    void standardCompositionMatchesFstalignsFile() throws IOException {
        assertEquals(Files.readString(suite().resolve("data/twenty.hyp.sbs"), StandardCharsets.UTF_8), sbs(false));
    }

    @Test
    void adaptedCompositionMatchesFstalignsFile() throws IOException {
        assertEquals(Files.readString(suite().resolve("data/twenty.hyp-a2.sbs"), StandardCharsets.UTF_8), sbs(true));
    }

    /**
     * Synonym alternatives carry fstalign's {@code ___k_SYN_m-n___} labels with its running count
     * (testdata/fstalign/sbs: fstalign's own output for suite inputs, see its NOTICE), under both
     * compositions, for text, NLP with normalizations and CTM hypotheses.
     */
    @Test
    void synonymAlternativesAreLabelledAsFstalignLabelsThem() throws IOException {
        Path expected = suite().resolveSibling("sbs");
        String[][] runs = {
            {"syn_1.ref.txt", "syn_1.hyp.txt", null, "adapted", "syn_1.adapted.sbs"},
            {"syn_1.ref.txt", "syn_1.hyp.txt", null, "standard", "syn_1.standard.sbs"},
            {"syn_7.ref.nlp", "syn_7.hyp.txt", "syn_7.norm.json", "adapted", "syn_7.adapted.sbs"},
            {"syn_8.ref.nlp", "syn_8.hyp.ctm", null, "standard", "syn_8.standard.sbs"},
        };
        for (String[] run : runs) {
            String got = sbs(FstalignSuiteRuns.score(run[0], run[1], run[2], run[3].equals("adapted")));
            String want = Files.readString(expected.resolve(run[4]), StandardCharsets.UTF_8);
            assertTrue(want.contains("_SYN_"), run[4]);
            assertEquals(want, got, run[4]);
        }
    }

    @Test
    void rowsGroupsAndWerTagsFollowFstalignsFormat() throws IOException {
        List<SideBySideRow> rows = List.of(
                new SideBySideRow("<ins>", "uh", "", List.of()),
                new SideBySideRow("a", "a", "", List.of("7_ORG", "8_")),
                new SideBySideRow("twentytwentytwentytwo", "<del>", "___1_YEAR___", List.of()),
                new SideBySideRow("b", "c", "", List.of()),
                new SideBySideRow("d", "d", "", List.of()),
                new SideBySideRow("e", "<del>", "", List.of()));
        StringWriter out = new StringWriter();
        SideBySideReport.write(rows, out);
        String expected = "           ref_token\thyp_token           \tIsErr\tClass\tWer_Tag_Entities\n"
                + "               <ins>\tuh                  \tERR\t\t\n"
                + "                   a\ta                   \t\t\t###7_ORG###|###8_###|\n"
                + "twentytwentytwentytwo\t<del>               \tERR\t___1_YEAR___\t\n"
                + "                   b\tc                   \tERR\t\t\n"
                + "                   d\td                   \t\t\t\n"
                + "                   e\t<del>               \tERR\t\t\n"
                + "-".repeat(60) + "\n"
                + "                Line\tGroup               \n"
                + "                   2\t*** <-> uh\n"
                + "                   4\ttwentytwentytwentytwo b <-> c\n"
                + "                   7\te <-> ***\n";
        assertEquals(expected, out.toString());
        assertTrue(rows.get(2).error() && !rows.get(1).error());
    }
}
