package dev.werk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.werk.core.FstalignScore;
import dev.werk.core.FstalignScoring;
import dev.werk.core.fstalign.FstalignSettings;
import dev.werk.core.fstalign.SynonymRules;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every output file fstalign's own test suite compares byte for byte ({@code compareFiles} in
 * {@code test/fstalign_Test.cc}: side-by-side files and aligned NLP files, 31 in 30 cases), written
 * by werk for the case's inputs and options and compared with fstalign's expected file: all 31 are
 * identical.
 */
class FstalignSuiteFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyComparedFileIsFstalignsByteForByte() throws IOException {
        Path suite = FstalignSuiteRuns.suite();
        JsonNode root = JSON.readTree(suite.resolve("fstalign_tests_extracted.json").toFile());
        List<String> same = new ArrayList<>();
        int k = 0;
        for (JsonNode t : root.get("tests")) {
            int number = k++;
            if (t.get("compare_files").isEmpty()) {
                continue;
            }
            String raw = t.get("command_args").asText();
            List<String> a = args(raw);
            List<String> files = new ArrayList<>();
            String tags = null;
            for (JsonNode f : t.get("expected_files")) {
                String name = f.asText();
                if (name.endsWith(".wer_tag.json")) {
                    tags = name; // the --wer-sidecar file the case passes
                } else {
                    files.add(name);
                }
            }
            FstalignScore score = score(suite, a, raw, tags, t.get("approach").asText().contains("adapted"));
            for (String name : files) {
                StringWriter out = new StringWriter();
                if (name.contains(".sbs")) {
                    SideBySideReport.write(score.fileSideBySide().get(FstalignSuiteRuns.PAIR), out);
                } else {
                    AlignedNlpReport.write(score.fileAlignedNlp().get(FstalignSuiteRuns.PAIR), out);
                }
                String want = Files.readString(suite.resolve("data").resolve(name), StandardCharsets.UTF_8);
                String id = number + " " + name;
                assertEquals(want, out.toString(), id);
                same.add(id);
            }
        }
        assertEquals(31, same.size(), same.toString());
    }

    /** The case's run: its files, synonyms, normalization file, flags and composition, as the suite runs fstalign. */
    private static FstalignScore score(Path suite, List<String> a, String raw, String tags, boolean adapted) throws IOException {
        Path data = suite.resolve("data");
        String ref = a.get(2);
        String hyp = a.get(3);
        String synonyms = a.size() > 6 ? a.get(6) : "";
        SynonymRules rules = SynonymRules.NONE;
        if (synonyms.startsWith("TEST_SYNONYMS")) {
            rules = SynonymRules.read(suite.resolve("synonyms.rules.txt"));
        } else if (synonyms.startsWith("TEST_DATA")) {
            rules = SynonymRules.read(data.resolve(synonyms.substring(synonyms.indexOf('+') + 1).strip().split("[ )]")[0]));
        }
        String norm = a.size() > 7 ? a.get(7).split("[ )]")[0] : "";
        boolean disableCutoffs = a.size() > 8 && a.get(8).equals("true");
        FstalignScoring.FilePair pair = new FstalignScoring.FilePair(FstalignSuiteRuns.PAIR, data.resolve(ref), FstalignSuiteRuns.format(ref),
                data.resolve(hyp), FstalignSuiteRuns.format(hyp), norm.isEmpty() || norm.equals("nullptr") ? null : data.resolve(norm),
                tags == null ? null : data.resolve(tags));
        // fstalign at this commit always runs its synonym engine: cut-off and hyphen rules are derived
        FstalignSettings settings = new FstalignSettings(rules, !disableCutoffs, !raw.contains("--disable-hyphen-ignore"), true,
                5, raw.contains("--use-case"), raw.contains("--use-punctuation"), adapted).withWalker(!adapted)
                .withCaseStats(raw.contains("--record-case-stats")).withSideBySide(true);
        return FstalignScoring.score(List.of(pair), settings, true, List.of());
    }

    /** The comma-separated arguments of fstalign's {@code command(...)} call, quotes removed. */
    private static List<String> args(String raw) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < raw.length(); k++) {
            char c = raw.charAt(k);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ')' && !quoted) {
                break; // a few extracted commands run on into the C++ that follows them
            } else if (c == ',' && !quoted) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().strip());
        return out;
    }
}
