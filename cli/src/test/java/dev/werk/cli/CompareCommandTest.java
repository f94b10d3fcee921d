package dev.werk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {
    static final List<String> IN = List.of("4386541", "4384683", "4387383");
    static final List<String> OUT = List.of("4394084", "4387332", "4392809");

    @TempDir
    Path tmp;

    static Path demo() {
        return Cli.testdata().resolve("demo");
    }

    /** jiwer 4's error counts of the demo calls, from the shared peer counts (unit-cost totals are unique). */
    static Map<String, long[]> jiwer() throws IOException {
        String dir = System.getProperty("werk.shared");
        Path f = (dir != null ? Path.of(dir) : Cli.testdata().getParent().getParent().resolve("shared"))
                .resolve("golden/peer-counts/earnings21.tsv");
        Assumptions.assumeTrue(Files.exists(f), "skipped: shared peer counts not found at " + f.toAbsolutePath());
        Map<String, long[]> out = new HashMap<>();
        for (String line : Files.readAllLines(f)) {
            String[] c = line.split("\t");
            if (c[0].equals("system")) {
                continue;
            }
            long errors = Long.parseLong(c[5]) + Long.parseLong(c[6]) + Long.parseLong(c[7]);
            out.put(c[0] + "/" + c[1], new long[] {Long.parseLong(c[2]), errors});
        }
        return out;
    }

    @Test
    void demoPoolsTheSetsAsJiwerCountsThem() throws IOException {
        Map<String, long[]> peer = jiwer();
        Cli.Result r = Cli.expect(0, "demo", "--data", demo().toString());
        for (String system : List.of("amazon", "google")) {
            for (List<String> set : List.of(IN, OUT)) {
                long n = 0;
                long e = 0;
                for (String call : set) {
                    n += peer.get(system + "/" + call)[0];
                    e += peer.get(system + "/" + call)[1];
                }
                String setName = set == IN ? "in-sample" : "out-of-sample";
                String block = r.out().substring(r.out().indexOf("Set " + setName + ":"));
                assertTrue(block.startsWith("Set " + setName + ": 3 items, 3 utterances, " + String.format("%,d", n)
                        + " reference words; 3 bootstrap units (items)"),
                        block);
                String row = block.lines().filter(l -> l.startsWith(system + " ")).findFirst().orElseThrow();
                String[] cells = row.trim().split("\\s+");
                assertEquals(Long.toString(e), cells[1], row);
                assertEquals(String.format(java.util.Locale.ROOT, "%.2f", 100.0 * e / n), cells[2], row);
            }
        }
        assertTrue(r.out().contains("Generalisation gap"), r::toString);
        assertFalse(r.out().contains("undefined"), r::toString);
    }

    @Test
    void demoWithoutItsFolderIsAUsageError() {
        Cli.Result r = Cli.run("demo", "--data", tmp.resolve("no-such-folder").toString());
        Cli.assertUsageError(r, "werk demo");
    }

    @Test
    void jsonHoldsTheContract() {
        Cli.Result r = Cli.expect(0, "compare", "--manifest", demo().resolve("manifest.csv").toString(), "-o", "json",
                "--resamples", "300", "--seed", "7");
        JsonNode j = r.json();
        assertEquals("amazon", j.get("baseline").asText());
        assertEquals(300, j.get("resamples").asInt());
        assertEquals(7, j.get("seed").asLong());
        assertEquals("item", j.get("resampleBy").asText());
        assertEquals(6, j.get("items").size());
        List<String> sets = new ArrayList<>();
        j.get("sets").forEach(s -> sets.add(s.get("name").asText()));
        assertEquals(List.of("in-sample", "out-of-sample", "all"), sets);
        JsonNode in = j.get("sets").get(0);
        assertEquals(3, in.get("items").asInt());
        assertEquals(IN, List.of(in.get("itemNames").get(0).asText(), in.get("itemNames").get(1).asText(),
                in.get("itemNames").get(2).asText()));
        JsonNode amazon = in.get("systems").get(0);
        JsonNode google = in.get("systems").get(1);
        assertEquals("amazon", amazon.get("name").asText());
        assertEquals(amazon.get("errors").asDouble() / amazon.get("referenceWords").asDouble(), amazon.get("wer").asDouble(), 1e-15);
        assertEquals(2, google.get("werCi").size());
        JsonNode cmp = in.get("comparisons").get(0);
        assertEquals("google", cmp.get("system").asText());
        double rel = (google.get("errors").asDouble() - amazon.get("errors").asDouble()) / amazon.get("errors").asDouble();
        assertEquals(rel, cmp.get("relativeChange").asDouble(), 1e-15);
        assertTrue(cmp.get("relativeChangeCi").get(0).asDouble() <= cmp.get("relativeChangeCi").get(1).asDouble());
        double p = cmp.get("probabilityOfImprovement").asDouble();
        assertTrue(p >= 0 && p <= 1);
        for (String t : List.of("mapsswe", "sign", "wilcoxon", "mcnemar")) {
            JsonNode test = cmp.get("tests").get(t);
            assertTrue(test.get("p").isNumber(), t);
            assertTrue(test.get("verdict").asText().contains("google"), t);
        }
        JsonNode gap = j.get("generalizationGap").get(0);
        double relOut = j.get("sets").get(1).get("comparisons").get(0).get("relativeChange").asDouble();
        assertEquals(-rel - -relOut, gap.get("gap").asDouble(), 1e-12);
        assertEquals(2, gap.get("gapCi").size());
        assertEquals("none", j.get("provenance").get("normalizer").asText());
    }

    @Test
    void foldersWithNamedSetsGiveTheManifestsNumbers() {
        Cli.Result m = Cli.expect(0, "compare", "--manifest", demo().resolve("manifest.csv").toString(), "-o", "json",
                "--resamples", "200");
        Cli.Result f = Cli.expect(0, "compare", "--ref", demo().resolve("reference").toString(),
                "--hyp", "amazon=" + demo().resolve("amazon"), "--hyp", "google=" + demo().resolve("google"),
                "--set", "in-sample=" + String.join(",", IN), "--set", "out-of-sample=" + String.join(",", OUT),
                "-o", "json", "--resamples", "200");
        assertEquals(m.json().get("sets"), f.json().get("sets"));
        assertEquals(m.json().get("generalizationGap"), f.json().get("generalizationGap"));
    }

    @Test
    void theInSampleIntervalDoesNotDependOnTheOtherSet() throws IOException {
        Path m = tmp.resolve("in-only.csv");
        List<String> lines = Files.readAllLines(demo().resolve("manifest.csv"));
        StringBuilder sb = new StringBuilder(lines.get(0)).append('\n');
        for (String l : lines) {
            if (l.contains(",in-sample,")) {
                sb.append(l.replace("reference/", demo() + "/reference/").replace("amazon/", demo() + "/amazon/")
                        .replace("google/", demo() + "/google/")).append('\n');
            }
        }
        Files.writeString(m, sb);
        JsonNode whole = Cli.expect(0, "compare", "--manifest", demo().resolve("manifest.csv").toString(), "-o", "json",
                "--resamples", "400").json();
        JsonNode part = Cli.expect(0, "compare", "--manifest", m.toString(), "-o", "json", "--resamples", "400").json();
        assertEquals(whole.get("sets").get(0).get("systems"), part.get("sets").get(0).get("systems"));
        assertEquals(whole.get("sets").get(0).get("comparisons"), part.get("sets").get(0).get("comparisons"));
    }

    @Test
    void csvHasItemAndSetRows() {
        Cli.Result r = Cli.expect(0, "compare", "--manifest", demo().resolve("manifest.csv").toString(), "-o", "csv",
                "--resamples", "100");
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("row,set,item,system,baseline,referenceWords,"), lines.get(0));
        assertEquals(1 + 6 * 2 + 3 * 2, lines.size());
        assertEquals(12, lines.stream().filter(l -> l.startsWith("item,")).count());
        assertTrue(lines.get(lines.size() - 1).startsWith("set,all,,google,amazon,21544,"), lines.get(lines.size() - 1));
    }

    @Test
    void gatesExitFourWithTheReasonOnOneLine() throws IOException {
        String manifest = demo().resolve("manifest.csv").toString();
        Path out = tmp.resolve("report.json");
        Cli.Result r = Cli.expect(4, "compare", "--manifest", manifest, "--resamples", "100", "--fail-if-worse", "1",
                "-o", "json", "--out", out.toString());
        assertEquals(List.of("werk: gate failed: google is worse than amazon on out-of-sample by +1.51 % relative (--fail-if-worse 1)"),
                r.errLines());
        assertTrue(Files.size(out) > 0, "the report is written before the gate fails");
        Cli.expect(0, "compare", "--manifest", manifest, "--resamples", "100", "--fail-if-worse", "2");
        Cli.Result w = Cli.expect(4, "compare", "--manifest", manifest, "--resamples", "100", "--max-wer", "19%");
        assertEquals(List.of("werk: gate failed: google has WER 0.1909 on out-of-sample (--max-wer 0.19)"), w.errLines());
        Cli.expect(0, "compare", "--manifest", manifest, "--resamples", "100", "--max-wer", "0.2");
        Cli.Result s = Cli.expect(4, "compare", "--manifest", manifest, "--resamples", "100", "--require-significant");
        assertEquals(1, s.errLines().size());
        assertTrue(s.errLines().get(0).startsWith("werk: gate failed: google is not significantly better than amazon on all by mapsswe"),
                s.err());
    }

    @Test
    void aBadManifestIsOneLineExitThreeAndNothingWritten() throws IOException {
        Path m = tmp.resolve("m.csv");
        Files.writeString(m, "item,set,reference,amazon,google\n"
                + "a,in-sample," + demo().resolve("reference/4386541.txt") + "," + demo().resolve("amazon/4386541.txt") + ",\n");
        Path out = tmp.resolve("out.txt");
        Cli.Result r = Cli.expect(3, "compare", "--manifest", m.toString(), "--out", out.toString());
        assertEquals(List.of("werk: " + m + ":2: item 'a' has no file for system google"), r.errLines());
        assertFalse(Files.exists(out));
        Cli.Result b = Cli.expect(3, "compare", "--manifest", demo().resolve("manifest.csv").toString(), "--baseline", "nobody");
        assertEquals(List.of("werk: " + demo().resolve("manifest.csv") + ":1: --baseline nobody is not a system column; "
                + "the systems are amazon, google"), b.errLines());
    }

    @Test
    void usageErrors() {
        Cli.assertUsageError(Cli.run("compare"), "werk compare");
        Cli.assertUsageError(Cli.run("compare", "--manifest", demo().resolve("manifest.csv").toString(), "--ci", "normal"),
                "werk compare");
        Cli.assertUsageError(Cli.run("compare", "--manifest", demo().resolve("manifest.csv").toString(), "--resample-by", "word"),
                "werk compare");
        Cli.assertUsageError(Cli.run("compare", "--manifest", tmp.resolve("none.csv").toString()), "werk compare");
    }

    @Test
    void kaldiIntervalsPrintKaldisLine() {
        Cli.Result r = Cli.expect(0, "compare", "--manifest", demo().resolve("manifest.csv").toString(), "--ci", "kaldi",
                "--resamples", "500");
        assertTrue(r.out().contains("Kaldi: %WER "), r::toString);
        assertTrue(r.out().contains("over utterances"), r::toString);
    }
}
