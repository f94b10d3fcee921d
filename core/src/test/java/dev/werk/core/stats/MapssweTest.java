package dev.werk.core.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.align.Alignment;
import dev.werk.core.align.EditOp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** MAPSSWE against sc_stats' own expected outputs (SCTK testdata base_sc_stats, test1a and test1b). */
class MapssweTest {
    /** One sclite SGML PATH: its alignment and its reference words. */
    record SgmlPath(String id, Alignment alignment, List<String> reference) {
    }

    /** Reads the PATH elements of a sclite SGML file: {@code C,"ref","hyp",times:...} per step. */
    static List<SgmlPath> read(Path sgml) throws IOException {
        List<String> lines = Files.readAllLines(sgml, StandardCharsets.ISO_8859_1);
        List<SgmlPath> out = new ArrayList<>();
        Pattern open = Pattern.compile("<PATH id=\"([^\"]*)\"");
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = open.matcher(lines.get(i));
            if (!m.find()) {
                continue;
            }
            String body = lines.get(i + 1).trim();
            List<EditOp> ops = new ArrayList<>();
            List<String> ref = new ArrayList<>();
            if (!body.isEmpty() && !body.startsWith("</PATH")) {
                for (String step : body.split(":")) {
                    EditOp op = switch (step.charAt(0)) {
                        case 'C' -> EditOp.HIT;
                        case 'S' -> EditOp.SUBSTITUTION;
                        case 'D' -> EditOp.DELETION;
                        case 'I' -> EditOp.INSERTION;
                        default -> throw new IllegalStateException(step);
                    };
                    ops.add(op);
                    if (op != EditOp.INSERTION) {
                        int q1 = step.indexOf('"');
                        ref.add(step.substring(q1 + 1, step.indexOf('"', q1 + 1)));
                    }
                }
            }
            out.add(new SgmlPath(m.group(1), Alignment.of(ops.toArray(new EditOp[0])), ref));
        }
        return out;
    }

    private static List<Mapsswe.Pair> pairs(List<SgmlPath> a, List<SgmlPath> b) {
        List<Mapsswe.Pair> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).id(), b.get(i).id());
            out.add(new Mapsswe.Pair(a.get(i).alignment(), a.get(i).reference(), b.get(i).alignment(), b.get(i).reference()));
        }
        return out;
    }

    private static void check(String test, Path first, Path second) throws IOException {
        Path dir = StatsData.shared("golden/sctk/sclite/testdata");
        Mapsswe.Result r = Mapsswe.test(pairs(read(dir.resolve(first)), read(dir.resolve(second))));
        String report = Files.readString(dir.resolve("base_sc_stats/" + test + ".stats.mapsswe"), StandardCharsets.ISO_8859_1);
        Matcher res = Pattern.compile("\\(# segs: (\\d+)\\) \\(Seg per Sent: ([\\d.]+)\\) \\(% Error: +([\\d.]+) +([\\d.]+)\\) "
                + "\\(mean: ([-\\d.]+)\\) \\(std dev: ([-\\d.]+)\\) \\(Z Stat: ([-\\d.]+)\\) \\(Stat Diff: (\\w+)\\)").matcher(report);
        assertTrue(res.find(), "MTCH_PR_RESULTS line in " + test);
        assertEquals(Integer.parseInt(res.group(1)), r.segments().size());
        assertEquals(res.group(2), String.format(Locale.ROOT, "%5.3f", (double) r.segments().size() / r.sentences()));
        assertEquals(res.group(3), String.format(Locale.ROOT, "%5.2f", 100.0 * r.errors1() / r.referenceWords()));
        assertEquals(res.group(4), String.format(Locale.ROOT, "%5.2f", 100.0 * r.errors2() / r.referenceWords()));
        assertEquals(res.group(5), String.format(Locale.ROOT, "%5.3f", r.mean()));
        assertEquals(res.group(6), String.format(Locale.ROOT, "%5.3f", r.standardDeviation()));
        assertEquals(res.group(7), String.format(Locale.ROOT, "%5.3f", r.z()));
        assertEquals(res.group(8).equals("Yes"), Math.abs(r.z()) > 1.960);
        Matcher totals = Pattern.compile("Totals +(\\d+) +(\\d+) +(\\d+)").matcher(report);
        assertTrue(totals.find());
        assertEquals(Long.parseLong(totals.group(1)), r.referenceWords());
        assertEquals(Long.parseLong(totals.group(2)), r.errors1());
        assertEquals(Long.parseLong(totals.group(3)), r.errors2());
        Matcher sentences = Pattern.compile("Number of Sentences +(\\d+)").matcher(report);
        assertTrue(sentences.find());
        assertEquals(Integer.parseInt(sentences.group(1)), r.sentences());
        // The report's McNemar table is over segments: [1][0] = only system 1 wrong, [0][1] = only system 2.
        Matcher mcn = Pattern.compile("corr +(\\d+) +(\\d+)\\s+incorr +(\\d+) +(\\d+)").matcher(report);
        assertTrue(mcn.find());
        int only1 = 0;
        int only2 = 0;
        int both = 0;
        for (Mapsswe.Segment s : r.segments()) {
            if (s.errors1() > 0 && s.errors2() == 0) {
                only1++;
            } else if (s.errors1() == 0 && s.errors2() > 0) {
                only2++;
            } else {
                both++;
            }
        }
        assertEquals(Integer.parseInt(mcn.group(2)), only2);
        assertEquals(Integer.parseInt(mcn.group(3)), only1);
        assertEquals(Integer.parseInt(mcn.group(4)), both);
        Matcher prob = Pattern.compile("the probability of\\s+it occurring is ([\\d.]+)").matcher(report);
        assertTrue(prob.find());
        assertEquals(prob.group(1), String.format(Locale.ROOT, "%5.3f", McNemarTest.of(0, only1, only2, both).p()).trim());
    }

    @Test
    void test1a() throws IOException {
        check("test1a", Path.of("file1.sgml"), Path.of("file2.sgml"));
    }

    @Test
    void test1b() throws IOException {
        check("test1b", Path.of("file2.sgml"), Path.of("file1.sgml"));
    }

    @Test
    void test1aInNumbers() throws IOException {
        Path dir = StatsData.shared("golden/sctk/sclite/testdata");
        Mapsswe.Result r = Mapsswe.test(pairs(read(dir.resolve("file1.sgml")), read(dir.resolve("file2.sgml"))));
        assertEquals(List.of(new Mapsswe.Segment(0, 1, 0), new Mapsswe.Segment(9, 5, 5), new Mapsswe.Segment(4, 3, 2)), r.segments());
        assertEquals(2.0, r.z(), 1e-12);
        assertEquals(0.0455, r.p(), 0.0001); // 2 (1 − Φ(2))
    }

    /** Invariants on random alignments of one reference: every error falls in exactly one segment. */
    @Test
    void everyErrorLandsInOneSegment() {
        Random rnd = new Random(3);
        for (int round = 0; round < 300; round++) {
            List<Mapsswe.Pair> pairs = new ArrayList<>();
            long e1 = 0;
            long e2 = 0;
            for (int u = 0; u < 1 + rnd.nextInt(4); u++) {
                int n = rnd.nextInt(25);
                List<String> ref = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    ref.add("w" + rnd.nextInt(5));
                }
                Alignment a = randomAlignment(rnd, n);
                Alignment b = randomAlignment(rnd, n);
                e1 += a.errors();
                e2 += b.errors();
                pairs.add(Mapsswe.Pair.of(a, b, ref));
            }
            Mapsswe.Result r = Mapsswe.test(pairs);
            assertEquals(e1, r.errors1());
            assertEquals(e2, r.errors2());
            Mapsswe.Result swapped = Mapsswe.test(pairs.stream()
                    .map(p -> new Mapsswe.Pair(p.second(), p.secondReference(), p.first(), p.firstReference())).toList());
            if (!Double.isNaN(r.z())) {
                assertEquals(-r.z(), swapped.z(), 1e-12);
            }
        }
    }

    private static Alignment randomAlignment(Random rnd, int n) {
        List<EditOp> ops = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            while (rnd.nextInt(6) == 0) {
                ops.add(EditOp.INSERTION);
            }
            int k = rnd.nextInt(10);
            ops.add(k < 6 ? EditOp.HIT : k < 8 ? EditOp.SUBSTITUTION : EditOp.DELETION);
        }
        while (rnd.nextInt(6) == 0) {
            ops.add(EditOp.INSERTION);
        }
        return Alignment.of(ops.toArray(new EditOp[0]));
    }
}
