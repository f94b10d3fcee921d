package dev.werk.core.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyCheckTest {
    static final String HEADER = "Phrase\tIPA\tSoundsLike\tDisplayAs\n";

    @TempDir
    Path dir;

    static List<String> lines(VocabularyCheck.Result r) {
        return r.problems().stream().map(p -> p.line() + ": " + p.describe()).toList();
    }

    @Test
    void theA2iTablePassesWithTheIgnoredColumnsWarning() throws Exception {
        // Every row but machine-learning fills SoundsLike; none fills IPA.
        VocabularyCheck.Result r = VocabularyCheck.check(TermListReaderTest.A2I, "en-US");
        assertEquals(18, r.rows());
        assertEquals(List.of(), lines(r));
        assertEquals(List.of("IPA or SoundsLike is filled in 17 of 18 rows: Amazon Transcribe ignores both columns today "
                + "(only Phrase and DisplayAs are used)"), r.warnings());
    }

    @Test
    void theSharedCopyIsTheFixture() throws Exception {
        Path shared = TermFiles.shared("golden/transcribe-vocab/a2i-video-custom-vocabulary.tsv");
        assertEquals(Files.readString(shared), Files.readString(TermListReaderTest.A2I));
    }

    @Test
    void everyRuleOnItsOwnRow() {
        String text = HEADER
                + "Los Angeles\t\t\tLos Angeles\n"   // 2: space
                + "boto3\t\t\tBoto3\n"               // 3: digit
                + "C.L.I\t\t\tCLI\n"                 // 4: last period missing
                + "Dynamo-D.B\t\t\tDynamoDB\n"       // 5: last period missing in a part
                + "E.C.-Two\t\tee-see-too\tEC2\n"    // 6: fine
                + "\t\t\tnothing\n"                  // 7: no Phrase
                + "a-b\t\tx\n"                       // 8: three fields
                + "a-b\t\t\tAB\textra\n"             // 9: five fields
                + "caf\u00e9\t\t\tcafe\n"            // 10: not an English letter
                + "x".repeat(257) + "\t\t\tlong\n"   // 11: too long
                + "tee-vee\t\ttee vee2\tTV\n"        // 12: SoundsLike with a space and a digit
                + "\n";                              // 13: blank row
        VocabularyCheck.Result r = VocabularyCheck.check(text, "en-US");
        assertEquals(List.of(
                "2: row 1, Phrase: 'Los Angeles' has spaces; join the words with hyphens (Los-Angeles)",
                "3: row 2, Phrase: 'boto3' has digits; spell numbers out (boto-three)",
                "4: row 3, Phrase: acronym 'C.L.I' in 'C.L.I': each letter is followed by a period, the last one too (C.L.I., Dynamo-D.B.)",
                "5: row 4, Phrase: acronym 'D.B' in 'Dynamo-D.B': each letter is followed by a period, the last one too (C.L.I., Dynamo-D.B.)",
                "7: row 6, Phrase: empty; every row needs a Phrase",
                "8: row 7: 3 fields where the header has 4: columns are separated by single tabs (an empty column keeps its tab)",
                "9: row 8: 5 fields where the header has 4: columns are separated by single tabs (an empty column keeps its tab)",
                "10: row 9, Phrase: 'caf\u00e9' has characters the language does not allow: '\u00e9' (allowed: a-z A-Z - . ')",
                "11: row 10, Phrase: 257 characters; an entry has at most 256",
                "12: row 11, SoundsLike: 'tee vee2' has spaces; separate the parts with hyphens",
                "12: row 11, SoundsLike: 'tee vee2' has digits; spell numbers out",
                "13: row 12: 1 field where the header has 4: columns are separated by single tabs (an empty column keeps its tab)",
                "13: row 12, Phrase: empty; every row needs a Phrase"), lines(r));
        // Other languages take their own letters.
        assertTrue(lines(VocabularyCheck.check(HEADER + "caf\u00e9\t\t\t\n", "fr-FR")).isEmpty());
    }

    @Test
    void headerProblems() {
        assertEquals(List.of("1: header: column 5: unknown column 'Notes'; the columns are Phrase, IPA, SoundsLike and DisplayAs"),
                lines(VocabularyCheck.check("Phrase\tIPA\tSoundsLike\tDisplayAs\tNotes\n", "en-US")));
        assertEquals(List.of("1: header: column 1: unknown column 'phrase': the column is called 'Phrase'",
                        "1: header: missing column 'Phrase' (every table has Phrase, IPA, SoundsLike and DisplayAs, even empty)"),
                lines(VocabularyCheck.check("phrase\tIPA\tSoundsLike\tDisplayAs\n", "en-US")));
        assertEquals(List.of("1: header: column 1: unknown column 'Phrase IPA SoundsLike DisplayAs': columns are separated by single tabs, not spaces",
                        "1: header: missing column 'Phrase' (every table has Phrase, IPA, SoundsLike and DisplayAs, even empty)",
                        "1: header: missing column 'IPA' (every table has Phrase, IPA, SoundsLike and DisplayAs, even empty)",
                        "1: header: missing column 'SoundsLike' (every table has Phrase, IPA, SoundsLike and DisplayAs, even empty)",
                        "1: header: missing column 'DisplayAs' (every table has Phrase, IPA, SoundsLike and DisplayAs, even empty)"),
                lines(VocabularyCheck.check("Phrase IPA SoundsLike DisplayAs\n", "en-US")));
        assertEquals(List.of("1: header: column 4: column 'IPA' appears twice",
                        "1: header: missing column 'DisplayAs' (every table has Phrase, IPA, SoundsLike and DisplayAs, even empty)"),
                lines(VocabularyCheck.check("Phrase\tIPA\tSoundsLike\tIPA\n", "en-US")));
        assertEquals(1, VocabularyCheck.check("", "en-US").problems().size());
    }

    @Test
    void fileOverFiftyKilobytes() throws Exception {
        StringBuilder sb = new StringBuilder(HEADER);
        while (sb.length() <= VocabularyCheck.MAX_BYTES) {
            sb.append("sagemaker\t\t\tSageMaker\n");
        }
        Path f = TermFiles.write(dir, "big.tsv", sb.toString());
        VocabularyCheck.Result r = VocabularyCheck.check(f, "en-US");
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).describe().startsWith("the file is " + Files.size(f) + " bytes"), lines(r).toString());
        assertEquals(List.of(), r.warnings());
    }
}
