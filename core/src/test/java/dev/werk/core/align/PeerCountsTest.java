package dev.werk.core.align;

import dev.werk.core.TestTokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.werk.core.metrics.Counts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The counts of the peer tools in the shared folder's {@code golden/peer-counts/} (see its
 * README): the SCLITE model must give sclite's H/S/D/I exactly, and the LEVENSHTEIN model
 * jiwer's error total everywhere and jiwer's full split where the peer file gives one for sets
 * of short utterances and the 20,000-word pair.
 *
 * <p>The shared folder is found through the system property {@code werk.shared} (set by the
 * parent pom), else at {@code ../../shared} from the module directory; without it every test is
 * skipped, naming the paths tried.
 */
class PeerCountsTest {
    private static final String SCLITE_PEER = "sclite-sctk-2.4.10";
    private static final String JIWER_PEER = "jiwer-4.0.0";
    private static final int EARNINGS21_ROWS = 308;

    @Test
    void scliteShortBenchSet() throws IOException {
        assertSclite(bench("short"), peerRow("bench.tsv", "short", SCLITE_PEER));
    }

    @Test
    void scliteLongBenchPair() throws IOException {
        assertSclite(bench("long"), peerRow("bench.tsv", "long", SCLITE_PEER));
    }

    @Test
    void scliteTexterrorsDevClean() throws IOException {
        assertSclite(devClean(), peerRow("texterrors-devclean.tsv", "devclean", SCLITE_PEER));
    }

