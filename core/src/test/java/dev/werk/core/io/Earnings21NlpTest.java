package dev.werk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.CorpusScore;
import dev.werk.core.ScoreOptions;
import dev.werk.core.Scorer;
import dev.werk.core.align.CostModel;
import dev.werk.core.metrics.Counts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reading Earnings-21's NLP files gives exactly the word sequences the peers scored: the counts of
 * {@code golden/peer-counts/earnings21.tsv} (sclite {@code -s} and jiwer 4), after the conversion
 * its README describes (tokens in file order, lowercased with {@link Locale#ROOT}, nothing else).
 * Needs the shared folder ({@code werk.shared}); skipped with a message when it is absent.
 */
@Execution(ExecutionMode.SAME_THREAD)
class Earnings21NlpTest {
    private static final Map<String, String> SYSTEM_DIRS = Map.of(
            "amazon", "output/amazon",
            "google", "output/google",
            "microsoft", "output/microsoft",
            "speechmatics", "output/speechmatics",
            "rev_kaldi", "output/rev/kaldi/nlp",
            "rev_espnet", "output/rev/espnet/nlp",
            "kaldi_org_librispeech", "output/kaldi_org/librispeech/nlp");

    /** One row of earnings21.tsv. */
    private record Row(String system, String file, long refWords, long hypWords, Counts jiwer, Counts sclite) {
    }

    private static List<Row> rows() throws IOException {
        Path tsv = TestData.shared("golden/peer-counts/earnings21.tsv");
        List<Row> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            assertEquals("ok", f[9], line);
            out.add(new Row(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]),
                    new Counts(Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7])),
                    new Counts(Long.parseLong(f[10]), Long.parseLong(f[11]), Long.parseLong(f[12]), Long.parseLong(f[13]))));
        }
        return out;
    }

    private static Row row(String system, String file) throws IOException {
        return rows().stream().filter(r -> r.system().equals(system) && r.file().equals(file)).findFirst().orElseThrow();
    }

    private static ScoreOptions lowercased(CostModel cost) {
        // the peers' conversion: Java's toLowerCase(Locale.ROOT) gives their files byte for byte
        return ScoreOptions.defaults().withCost(cost).withNormalizer(dev.werk.core.text.TextNormalizer.builder().add("lowercase").build());
    }

    private static CorpusScore score(String system, String file, CostModel cost) throws IOException {
        Path corpus = TestData.shared("corpora/earnings21");
        Transcript ref = TranscriptReader.read(corpus.resolve("transcripts/nlp_references/" + file + ".nlp"));
        Transcript hyp = TranscriptReader.read(corpus.resolve(SYSTEM_DIRS.get(system)).resolve(file + ".nlp"));
        assertEquals(TranscriptFormat.NLP, ref.format());
        return Scorer.score(Pairing.pair(ref, hyp), lowercased(cost));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "amazon,                4386541",
        "google,                4386541",
        "microsoft,             4386541",
        "speechmatics,          4386541",
        "rev_kaldi,             4386541",
        "rev_espnet,            4386541",
        "kaldi_org_librispeech, 4386541",
        "amazon,                4382825",
        "google,                4375653",
    })
    void aHandfulOfFilesGiveTheSclitePeersCounts(String system, String file) throws IOException {
        Row expected = row(system, file);
        CorpusScore sclite = score(system, file, CostModel.SCLITE);
        assertEquals(1, sclite.utterances().size());
        assertEquals(file, sclite.utterances().get(0).id());
        assertEquals(expected.refWords(), sclite.total().referenceWords(), "reference words");
        assertEquals(expected.hypWords(), sclite.total().hypothesisWords(), "hypothesis words");
        assertEquals(expected.sclite(), sclite.total(), "sclite -s counts");
        assertEquals(expected.jiwer(), score(system, file, CostModel.LEVENSHTEIN).total(), "jiwer 4 counts");
    }

    /** SLOW (about a minute and a half with the full-matrix placeholder aligner): all 308 pairs. */
    @Test
    @DisplayName("SLOW: all 308 Earnings-21 pairs give the sclite peer counts")
    void all308PairsGiveTheSclitePeersCounts() throws IOException {
        List<Row> rows = rows();
        assertEquals(308, rows.size());
        List<String> wrong = new ArrayList<>();
        for (Row r : rows) {
            Counts actual = score(r.system(), r.file(), CostModel.SCLITE).total();
            if (!actual.equals(r.sclite())) {
                wrong.add(r.system() + " " + r.file() + ": expected " + r.sclite() + " but was " + actual);
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of 308 pairs differ: " + wrong);
    }
}
