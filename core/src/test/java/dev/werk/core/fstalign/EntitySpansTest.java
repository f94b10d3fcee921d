package dev.werk.core.fstalign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entity spans of NLP references, by hand (the README's "Entities as terms", rules 1, 2 and 4). */
class EntitySpansTest {
    @TempDir
    Path dir;

    static RefRow row(String token, String label, String... werTags) {
        return new RefRow(token, 0, label, List.of(werTags));
    }

    static Normalizations.Candidate cand(String... words) {
        return new Normalizations.Candidate(List.of(words), 0.5);
    }

    static List<String> describe(EntitySpans spans) {
        List<String> out = new ArrayList<>();
        for (EntitySpans.Entity e : spans.entities()) {
            out.add(e.id() + " " + e.entityClass() + " rows " + e.firstRow() + "+" + e.rowCount() + " words [" + e.wordFrom()
                    + "," + e.wordTo() + ") " + e.alternatives());
        }
        return out;
    }

    EntityTypes types(String json) throws IOException {
        Path f = dir.resolve("t.wer_tag.json");
        Files.writeString(f, json);
        return EntityTypes.read(f);
    }

    @Test
    void nestedSpansEachAcceptTheVerbalizationsOfTheEntitiesInside() throws IOException {
        NlpReference ref = NlpReference.of(List.of(row("the", "", "6"), row("third", "", "6"), row("quarter", "", "6"),
                row("Fiscal", "", "6"), row("2020", "0:YEAR", "0", "1", "6"), row("sales", "")), true);
        Normalizations norm = Normalizations.of(Map.of("0", List.of(cand("twenty", "twenty"), cand("two", "thousand", "twenty"))),
                Map.of("0", "YEAR"));
        EntitySpans s = EntitySpans.of(ref, norm, types("{\"0\": {\"entity_type\": \"YEAR\"}, \"1\": {\"entity_type\": "
                + "\"CARDINAL\"}, \"6\": {\"entity_type\": \"DATE\"}}"));
        assertEquals(List.of(
                "6 DATE rows 0+5 words [0,5) [the third quarter Fiscal twenty twenty, the third quarter Fiscal two thousand twenty]",
                "0 YEAR rows 4+1 words [4,5) [twenty twenty, two thousand twenty]",
                "1 CARDINAL rows 4+1 words [4,5) [twenty twenty, two thousand twenty]"), describe(s));
        assertEquals(0, s.leftOut());
        assertEquals(6, s.words());
        // without the wer_tag file, ids 1 and 6 have no class: left out, with one warning
        EntitySpans none = EntitySpans.of(ref, norm, EntityTypes.NONE);
        assertEquals(List.of("0 YEAR rows 4+1 words [4,5) [twenty twenty, two thousand twenty]"), describe(none));
        assertEquals(2, none.leftOut());
        assertEquals(1, none.warnings().size());
    }

    @Test
    void aLabelAcrossTheEdgeStaysAsWrittenAndAnIdInTwoRunsIsTwoSpans() {
        NlpReference ref = NlpReference.of(List.of(row("a", "", "W", "A"), row("b", "1:X", "W"), row("c", "1:X"),
                row("d", "", "A")), true);
        Normalizations norm = Normalizations.of(Map.of("1", List.of(cand("bee", "sea"))), Map.of("1", "X", "W", "Q", "A", "R"));
        assertEquals(List.of("W Q rows 0+2 words [0,2) []", "A R rows 0+1 words [0,1) []", "A R rows 3+1 words [3,4) []"),
                describe(EntitySpans.of(ref, norm, EntityTypes.NONE)));
    }

    @Test
    void withoutAWerTagsColumnTheSpansAreTheTagsLabels() {
        NlpReference ref = NlpReference.of(List.of(row("we", "3:CONTRACTION"), row("will", "3:CONTRACTION"), row("see", ""),
                row("we", "5:CONTRACTION"), row("will", "5:CONTRACTION")), false);
        Normalizations norm = Normalizations.of(Map.of("3", List.of(cand("we'll")), "5", List.of()), Map.of());
        // id 3: its candidate, then its own tokens (dropped as the rows as written); id 5: nothing else
        assertEquals(List.of("3 CONTRACTION rows 0+2 words [0,2) [we'll]", "5 CONTRACTION rows 3+2 words [3,5) []"),
                describe(EntitySpans.of(ref, norm, EntityTypes.NONE)));
    }

    @Test
    void wordsCountTheWhitespaceSeparatedPartsOfEachRow() {
        NlpReference ref = NlpReference.of(List.of(row("a", ""), row("New\u00A0York", "", "1"), row("d", "", "2")), true);
        Normalizations norm = Normalizations.of(Map.of(), Map.of("1", "GPE", "2", "ORG"));
        assertEquals(List.of("1 GPE rows 1+1 words [1,3) []", "2 ORG rows 2+1 words [3,4) []"),
                describe(EntitySpans.of(ref, norm, EntityTypes.NONE)));
    }

    @Test
    void theAlternativesStopAtTheCap() {
        List<RefRow> rows = new ArrayList<>();
        Map<String, List<Normalizations.Candidate>> cands = new java.util.HashMap<>();
        for (int k = 0; k < 11; k++) {
            rows.add(row("w" + k, k + ":CARDINAL", "big", String.valueOf(k)));
            cands.put(String.valueOf(k), List.of(cand("v" + k)));
        }
        Normalizations norm = Normalizations.of(cands, Map.of("big", "DATE"));
        EntitySpans s = EntitySpans.of(NlpReference.of(rows, true), norm, EntityTypes.NONE);
        EntitySpans.Entity big = s.entities().get(0);
        assertEquals("big", big.id());
        // 2^11 = 2048 sequences, the rows as written among them: the first 1,024 others
        assertEquals(EntitySpans.MAX_ALTERNATIVES, big.alternatives().size());
        assertEquals("w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 v10", big.alternatives().get(0));
    }
}