    @Test
    void scliteEarnings21EveryFile() throws IOException {
        Aligner aligner = Aligner.create(CostModel.SCLITE);
        List<String> mismatches = new ArrayList<>();
        List<Map<String, String>> rows = earnings21Rows();
        for (Map<String, String> row : rows) {
            assertEquals("ok", row.get("sclite_status"), "sclite status of " + key(row));
            Counts got = earnings21Pair(row).align(aligner);
            Counts want = counts(row, "sclite_hits", "sclite_sub", "sclite_del", "sclite_ins");
            if (!got.equals(want)) {
                mismatches.add(key(row) + ": sclite " + show(want) + ", werk " + show(got));
            }
        }
        assertEquals(EARNINGS21_ROWS, rows.size(), "rows in earnings21.tsv");
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + rows.size() + " files differ:\n"
                + String.join("\n", mismatches));
    }

    @Test
    void levenshteinShortBenchSet() throws IOException {
        assertJiwerSplit(bench("short"), peerRow("bench.tsv", "short", JIWER_PEER));
    }

    @Test
    void levenshteinLongBenchPair() throws IOException {
        assertJiwerSplit(bench("long"), peerRow("bench.tsv", "long", JIWER_PEER));
    }

    @Test
    void levenshteinTexterrorsDevClean() throws IOException {
        assertJiwerSplit(devClean(), peerRow("texterrors-devclean.tsv", "devclean", JIWER_PEER));
    }

    /** Totals only: RapidFuzz splits inputs this long with Hirschberg, which can move its S/D/I split. */
    @Test
    void levenshteinEarnings21EveryFileTotal() throws IOException {
        Aligner aligner = Aligner.create(CostModel.LEVENSHTEIN);
        List<String> mismatches = new ArrayList<>();
        List<Map<String, String>> rows = earnings21Rows();
        for (Map<String, String> row : rows) {
            Counts got = earnings21Pair(row).align(aligner);
            Counts want = counts(row, "jiwer_hits", "jiwer_sub", "jiwer_del", "jiwer_ins");
            if (got.errors() != want.errors()) {
                mismatches.add(key(row) + ": jiwer " + want.errors() + " errors, werk " + got.errors());
            }
        }
        assertEquals(EARNINGS21_ROWS, rows.size(), "rows in earnings21.tsv");
        assertTrue(mismatches.isEmpty(), mismatches.size() + " of " + rows.size() + " files differ:\n"
                + String.join("\n", mismatches));
    }

    // ---- inputs -------------------------------------------------------------------------------

    /** Reference and hypothesis utterances as word ids, pair k = line k of each side. */
    private record Utterances(String name, List<int[]> refs, List<int[]> hyps) {
        Counts align(Aligner aligner) {
            Counts sum = Counts.ZERO;
            for (int k = 0; k < refs.size(); k++) {
                Alignment alignment = aligner.align(refs.get(k), hyps.get(k));
                assertEquals(refs.get(k).length, alignment.referenceLength(), name + " #" + k);
                assertEquals(hyps.get(k).length, alignment.hypothesisLength(), name + " #" + k);
                sum = sum.plus(alignment.counts());
            }
            return sum;
        }

        long refWords() {
            return refs.stream().mapToLong(r -> r.length).sum();
        }

        long hypWords() {
            return hyps.stream().mapToLong(h -> h.length).sum();
        }
    }

    private static Utterances bench(String set) throws IOException {
        Path dir = shared().resolve("bench").resolve(set);
        TestTokens vocabulary = new TestTokens();
        List<int[]> refs = lines(dir.resolve("ref.txt"), vocabulary);
        List<int[]> hyps = lines(dir.resolve("hyp.txt"), vocabulary);
        assertEquals(refs.size(), hyps.size(), "lines in " + dir + "/{ref,hyp}.txt");
        return new Utterances("bench/" + set, refs, hyps);
    }

    /** Kaldi text files: an utterance id, then its words; hypotheses are paired by id. */
    private static Utterances devClean() throws IOException {
        Path dir = shared().resolve("golden").resolve("texterrors");
        TestTokens vocabulary = new TestTokens();
        Map<String, int[]> refs = kaldiText(dir.resolve("reftext"), vocabulary);
        Map<String, int[]> hyps = kaldiText(dir.resolve("hyptext"), vocabulary);
        List<int[]> refList = new ArrayList<>();
        List<int[]> hypList = new ArrayList<>();
        for (Map.Entry<String, int[]> e : refs.entrySet()) {
            int[] hyp = hyps.get(e.getKey());
            if (hyp == null) {
                fail("utterance " + e.getKey() + " of reftext has no line in hyptext");
            }
            refList.add(e.getValue());
            hypList.add(hyp);
        }
        assertEquals(refs.size(), hyps.size(), "utterances in reftext and hyptext");
        return new Utterances("devclean", refList, hypList);
    }

    private static Utterances earnings21Pair(Map<String, String> row) throws IOException {
        Path plain = shared().resolve("corpora").resolve("earnings21-plain");
        String id = row.get("file_id");
        TestTokens vocabulary = new TestTokens();
        int[] ref = vocabulary.words(Files.readString(plain.resolve("reference").resolve(id + ".txt"), StandardCharsets.UTF_8));
        int[] hyp = vocabulary.words(Files.readString(plain.resolve(row.get("system")).resolve(id + ".txt"), StandardCharsets.UTF_8));
        assertEquals(Integer.parseInt(row.get("refwords")), ref.length, "reference words of " + key(row));
        assertEquals(Integer.parseInt(row.get("hypwords")), hyp.length, "hypothesis words of " + key(row));
        return new Utterances(key(row), List.of(ref), List.of(hyp));
    }

    private static List<int[]> lines(Path file, TestTokens vocabulary) throws IOException {
        List<int[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            out.add(vocabulary.words(line));
        }
        return out;
    }

    private static Map<String, int[]> kaldiText(Path file, TestTokens vocabulary) throws IOException {
        Map<String, int[]> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int start = 0;
            while (start < line.length() && TestTokens.isSpace(line.charAt(start))) {
                start++;
            }
            if (start == line.length()) {
                continue;
            }
            int end = start;
            while (end < line.length() && !TestTokens.isSpace(line.charAt(end))) {
                end++;
            }
            String id = line.substring(start, end);
            if (out.put(id, vocabulary.words(line.substring(end))) != null) {
                fail("utterance id " + id + " twice in " + file);
            }
        }
        return out;
    }

    // ---- expected counts ----------------------------------------------------------------------

    private static void assertSclite(Utterances utterances, Map<String, String> peer) {
        assertInputMatches(utterances, peer);
        Counts want = counts(peer, "hits", "sub", "del", "ins");
        assertEquals(show(want), show(utterances.align(Aligner.create(CostModel.SCLITE))),
                "H/S/D/I of " + utterances.name() + " against " + peer.get("peer"));
    }

    private static void assertJiwerSplit(Utterances utterances, Map<String, String> peer) {
        assertInputMatches(utterances, peer);
        Counts want = counts(peer, "hits", "sub", "del", "ins");
        assertEquals(show(want), show(utterances.align(Aligner.create(CostModel.LEVENSHTEIN))),
                "H/S/D/I of " + utterances.name() + " against " + peer.get("peer"));
    }

    private static void assertInputMatches(Utterances utterances, Map<String, String> peer) {
        String what = utterances.name() + " as counted in " + peer.get("peer") + "'s row";
        assertEquals(Integer.parseInt(peer.get("utterances")), utterances.refs().size(), "utterances of " + what);
        assertEquals(Long.parseLong(peer.get("refwords")), utterances.refWords(), "reference words of " + what);
        assertEquals(Long.parseLong(peer.get("hypwords")), utterances.hypWords(), "hypothesis words of " + what);
    }

    private static Map<String, String> peerRow(String file, String set, String peer) throws IOException {
        for (Map<String, String> row : tsv(shared().resolve("golden").resolve("peer-counts").resolve(file))) {
            if (row.get("set").equals(set) && row.get("peer").equals(peer)) {
                return row;
            }
        }
        throw new AssertionError("no row for set " + set + ", peer " + peer + " in " + file);
    }

    private static List<Map<String, String>> earnings21Rows() throws IOException {
        return tsv(shared().resolve("golden").resolve("peer-counts").resolve("earnings21.tsv"));
    }

    private static List<Map<String, String>> tsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            assertEquals(header.length, fields.length, "fields in a row of " + file);
            Map<String, String> row = new HashMap<>();
            for (int k = 0; k < header.length; k++) {
                row.put(header[k], fields[k]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static Counts counts(Map<String, String> row, String h, String s, String d, String i) {
        return new Counts(Long.parseLong(row.get(h)), Long.parseLong(row.get(s)), Long.parseLong(row.get(d)),
                Long.parseLong(row.get(i)));
    }

    private static String key(Map<String, String> row) {
        return row.get("system") + "/" + row.get("file_id");
    }

    private static String show(Counts c) {
        return "H/S/D/I " + c.hits() + "/" + c.substitutions() + "/" + c.deletions() + "/" + c.insertions();
    }

    // ---- the shared folder --------------------------------------------------------------------

    private static Path shared() {
        List<Path> tried = new ArrayList<>();
        String property = System.getProperty("werk.shared");
        if (property != null && !property.isBlank()) {
            Path p = Path.of(property).toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                return p;
            }
            tried.add(p);
        }
        Path fallback = Path.of("..", "..", "shared").toAbsolutePath().normalize();
        if (Files.isDirectory(fallback)) {
            return fallback;
        }
        tried.add(fallback);
        Assumptions.abort("shared test data folder missing: tried " + tried
                + " (set -Dwerk.shared=/path/to/shared to run the peer-count tests)");
        throw new AssertionError("unreachable");
    }
}
