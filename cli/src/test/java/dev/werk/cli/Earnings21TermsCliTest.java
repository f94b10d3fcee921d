package dev.werk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code werk terms} over the whole Earnings-21 release (44 calls, folders of NLP files) with the
 * oracle bias list as terms and two systems: per system, the biased and unbiased counts add up to
 * the peers' pooled counts ({@code golden/peer-counts/earnings21-pooled.tsv}, sclite with
 * {@code -s} on lower-cased tokens = {@code --normalize sclite --cost sclite}). Skipped, saying
 * so, without ../shared.
 */
class Earnings21TermsCliTest {
    private static Path shared() {
        Path dir = Path.of(System.getProperty("werk.shared", "../../shared"));
        assumeTrue(Files.isDirectory(dir.resolve("corpora/earnings21/transcripts/nlp_references")),
                "Earnings-21 corpus absent at " + dir.toAbsolutePath() + "/corpora/earnings21: terms test skipped");
        return dir;
    }

    private static String[] pooledRow(Path shared, String system) throws IOException {
        for (String line : Files.readAllLines(shared.resolve("golden/peer-counts/earnings21-pooled.tsv"))) {
            String[] f = line.split("\t");
            if (f[0].equals(system)) {
                return f;
            }
        }
        throw new AssertionError("no pooled row for " + system);
    }

    @Test
    void biasedPlusUnbiasedIsTheWholeCorpusForTwoSystems() throws IOException {
        Path shared = shared();
        Path e21 = shared.resolve("corpora/earnings21");
        JsonNode j = Cli.expect(0, "terms", "--ref", e21.resolve("transcripts/nlp_references").toString(),
                "--hyp", "amazon=" + e21.resolve("output/amazon"), "--hyp", "google=" + e21.resolve("output/google"),
                "--terms", e21.resolve("bias_lists/oracle_list.txt").toString(), "--normalize", "sclite", "--cost", "sclite",
                "-o", "json").json();
        List<String> systems = List.of("amazon", "google");
        for (int s = 0; s < 2; s++) {
            JsonNode sys = j.get("systems").get(s);
            String[] row = pooledRow(shared, systems.get(s));
            JsonNode b = sys.get("biased");
            JsonNode u = sys.get("unbiased");
            assertEquals(Long.parseLong(row[11]), b.get("referenceWords").asLong() + u.get("referenceWords").asLong());
            assertEquals(Long.parseLong(row[12]), b.get("hits").asLong() + u.get("hits").asLong());
            assertEquals(Long.parseLong(row[13]), b.get("substitutions").asLong() + u.get("substitutions").asLong());
            assertEquals(Long.parseLong(row[14]), b.get("deletions").asLong() + u.get("deletions").asLong());
            assertEquals(Long.parseLong(row[15]), b.get("insertions").asLong() + u.get("insertions").asLong());
            assertTrue(sys.get("bWer").asDouble() > sys.get("uWer").asDouble(), "terms are harder: " + sys.get("bWer"));
            JsonNode pooled = sys.get("pooled");
            assertTrue(pooled.get("occurrences").asLong() > 4_000, pooled.toString());
            assertEquals(pooled.get("occurrences").asLong(), pooled.get("correct").asLong() + pooled.get("misses").asLong());
        }
        assertEquals(j.get("systems").get(0).get("pooled").get("occurrences"), j.get("systems").get(1).get("pooled").get("occurrences"));
    }
}
