package dev.werk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.io.DirectoryPairing;
import dev.werk.core.io.ReadOptions;
import dev.werk.core.terms.ReferenceEntities;
import dev.werk.core.terms.SystemTerms;
import dev.werk.core.terms.TermReport;
import dev.werk.core.terms.TermStats;
import dev.werk.core.text.TextNormalizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code werk terms --entities} on all 44 Earnings-21 calls, two systems, with the corpus's
 * normalization and wer_tag files: per class, the occurrences are the entity spans of that class
 * (counted here from the files with a parser of this test's own); correct never exceeds
 * occurrences; biased + unbiased equal each system's plain {@code werk score} counts. Prints the
 * per-class recall side by side.
 */
class EntityTermsEarnings21Test {
    private static final Pattern ID = Pattern.compile("'([^']*)'");
    private static final Pattern TYPE = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\\{\\s*\"entity_type\"\\s*:\\s*\"([^\"]+)\"");

    static Path root() {
        String dir = System.getProperty("werk.shared");
        Path shared = dir != null ? Path.of(dir) : Path.of("..", "..", "shared");
        Path root = shared.resolve("corpora/earnings21");
        Assumptions.assumeTrue(Files.isDirectory(root.resolve("transcripts/wer_tags")),
                () -> "skipped: Earnings-21 not found at " + root.toAbsolutePath() + " (set -Dwerk.shared=DIR)");
        return root;
    }

    /** Spans per class, counted from the NLP files' wer_tags column and the wer_tag files. */
    static Map<String, Long> spansPerClass(Path root) throws IOException {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(root.resolve("transcripts/nlp_references"))) {
            for (Path nlp : s.sorted().toList()) {
                String call = nlp.getFileName().toString().replace(".nlp", "");
                Map<String, String> types = new HashMap<>();
                Matcher m = TYPE.matcher(Files.readString(root.resolve("transcripts/wer_tags/" + call + ".wer_tag.json")));
                while (m.find()) {
                    types.put(m.group(1), m.group(2));
                }
                List<String> lines = Files.readAllLines(nlp);
                List<String> header = List.of(lines.get(0).split("\\|"));
                int col = header.indexOf("wer_tags");
                Map<String, Integer> lastRow = new HashMap<>();
                int row = 0;
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.split("\\|", -1);
                    if (line.isEmpty() || f[0].strip().isEmpty()) {
                        continue;
                    }
                    Matcher ids = ID.matcher(f[col]);
                    while (ids.find()) {
                        String id = ids.group(1);
                        Integer last = lastRow.put(id, row);
                        if ((last == null || last != row - 1) && types.containsKey(id)) {
                            out.merge(types.get(id), 1L, Long::sum);
                        }
                    }
                    row++;
                }
            }
        }
        return out;
    }

    static double rate(dev.werk.core.metrics.Counts c) {
        return (double) c.errors() / c.referenceWords();
    }

    @Test
    void classesCountTheSpansAndBiasedPlusUnbiasedIsTheScore() throws IOException {
        Path root = root();
        Path refs = root.resolve("transcripts/nlp_references");
        List<String> names = List.of("amazon", "google");
        List<Path> hyps = List.of(root.resolve("output/amazon"), root.resolve("output/google"));
        DirectoryPairing.Options folder = new DirectoryPairing.Options(false, false, false, ReadOptions.STRICT);
        ScoreOptions options = ScoreOptions.defaults().withNormalizer(TextNormalizer.preset(TextNormalizer.SCLITE));
        DirectoryPairing.Systems read = DirectoryPairing.readSystems(refs, null, names, hyps, null, folder);
        SystemsScore plain = Scorer.scoreSystemFolders(read, options, Scorer.Progress.NONE, null);
        SystemsScore scored = plain;
        ReferenceEntities e = FstalignEntities.read(scored, refs, null, root.resolve("transcripts/normalizations"),
                root.resolve("transcripts/wer_tags"));
        SystemTerms t = SystemTerms.scoreEntities(scored, e, false);

        Map<String, Long> want = spansPerClass(root);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-14s %8s %14s %14s %14s %14s%n", "class",
                "entities", "amazon recall", "google recall", "amazon B-WER", "google B-WER"));
        for (int s = 0; s < names.size(); s++) {
            TermReport r = t.reports().get(s);
            assertEquals(plain.systems().get(s).total(), r.overall(), names.get(s));
            assertEquals(plain.systems().get(s).total(), r.biased().plus(r.unbiased()), names.get(s));
            Map<String, Long> got = new TreeMap<>();
            for (TermStats c : r.terms()) {
                got.put(c.term(), c.occurrences());
                assertTrue(c.correct() <= c.occurrences(), c.term());
                assertEquals(c.occurrences(), c.correct() + c.misses(), c.term());
            }
            assertEquals(want, got, names.get(s));
            assertEquals(want.values().stream().mapToLong(Long::longValue).sum(), r.pooled().occurrences());
        }
        for (int c = 0; c < t.terms().terms().size(); c++) {
            TermStats a = t.reports().get(0).terms().get(c);
            TermStats g = t.reports().get(1).terms().get(c);
            table.append(String.format(Locale.ROOT, "%-14s %8d %13.1f%% %13.1f%% %13.1f%% %13.1f%%%n", a.term(),
                    a.occurrences(), 100 * a.recall(), 100 * g.recall(), 100 * rate(t.classCounts(0).get(c)),
                    100 * rate(t.classCounts(1).get(c))));
        }
        TermStats a = t.reports().get(0).pooled();
        TermStats g = t.reports().get(1).pooled();
        table.append(String.format(Locale.ROOT, "%-14s %8d %13.1f%% %13.1f%% %13.1f%% %13.1f%%%n", "all entities",
                a.occurrences(), 100 * a.recall(), 100 * g.recall(), 100 * t.reports().get(0).bWer(),
                100 * t.reports().get(1).bWer()));
        System.out.println("Earnings-21 entities as terms (werk terms --entities, sclite normaliser), recall and B-WER by class\n" + table);
    }
}
