package dev.werk.core.fstalign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.align.EditOp;
import dev.werk.core.io.TranscriptFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The aligned NLP rows ({@code --output-nlp}) on seeded random pairs: references with entities
 * (normalized, several rows, FALLBACK entities with an empty candidate), synonym rules and
 * hypotheses with every kind of error, under both compositions. fstalign's stitching can fall out of
 * step; whatever happens, werk writes one row per step that is neither an insertion nor a no-op, a
 * deletion without times and every other step with the hypothesis word's times, and on references
 * without entities or synonyms (one row per step, in order) each row's token, case and comment follow
 * from the step alone (the oracle below). The byte-for-byte checks against fstalign are in reports'
 * {@code AlignedNlpReportTest}.
 */
class AlignedNlpTest {
    private static final String[] WORDS = {"the", "year", "we", "will", "grow", "twenty", "one", "and", "uh", "a", "b"};

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void everyStepButInsertionsAndNoOpsIsWrittenOnce() throws IOException {
        Random rnd = new Random(20_261_201L);
        int withEntities = 0;
        for (int it = 0; it < 400; it++) {
            StringBuilder nlp = new StringBuilder("token|speaker|ts|endTs|punctuation|case|tags|wer_tags\n");
            StringBuilder norm = new StringBuilder("{");
            int rows = 1 + rnd.nextInt(12);
            int id = 0;
            boolean entities = it % 4 != 0;
            for (int k = 0; k < rows; k++) {
                String tags = "[]";
                if (entities && rnd.nextInt(3) == 0) {
                    String cls = rnd.nextInt(4) == 0 ? "FALLBACK" : "CARDINAL";
                    tags = "['" + id + ":" + cls + "']";
                    norm.append(id == 0 ? "" : ",").append('"').append(id).append("\": {\"candidates\": [");
                    int cands = 1 + rnd.nextInt(2);
                    for (int c = 0; c < cands; c++) {
                        norm.append(c == 0 ? "" : ",").append("{\"probability\": 0.5, \"verbalization\": [");
                        int len = cls.equals("FALLBACK") && c == 0 ? 0 : 1 + rnd.nextInt(3);
                        for (int w = 0; w < len; w++) {
                            norm.append(w == 0 ? "" : ",").append('"').append(WORDS[rnd.nextInt(WORDS.length)]).append('"');
                        }
                        norm.append("]}");
                    }
                    norm.append("], \"class\": \"").append(cls).append("\"}");
                    id++;
                    // an entity of one or two rows
                    int span = 1 + rnd.nextInt(2);
                    for (int s = 0; s < span && k < rows; s++, k++) {
                        nlp.append(WORDS[rnd.nextInt(WORDS.length)]).append("|1||||LC|").append(tags).append("|[]\n");
                    }
                    k--;
                    continue;
                }
                nlp.append(WORDS[rnd.nextInt(WORDS.length)]).append("|1|||").append(rnd.nextInt(5) == 0 ? "," : "")
                        .append("|CA|").append(tags).append("|[]\n");
            }
            norm.append("}");
            if (id > 0) {
                withEntities++;
            }
            NlpReference ref = NlpReference.read(write("r.nlp", nlp.toString()));
            Normalizations n = id > 0 ? Normalizations.read(write("r.norm.json", norm.toString())) : Normalizations.NONE;
            SynonymRules rules = entities && rnd.nextBoolean()
                    ? SynonymRules.parse(List.of("we will | we'll", "twenty one | twenty-one ; twentyone"), null) : SynonymRules.NONE;
            List<String> hyp = new ArrayList<>();
            int words = rnd.nextInt(14);
            for (int k = 0; k < words; k++) {
                hyp.add(WORDS[rnd.nextInt(WORDS.length)]);
            }
            boolean adapted = it % 2 == 0;
            FstalignSettings settings = new FstalignSettings(rules, true, true, true).withAdapted(adapted).withSideBySide(true);
            FstalignAlignment a = Fstalign.align(ref, n, EntityTypes.NONE, hyp, settings, TranscriptFormat.PLAIN);
            float[] starts = new float[hyp.size()];
            float[] ends = new float[hyp.size()];
            for (int k = 0; k < starts.length; k++) {
                starts[k] = k;
                ends[k] = k + 0.5f;
            }
            List<AlignedNlpRow> out = Fstalign.alignedNlp(a, ref, starts, ends);
            String what = nlp.toString() + norm + " vs " + hyp + (adapted ? " adapted" : " standard");

            List<SideBySideRow> steps = a.sideBySide();
            int written = 0;
            int h = 0;
            for (SideBySideRow s : steps) {
                if (s.noOp()) {
                    continue;
                }
                boolean deleted = s.hypothesis().equals(SideBySideRow.DELETION);
                if (!s.reference().equals(SideBySideRow.INSERTION)) {
                    AlignedNlpRow r = out.get(written++);
                    if (deleted) {
                        assertNull(r.start(), what);
                        assertTrue(r.comment().startsWith("del"), what);
                    } else {
                        assertNotNull(r.start(), what);
                        assertEquals(starts[h], r.start(), 0f, what);
                        assertEquals(ends[h], r.end(), 0f, what);
                    }
                }
                if (!deleted) {
                    h++;
                }
            }
            assertEquals(written, out.size(), what);
            assertEquals(hyp.size(), h, what);

            if (id == 0 && rules == SynonymRules.NONE) {
                // one row per non-insertion step, in order: the oracle
                int row = 0;
                int k = 0;
                for (int s = 0; s < a.alignment().size(); s++) {
                    EditOp op = a.alignment().op(s);
                    if (op == EditOp.INSERTION) {
                        continue;
                    }
                    RefRow expected = ref.rows().get(row++);
                    AlignedNlpRow r = out.get(k++);
                    assertEquals(expected.token(), r.token(), what);
                    assertEquals(expected.casing(), r.casing(), what);
                    assertEquals(expected.punctuation(), r.punctuation(), what);
                    String comment = switch (op) {
                        case DELETION -> "del";
                        case SUBSTITUTION -> "sub(" + steps.get(s).hypothesis() + ")";
                        default -> "";
                    };
                    assertEquals(comment, r.comment(), what);
                }
            }
        }
        assertTrue(withEntities >= 200, "only " + withEntities + " references with entities");
    }
}
