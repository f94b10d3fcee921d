package dev.werk.cli;

import dev.werk.core.CorpusScore;
import dev.werk.core.ScoreOptions;
import dev.werk.core.Scorer;
import dev.werk.core.align.CostModel;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.Transcript;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import dev.werk.core.metrics.Counts;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code werk demo}: scores the bundled Earnings-21 sample (three calls, two systems) with both
 * cost models, so a fresh clone shows what werk does in one command.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Score the bundled sample (3 Earnings-21 calls, 2 systems) and print the summary.")
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLE = "testdata/earnings21-sample";
    static final List<String> SYSTEMS = List.of("amazon", "google");

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "The sample folder (default: " + SAMPLE + " in the werk checkout).")
    Path data;

    @Override
    public Integer call() throws Exception {
        Path dir = data != null ? data : home().resolve(SAMPLE);
        if (!Files.isDirectory(dir)) {
            throw new UsageException("the demo sample is not at " + dir + "; run werk from its checkout or give --data DIR");
        }
        PrintWriter out = spec.commandLine().getOut();
        Transcript ref = TranscriptReader.read(dir.resolve("reference.ark"), TranscriptFormat.KALDI);
        out.println("werk demo: Earnings-21 sample (" + ref.utterances().size()
                + " calls; CC BY-SA 4.0, see " + SAMPLE + "/NOTICE.md)");
        out.println("reference words are lowercased tokens; no other normalisation (normalizer: none)");
        out.println();
        out.printf(Locale.ROOT, "%-8s %-12s %8s %7s %7s %7s %7s %8s%n", "system", "cost", "#ref", "hits", "sub", "del", "ins", "WER%");
        for (String system : SYSTEMS) {
            Transcript hyp = TranscriptReader.read(dir.resolve(system + ".ark"), TranscriptFormat.KALDI);
            Pairing.Result paired = Pairing.pair(ref, hyp);
            for (CostModel cost : CostModel.values()) {
                CorpusScore score = Scorer.score(paired, ScoreOptions.defaults().withCost(cost));
                Counts c = score.total();
                out.printf(Locale.ROOT, "%-8s %-12s %8d %7d %7d %7d %7d %8.2f%n", system, cost.id(), c.referenceWords(),
                        c.hits(), c.substitutions(), c.deletions(), c.insertions(), 100 * score.measures().wer());
            }
        }
        out.println();
        out.println("sclite's weights (sub 4, ins 3, del 3) can report more errors than the minimum; levenshtein");
        out.println("reproduces jiwer. Try: ./werk score --ref " + SAMPLE + "/reference.ark --hyp " + SAMPLE + "/amazon.ark -o json");
        return ExitCodes.OK;
    }

    /** The werk checkout: -Dwerk.home (set by ./werk), else the working directory. */
    static Path home() {
        String h = System.getProperty("werk.home");
        return Path.of(h != null ? h : ".");
    }
}
