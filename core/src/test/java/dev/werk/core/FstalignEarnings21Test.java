package dev.werk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.fstalign.ClassScore;
import dev.werk.core.fstalign.FstalignSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published Earnings-21 table ({@code transcripts/README.md}, "Overall" and "Entity"), which
 * its authors made with fstalign from {@code nlp_references} and {@code normalizations}, entity
 * classes from {@code wer_tags}: werk scores the 44 calls of each of the 7 systems with the same
 * files, prints the whole table side by side (published, werk, difference) and fails when a cell
 * differs by more than 0.1 percentage point (overall) or 0.5 (entity classes), except the cells
 * listed in {@link #EXPLAINED}, whose cause the README's "fstalign / Earnings-21 scoring" section
 * gives (and fails when a listed cell is within the bound, so that no reason outlives its cell). The published figures are read from the README itself, not copied here.
 */
class FstalignEarnings21Test {
    static final String[] SYSTEMS = {"google", "amazon", "microsoft", "speechmatics", "rev/kaldi/nlp", "rev/espnet/nlp",
        "kaldi_org/librispeech/nlp"};
    static final double OVERALL_BOUND = 0.1;
    static final double ENTITY_BOUND = 0.5;

    /**
     * Why a cell differs (README, "fstalign / Earnings-21 scoring"): REFS, the references were
     * corrected after the table was made (revdotcom/speech-datasets, 2022–2024; scored with the
     * April 2021 references these cells are within the bound); REV, the Rev Kaldi column: fstalign
     * itself gives the table's figures, because on call 4346923 (whose Rev Kaldi output lacks about
     * 4,400 of the call's words) its pruned search answers 1,867 errors more than the cheapest path,
     * werk's default ({@link #fstalignItselfGivesWerksFigures} checks both); TOOL,
     * fstalign itself (release 1.1.0, the table's) gives werk's figure, not the table's, on all 44 calls
     * ({@link #fstalignItselfGivesWerksFigures}), and the hypotheses have a single version in the corpus's
     * history, the one scored here.
     */
    static final String REFS = "REFS";
    static final String REV = "REV";
    static final String TOOL = "TOOL";

    /** Cells past the bound, each with its reason. */
    static final Map<String, String> EXPLAINED = explained();

    private static Map<String, String> explained() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String sys : SYSTEMS) {
            m.put("FAC@" + sys, REFS);
        }
        for (String sys : List.of("amazon", "microsoft", "rev/kaldi/nlp")) {
            m.put("LAW@" + sys, REFS);
        }
        m.put("TIME@kaldi_org/librispeech/nlp", REFS);
        for (String row : List.of("Earnings21", "DATE", "GPE", "LOC", "ORDINAL", "PERCENT")) {
            m.put(row + "@rev/kaldi/nlp", REV);
        }
        m.put("Earnings21@google", TOOL);
        m.put("LAW@google", TOOL);
        m.put("YEAR@google", TOOL);
        m.put("YEAR@amazon", TOOL);
        return m;
    }

    private static Path root;
    private static final Map<String, FstalignScore> SCORES = new LinkedHashMap<>();

    @BeforeAll
    static void scoreEverySystem() throws IOException {
        String dir = System.getProperty("werk.shared");
        Path shared = dir != null ? Path.of(dir) : Path.of("..", "..", "shared");
        root = shared.resolve("corpora/earnings21");
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("transcripts/normalizations")),
                () -> "skipped: Earnings-21 not found at " + root.toAbsolutePath() + " (set -Dwerk.shared=DIR)");
        Path t = root.resolve("transcripts");
        for (String sys : SYSTEMS) {
            FstalignFiles.Paired p = FstalignFiles.pairFolders(t.resolve("nlp_references"), null,
                    root.resolve("output").resolve(sys), null, t.resolve("normalizations"), t.resolve("wer_tags"));
            SCORES.put(sys, FstalignScoring.score(p.pairs(), FstalignSettings.DEFAULTS_2021, false, p.warnings(),
                    java.util.concurrent.ForkJoinPool.commonPool()));
        }
    }

    /** Rows of a markdown table section: row name → the 7 figures. */
    static Map<String, double[]> published(String section) throws IOException {
        String text = Files.readString(root.resolve("transcripts/README.md"), StandardCharsets.UTF_8);
        int at = text.indexOf("## " + section);
        int end = text.indexOf("\n## ", at + 3);
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (String line : text.substring(at, end < 0 ? text.length() : end).split("\n")) {
            if (!line.startsWith("|") || line.startsWith("||") || line.startsWith("|--")) {
                continue;
            }
            String[] cells = line.substring(1).split("\\|");
            double[] v = new double[SYSTEMS.length];
            for (int k = 0; k < v.length; k++) {
                v[k] = Double.parseDouble(cells[k + 1].strip());
            }
            rows.put(cells[0].strip().replaceAll("^_|_$", ""), v);
        }
        return rows;
    }

    private static double werk(String row, String sys) {
        FstalignScore s = SCORES.get(sys);
        if (row.equals("Earnings21")) {
            return 100 * s.pooled().measures().wer();
        }
        if (row.equals("Mean Entity")) {
            return 100 * s.classes().meanWer();
        }
        ClassScore c = s.classes().get(row);
        return c == null ? Double.NaN : 100 * c.wer();
    }

    @Test
    void thePublishedTableSideBySide() throws IOException {
        Map<String, double[]> rows = new LinkedHashMap<>();
        rows.put("Earnings21", published("Overall").get("Earnings21"));
        rows.putAll(published("Entity"));
        assertEquals(27, rows.size(), "Overall + Mean Entity + 25 classes");
        StringBuilder sb = new StringBuilder("Earnings-21, published (fstalign) / werk --fstalign / difference, in %\n");
        sb.append(String.format(Locale.ROOT, "%-13s", "row"));
        for (String sys : SYSTEMS) {
            sb.append(String.format(Locale.ROOT, " | %-19s", sys.replace("/nlp", "")));
        }
        sb.append('\n');
        List<String> failures = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        long within = 0;
        for (Map.Entry<String, double[]> r : rows.entrySet()) {
            String row = r.getKey();
            double bound = row.equals("Earnings21") ? OVERALL_BOUND : ENTITY_BOUND;
            sb.append(String.format(Locale.ROOT, "%-13s", row));
            for (int k = 0; k < SYSTEMS.length; k++) {
                double pub = r.getValue()[k];
                double mine = werk(row, SYSTEMS[k]);
                double diff = mine - pub;
                String key = row + "@" + SYSTEMS[k];
                boolean off = !(Math.abs(diff) <= bound + 1e-9);
                String mark = off ? (EXPLAINED.containsKey(key) ? mark(EXPLAINED.get(key)) : "!")
                        : " ";
                sb.append(String.format(Locale.ROOT, " | %5.1f %5.2f %+5.2f%s", pub, mine, diff, mark));
                if (off && !EXPLAINED.containsKey(key)) {
                    failures.add(String.format(Locale.ROOT, "%s: published %.1f, werk %.2f", key, pub, mine));
                }
                if (!off) {
                    within++;
                    if (EXPLAINED.containsKey(key)) {
                        stale.add(key);
                    }
                }
            }
            sb.append('\n');
        }
        sb.append("(past the bound: f = REFS, r = REV, t = TOOL, as the README says; ! = unlisted, fails the test)\n");
        sb.append(String.format(Locale.ROOT, "%d of %d cells within the bound%n", within, rows.size() * SYSTEMS.length));
        System.out.println(sb);
        assertTrue(failures.isEmpty(), "cells past the bound: " + failures);
        assertTrue(stale.isEmpty(), "cells explained but within the bound (drop their reason): " + stale);
    }

    private static String mark(String reason) {
        return reason.equals(REFS) ? "f" : reason.substring(0, 1).toLowerCase(Locale.ROOT);
    }

    /** fstalign's own counts (testdata/fstalign/earnings21-fstalign): system → call → class ("*": the call) → {errors, words}. */
    static Map<String, Map<String, Map<String, long[]>>> fstalignItself() throws IOException {
        String d = System.getProperty("werk.testdata");
        Path f = (d != null ? Path.of(d) : Path.of("..", "testdata")).resolve("fstalign/earnings21-fstalign/counts.tsv");
        Map<String, Map<String, Map<String, long[]>>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.startsWith("system\t") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t");
            out.computeIfAbsent(c[0], k -> new LinkedHashMap<>()).computeIfAbsent(c[1], k -> new LinkedHashMap<>())
                    .put(c[2], new long[] {Long.parseLong(c[3]), Long.parseLong(c[4])});
        }
        return out;
    }

    /** Errors and words of {@code row} ("Earnings21" or a class) pooled over {@code calls}: fstalign's recorded ones. */
    private static long[] pooledFstalign(Map<String, Map<String, long[]>> calls, String row) {
        long[] t = new long[2];
        for (Map<String, long[]> call : calls.values()) {
            long[] c = call.get(row.equals("Earnings21") ? "*" : row);
            if (c != null) {
                t[0] += c[0];
                t[1] += c[1];
            }
        }
        return t;
    }

    /** The same for werk, over the same calls. */
    private static long[] pooledWerk(String sys, Set<String> calls, String row) {
        FstalignScore s = SCORES.get(sys);
        long[] t = new long[2];
        for (FileSetScore.FileScore f : s.files().files()) {
            if (!calls.contains(f.name())) {
                continue;
            }
            dev.werk.core.metrics.Counts c = null;
            if (row.equals("Earnings21")) {
                c = f.score().total();
            } else if (s.fileClasses().get(f.name()) != null && s.fileClasses().get(f.name()).get(row) != null) {
                c = s.fileClasses().get(f.name()).get(row).counts();
            }
            if (c != null) {
                t[0] += c.errors();
                t[1] += c.referenceWords();
            }
        }
        return t;
    }

    /** The one call where fstalign's pruned search answers far more errors than the cheapest path (README, REV). */
    static final String SEARCH_MISS = "4346923";

    /**
     * fstalign itself (release 1.1.0, the table's, run as its authors ran it on the calls recorded in
     * testdata/fstalign/earnings21-fstalign) agrees with werk over the same calls: overall within
     * 0.15 pp, each class within 0.3 pp or 2 errors (werk's default is the cheapest path, fstalign's walker
     * keeps the lowest E/N of the first paths it completes; they differ most on output with many errors). And each cell given the reason TOOL has all 44 calls
     * recorded and fstalign's own figure past the bound too: the table is not what fstalign computes
     * from these files.
     */
    @Test
    void fstalignItselfGivesWerksFigures() throws IOException {
        Map<String, Map<String, Map<String, long[]>>> recorded = fstalignItself();
        Map<String, double[]> published = new LinkedHashMap<>();
        published.put("Earnings21", published("Overall").get("Earnings21"));
        published.putAll(published("Entity"));
        StringBuilder sb = new StringBuilder("fstalign 1.1.0 itself / werk over the same calls, in %\n");
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Map<String, Map<String, long[]>>> entry : recorded.entrySet()) {
            String sys = entry.getKey();
            Map<String, Map<String, long[]>> all = entry.getValue();
            Map.Entry<String, Map<String, Map<String, long[]>>> e = Map.entry(sys, new LinkedHashMap<>(all));
            if (sys.equals("rev/kaldi/nlp") && all.containsKey(SEARCH_MISS)) {
                // fstalign's search misses the cheapest path by far on this call: checked below, not pooled
                long[] f = all.get(SEARCH_MISS).get("*");
                long[] w = pooledWerk(sys, Set.of(SEARCH_MISS), "Earnings21");
                sb.append(String.format(Locale.ROOT, "%s, call %s: fstalign %d/%d, werk %d/%d (fstalign's pruned search)%n", sys,
                        SEARCH_MISS, f[0], f[1], w[0], w[1]));
                assertTrue(f[0] - w[0] > 1000, "fstalign's answer on " + SEARCH_MISS + " no longer far above werk's: update the README");
                e.getValue().remove(SEARCH_MISS);
            }
            Set<String> calls = e.getValue().keySet();
            sb.append(String.format(Locale.ROOT, "%s, %d calls:%n", sys, calls.size()));
            for (String row : published.keySet()) {
                if (row.equals("Mean Entity")) {
                    continue;
                }
                long[] f = pooledFstalign(e.getValue(), row);
                long[] w = pooledWerk(sys, calls, row);
                if (f[1] == 0 && w[1] == 0) {
                    continue;
                }
                double fr = 100.0 * f[0] / Math.max(1, f[1]);
                double wr = 100.0 * w[0] / Math.max(1, w[1]);
                boolean ok = row.equals("Earnings21") ? Math.abs(fr - wr) <= 0.15 : Math.abs(fr - wr) <= 0.3 || Math.abs(f[0] - w[0]) <= 2;
                sb.append(String.format(Locale.ROOT, "  %-13s fstalign %6d/%6d = %6.2f   werk %6d/%6d = %6.2f%s%n", row, f[0], f[1], fr,
                        w[0], w[1], wr, ok ? "" : "   !"));
                if (!ok) {
                    failures.add(sys + " " + row);
                }
            }
        }
        System.out.println(sb);
        assertTrue(failures.isEmpty(), "fstalign and werk differ: " + failures);
        for (Map.Entry<String, String> x : EXPLAINED.entrySet()) {
            if (x.getValue().equals(REV)) {
                // the Rev Kaldi cells are fstalign's own answer: within the bound of the table
                String row = x.getKey().substring(0, x.getKey().indexOf('@'));
                long[] f = pooledFstalign(recorded.get("rev/kaldi/nlp"), row);
                double pub = published.get(row)[List.of(SYSTEMS).indexOf("rev/kaldi/nlp")];
                double bound = row.equals("Earnings21") ? OVERALL_BOUND : ENTITY_BOUND;
                assertEquals(44, recorded.get("rev/kaldi/nlp").size(), "REV needs fstalign's counts for all 44 calls");
                assertTrue(Math.abs(100.0 * f[0] / f[1] - pub) <= bound, x.getKey() + ": fstalign itself gives "
                        + 100.0 * f[0] / f[1] + ", not the table's " + pub);
                continue;
            }
            if (!x.getValue().equals(TOOL)) {
                continue;
            }
            String row = x.getKey().substring(0, x.getKey().indexOf('@'));
            String sys = x.getKey().substring(x.getKey().indexOf('@') + 1);
            Map<String, Map<String, long[]>> calls = recorded.get(sys);
            assertTrue(calls != null && calls.size() == 44, x.getKey() + ": TOOL needs fstalign's counts for all 44 calls");
            long[] f = pooledFstalign(calls, row);
            double pub = published.get(row)[List.of(SYSTEMS).indexOf(sys)];
            double bound = row.equals("Earnings21") ? OVERALL_BOUND : ENTITY_BOUND;
            assertTrue(Math.abs(100.0 * f[0] / f[1] - pub) > bound, x.getKey() + ": fstalign itself gives "
                    + 100.0 * f[0] / f[1] + ", within the bound of the table's " + pub + ": not a TOOL cell");
        }
    }

    @Test
    void everyCallIsScoredAndEveryPublishedClassIsPresent() throws IOException {
        Set<String> classes = published("Entity").keySet();
        for (String sys : SYSTEMS) {
            FstalignScore s = SCORES.get(sys);
            assertEquals(44, s.files().files().size(), sys);
            for (String c : classes) {
                if (!c.equals("Mean Entity")) {
                    assertTrue(s.classes().get(c) != null, sys + " lacks class " + c);
                }
            }
        }
    }
}
