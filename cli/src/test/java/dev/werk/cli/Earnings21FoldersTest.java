package dev.werk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole Earnings-21 release as users lay it out (44 reference .nlp files, one folder of .nlp
 * hypotheses per system), scored through the CLI with folder pairing: the pooled counts must equal
 * the peers' pooled counts in {@code golden/peer-counts/earnings21-pooled.tsv} (the conversion rule
 * there is lowercasing only, i.e. {@code --normalize sclite}). Skipped, saying so, without ../shared.
 */
class Earnings21FoldersTest {

    private static Path shared() {
        Path dir = Path.of(System.getProperty("werk.shared", "../../shared"));
        assumeTrue(Files.isDirectory(dir.resolve("corpora/earnings21/transcripts/nlp_references")),
                "Earnings-21 corpus absent at " + dir.toAbsolutePath() + "/corpora/earnings21: folder test skipped");
        return dir;
    }

    private static String[] pooledRow(Path shared, String system) throws IOException {
        List<String> lines = Files.readAllLines(shared.resolve("golden/peer-counts/earnings21-pooled.tsv"));
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f[0].equals(system)) {
                return f;
            }
        }
        throw new AssertionError("no pooled row for " + system);
    }

    @ParameterizedTest
    @ValueSource(strings = {"amazon", "google", "rev_kaldi"})
    void pooledCountsEqualThePeers(String system) throws IOException {
        Path shared = shared();
        Path e21 = shared.resolve("corpora/earnings21");
        Path hyp = system.equals("rev_kaldi") ? e21.resolve("output/rev/kaldi/nlp") : e21.resolve("output").resolve(system);
        // columns: system files refwords hypwords jiwer_hits jiwer_sub jiwer_del jiwer_ins jiwer_errors jiwer_wer
        //          sclite_files_ok sclite_refwords sclite_hits sclite_sub sclite_del sclite_ins ...
        String[] row = pooledRow(shared, system);
        String[] common = {"score", "--ref", e21.resolve("transcripts/nlp_references").toString(), "--hyp", hyp.toString(),
            "--normalize", "sclite", "-o", "json"};

        JsonNode sclite = Cli.expect(0, concat(common, "--cost", "sclite")).json();
        assertEquals(44, sclite.get("files").size());
        assertEquals(Long.parseLong(row[2]), sclite.get("referenceWords").asLong());
        assertEquals(Long.parseLong(row[3]), sclite.get("hypothesisWords").asLong());
        assertEquals(Long.parseLong(row[12]), sclite.get("hits").asLong());
        assertEquals(Long.parseLong(row[13]), sclite.get("substitutions").asLong());
        assertEquals(Long.parseLong(row[14]), sclite.get("deletions").asLong());
        assertEquals(Long.parseLong(row[15]), sclite.get("insertions").asLong());

        JsonNode lev = Cli.expect(0, concat(common, "--cost", "levenshtein")).json();
        assertEquals(Long.parseLong(row[8]), lev.get("errors").asLong(), "unit-cost total equals jiwer's");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
