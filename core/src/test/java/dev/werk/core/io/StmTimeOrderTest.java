package dev.werk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * STM segments out of time order are sorted by begin time before the CTM words are cut, as NIST's
 * hubscr sorts them before sclite: the words each segment gets equal those it gets from the sorted
 * file, and a warning names the first segment out of order.
 */
class StmTimeOrderTest {
    private static Pairing.Result pair(String stm, String ctm) {
        return Pairing.pair(TranscriptReader.parse(stm, Path.of("ref.stm"), TranscriptFormat.STM),
                TranscriptReader.parse(ctm, Path.of("hyp.ctm"), TranscriptFormat.CTM));
    }

    /** Hypothesis text per segment, keyed by the segment's file, channel and begin time. */
    private static Map<String, String> bySegment(Pairing.Result r) {
        Map<String, String> out = new HashMap<>();
        for (UtterancePair p : r.pairs()) {
            Segment s = p.reference().segment();
            out.put(s.file() + "/" + s.channel() + "@" + s.begin(), p.hypothesisText());
        }
        return out;
    }

    @Test
    void theHandCase() {
        String ctm = "f A 0.5 0.2 one\nf A 2.5 0.2 two\nf A 4.5 0.2 three\n";
        Pairing.Result unsorted = pair("f A s 2.0 4.0 b\nf A s 0.0 2.0 a\nf A s 4.0 6.0 c\n", ctm);
        assertEquals(Map.of("f/A@0.0", "one", "f/A@2.0", "two", "f/A@4.0", "three"), bySegment(unsorted));
        assertEquals(1, unsorted.warnings().size(), unsorted.warnings()::toString);
        assertTrue(unsorted.warnings().get(0).startsWith("ref.stm:2: the segment beginning at 0.0 s comes after one "
                + "beginning at 2.0 s (line 1)"), unsorted.warnings()::toString);
        // the output keeps the file's order and ids
        assertEquals(List.of("s-000", "s-001", "s-002"), unsorted.pairs().stream().map(UtterancePair::id).toList());
    }

    @Test
    void shuffledSegmentsGetTheWordsOfTheSortedFile() {
        Random random = new Random(20261201L);
        for (int round = 0; round < 200; round++) {
            List<String> lines = new ArrayList<>();
            StringBuilder ctm = new StringBuilder();
            for (String channel : List.of("A", "B")) {
                double t = 0;
                int segments = 1 + random.nextInt(6);
                for (int s = 0; s < segments; s++) {
                    double begin = t + random.nextInt(3) * 0.5;
                    double end = begin + 0.5 + random.nextInt(4) * 0.5;
                    lines.add(String.format(Locale.ROOT, "rec %s spk%s %.1f %.1f w%d", channel, channel, begin, end, s));
                    t = end;
                }
                double w = 0;
                int words = random.nextInt(12);
                for (int k = 0; k < words; k++) {
                    w += random.nextInt(5) * 0.25;
                    ctm.append(String.format(Locale.ROOT, "rec %s %.2f 0.2 h%d%n", channel, w, k));
                }
            }
            String sorted = String.join("\n", lines) + "\n";
            List<String> shuffled = new ArrayList<>(lines);
            Collections.shuffle(shuffled, random);
            Pairing.Result expected = pair(sorted, ctm.toString());
            Pairing.Result actual = pair(String.join("\n", shuffled) + "\n", ctm.toString());
            assertEquals(bySegment(expected), bySegment(actual), "round " + round + ":\n" + shuffled + "\n" + ctm);
            assertEquals(List.of(), expected.warnings().stream().filter(w -> w.contains("sorted")).toList());
            // one warning per file/channel out of order
            assertEquals(countUnsortedChannels(shuffled), actual.warnings().stream().filter(w -> w.contains("sorted")).count(),
                    actual.warnings()::toString);
        }
    }

    /** How many channels have a segment beginning before its predecessor (an independent check of the warning count). */
    private static long countUnsortedChannels(List<String> lines) {
        Map<String, Double> last = new HashMap<>();
        Map<String, Boolean> unsorted = new HashMap<>();
        for (String l : lines) {
            String[] f = l.split(" ");
            double begin = Double.parseDouble(f[3]);
            Double prev = last.put(f[1], begin);
            if (prev != null && begin < prev) {
                unsorted.put(f[1], true);
            }
        }
        return unsorted.size();
    }
}
