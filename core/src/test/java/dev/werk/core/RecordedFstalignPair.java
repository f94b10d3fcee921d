package dev.werk.core;

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

/**
 * One pair that a {@code testdata/fstalign/generate_answers.py} recorded with fstalign's answer
 * (a line of its {@code cases.tsv}: mode, reference, hypothesis, hypothesis kind, normalization
 * JSON, answer), its files written back as the generator wrote them and read by werk's own readers.
 *
 * @param mode       {@code plain}, {@code syn} (with the synonym rules) or {@code nlp} (entities)
 * @param answer     fstalign's {@code INS:i DEL:d SUB:s}
 * @param hypothesis the hypothesis words as werk's fstalign scoring reads them
 */
record RecordedFstalignPair(String mode, String refText, String hypText, TranscriptFormat hypFormat, String answer,
                            NlpReference reference, Normalizations normalizations, List<String> hypothesis) {

    /** {@code testdata/fstalign/<approach>}: -Dwerk.testdata (set by the parent pom), else ../testdata. */
    static Path dir(String approach) {
        String d = System.getProperty("werk.testdata");
        return (d != null ? Path.of(d) : Path.of("..", "testdata")).resolve("fstalign").resolve(approach);
    }

    /** The synonym rules the {@code syn} pairs were recorded with (both approaches share them). */
    static SynonymRules rules() throws IOException {
        return SynonymRules.read(dir("adapted").resolve("synonyms.rules.txt"));
    }

    /** Every pair recorded for {@code approach} ({@code cases.tsv}); the test is skipped when there is none. */
    static List<RecordedFstalignPair> recorded(String approach, Path tmp) throws IOException {
        Path cases = dir(approach).resolve("cases.tsv");
        Assumptions.assumeTrue(Files.isRegularFile(cases), "no recorded fstalign answers in " + dir(approach));
        return read(cases, tmp);
    }

    /** Every recorded pair of {@code cases}, its files written into {@code tmp} (overwritten pair by pair). */
    static List<RecordedFstalignPair> read(Path cases, Path tmp) throws IOException {
        List<RecordedFstalignPair> out = new ArrayList<>();
        for (String line : Files.readAllLines(cases)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(of(line.split("\t", -1), tmp));
            }
        }
        return out;
    }

    private static RecordedFstalignPair of(String[] f, Path tmp) throws IOException {
        String mode = f[0];
        TranscriptFormat hypFormat = f[3].equals("ctm") ? TranscriptFormat.CTM : TranscriptFormat.PLAIN;
        Path ref;
        Path norm = null;
        if (mode.equals("nlp")) {
            // word@label tokens: the label is the entity id, its class the part before ':'
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
        } else {
            ref = Files.writeString(tmp.resolve("r.txt"), f[1] + "\n");
        }
        StringBuilder h = new StringBuilder();
        if (hypFormat == TranscriptFormat.CTM) {
            String[] w = f[2].isEmpty() ? new String[0] : f[2].split(" ");
            for (int k = 0; k < w.length; k++) {
                h.append("rec 1 ").append(k).append(".00 0.50 ").append(w[k]).append('\n');
            }
        } else {
            h.append(f[2]).append('\n');
        }
        Path hyp = Files.writeString(tmp.resolve(hypFormat == TranscriptFormat.CTM ? "h.ctm" : "h.txt"), h);
        FstalignScoring.FilePair p = new FstalignScoring.FilePair("r", ref, mode.equals("nlp") ? TranscriptFormat.NLP
                : TranscriptFormat.PLAIN, hyp, hypFormat, norm, null);
        return new RecordedFstalignPair(mode, f[1], f[2], hypFormat, f[5], FstalignScoring.reference(p),
                norm == null ? Normalizations.NONE : Normalizations.read(norm), FstalignScoring.hypothesis(hyp, hypFormat));
    }

    /** The answer as fstalign prints it. */
    static String answer(Counts c) {
        return "INS:" + c.insertions() + " DEL:" + c.deletions() + " SUB:" + c.substitutions();
    }

    /** A line for a differing pair: what it is, fstalign's answer and werk's. */
    String differs(String werk) {
        return mode + " ref '" + refText + "' hyp '" + hypText + "' (" + hypFormat.id() + "): fstalign " + answer + ", werk " + werk;
    }
}
