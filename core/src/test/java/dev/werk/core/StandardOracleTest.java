package dev.werk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.fstalign.EntityTypes;
import dev.werk.core.fstalign.Fstalign;
import dev.werk.core.fstalign.FstalignSettings;
import dev.werk.core.fstalign.NlpReference;
import dev.werk.core.fstalign.Normalizations;
import dev.werk.core.fstalign.SynonymRules;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.metrics.Counts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * werk's {@code --composition standard-walker} against fstalign itself: seeded random pairs (plain
 * text, text with synonym rules, NLP references with entities and normalization files; text and CTM
 * hypotheses; a quarter of them 20-45 words long, where fstalign's Levenshtein first pass and its
 * pruning act) and the answer fstalign (built from revdotcom/fstalign at commit dcf2655) printed for
 * each with {@code --composition-approach standard}, recorded in
 * {@code testdata/fstalign/standard/cases.tsv} by its {@code generate.py}. Each case's files are
 * written back here as the generator wrote them and read by werk's own readers; werk must give the
 * same insertions, deletions and substitutions for every pair. werk's default standard search (the
 * cheapest path) must never cost more than fstalign's answer, an accepted path too.
 */
class StandardOracleTest {
    @TempDir
    Path tmp;

    static Path dir() {
        String d = System.getProperty("werk.testdata");
        return (d != null ? Path.of(d) : Path.of("..", "testdata")).resolve("fstalign/standard");
    }

    @Test
    void sameAnswersAsFstalignOnRecordedPairs() throws IOException {
        Path cases = dir().resolve("cases.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(cases), "no recorded fstalign answers in " + dir());
        SynonymRules rules = SynonymRules.read(dir().resolve("../adapted/synonyms.rules.txt"));
        int cheaper = 0;
        int n = 0;
        int nlp = 0;
        int ctm = 0;
        List<String> wrong = new ArrayList<>();
        for (String line : Files.readAllLines(cases)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            String mode = f[0];
            TranscriptFormat hypFormat = f[3].equals("ctm") ? TranscriptFormat.CTM : TranscriptFormat.PLAIN;
            Path ref;
            Path norm = null;
            if (mode.equals("nlp")) {
                StringBuilder sb = new StringBuilder("token|speaker|ts|endTs|punctuation|case|tags|wer_tags\n");
                for (String tok : f[1].split(" ")) {
                    int at = tok.indexOf('@');
                    String label = at < 0 ? "" : tok.substring(at + 1);
                    String word = at < 0 ? tok : tok.substring(0, at);
                    sb.append(word).append("|1||||LC|").append(label.isEmpty() ? "[]" : "['" + label + "']").append('|')
                            .append(label.isEmpty() ? "[]" : "['" + label.substring(0, label.indexOf(':')) + "']").append('\n');
                }
                ref = Files.writeString(tmp.resolve("r.nlp"), sb);
                norm = Files.writeString(tmp.resolve("r.norm.json"), f[4]);
                nlp++;
            } else {
                ref = Files.writeString(tmp.resolve("r.txt"), f[1] + "\n");
            }
            StringBuilder h = new StringBuilder();
            if (hypFormat == TranscriptFormat.CTM) {
                String[] w = f[2].isEmpty() ? new String[0] : f[2].split(" ");
                for (int k = 0; k < w.length; k++) {
                    h.append("rec 1 ").append(k).append(".00 0.50 ").append(w[k]).append('\n');
                }
                ctm++;
            } else {
                h.append(f[2]).append('\n');
            }
            Path hyp = Files.writeString(tmp.resolve(hypFormat == TranscriptFormat.CTM ? "h.ctm" : "h.txt"), h);
            FstalignScoring.FilePair p = new FstalignScoring.FilePair("r", ref, mode.equals("nlp") ? TranscriptFormat.NLP
                    : TranscriptFormat.PLAIN, hyp, hypFormat, norm, null);
            NlpReference r = FstalignScoring.reference(p);
            Normalizations nz = norm == null ? Normalizations.NONE : Normalizations.read(norm);
            // fstalign at this commit always runs its synonym engine: cut-off and hyphen rules are derived
            FstalignSettings s = new FstalignSettings(mode.equals("syn") ? rules : SynonymRules.NONE, true, true, true);
            List<String> hypWords = FstalignScoring.hypothesis(hyp, hypFormat);
            Counts c = Fstalign.align(r, nz, EntityTypes.NONE, hypWords, s.withWalker(true), hypFormat).alignment().counts();
            Counts cheapest = Fstalign.align(r, nz, EntityTypes.NONE, hypWords, s, hypFormat).alignment().counts();
            double fstalignCost = cost(f[5]);
            assertTrue(cost(cheapest) <= fstalignCost + 1e-9, "cheapest path costs more than fstalign's: " + line);
            cheaper += cost(cheapest) < fstalignCost - 1e-9 ? 1 : 0;
            String got = "INS:" + c.insertions() + " DEL:" + c.deletions() + " SUB:" + c.substitutions();
            if (!f[5].equals(got)) {
                wrong.add(mode + " ref '" + f[1] + "' hyp '" + f[2] + "' (" + f[3] + "): fstalign " + f[5] + ", werk " + got);
            }
            n++;
        }
        assertTrue(n >= 200 && nlp >= 60 && ctm >= 40, n + " recorded pairs, " + nlp + " NLP, " + ctm + " CTM");
        assertEquals(List.of(), wrong, wrong.size() + " of " + n + " differ");
        System.out.println("standard oracle: " + n + " pairs agree; the cheapest path costs less than fstalign's answer on "
                + cheaper);
        // the walker's answer is not always the cheapest path: the recorded pairs must show it
        assertTrue(cheaper > 0, "no pair where fstalign's answer costs more than the cheapest path");
    }

    private static double cost(Counts c) {
        return c.insertions() + c.deletions() + 1.5 * c.substitutions();
    }

    /** The fstalign cost (ins 1, del 1, sub 1.5) of an answer {@code INS:i DEL:d SUB:s}. */
    private static double cost(String answer) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("INS:(\\d+) DEL:(\\d+) SUB:(\\d+)").matcher(answer);
        assertTrue(m.matches(), answer);
        return Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) + 1.5 * Integer.parseInt(m.group(3));
    }
}
