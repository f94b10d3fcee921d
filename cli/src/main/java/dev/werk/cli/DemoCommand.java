package dev.werk.cli;

import dev.werk.core.ScoreOptions;
import dev.werk.core.experiment.CompareOptions;
import dev.werk.core.experiment.Comparison;
import dev.werk.core.experiment.Experiment;
import dev.werk.core.experiment.ExperimentTerms;
import dev.werk.core.terms.TermListReader;
import dev.werk.core.experiment.ManifestReader;
import dev.werk.reports.CompareText;
import dev.werk.reports.html.Report;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code werk demo}: compares the bundled experiment (six Earnings-21 calls, three in-sample and
 * three out-of-sample, two real systems) as {@code werk compare} does, so a fresh clone shows what
 * werk does in one command.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Compare the bundled experiment (6 Earnings-21 calls in two sets, 2 systems), print the comparison and write its report folder.")
final class DemoCommand implements Callable<Integer> {
    static final String DEMO = "testdata/demo";
    /**
     * The demo's transcripts are lowercased already; lowercasing (the sclite preset) changes none of
     * their counts and lets the upper-case entity names of terms.txt match them, as the term rules
     * pass terms and transcripts through the same normaliser.
     */
    static final ScoreOptions SCORING = ScoreOptions.defaults().withNormalizer(dev.werk.core.text.TextNormalizer.preset("sclite"));

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "The demo folder (default: " + DEMO + " in the werk checkout).")
    Path data;

    @Option(names = "--report", paramLabel = "DIR",
            description = "Where to write the demo's report folder (default: target/demo-report in the werk checkout).")
    Path report;

    @Override
    public Integer call() throws Exception {
        Path dir = data != null ? data : home().resolve(DEMO);
        Path manifest = dir.resolve("manifest.csv");
        if (!Files.isRegularFile(manifest)) {
            throw new UsageException("the demo experiment is not at " + dir + "; run werk from its checkout or give --data DIR");
        }
        Path reportDir = report != null ? report : home().resolve("target").resolve("demo-report");
        if (report == null) {
            Files.createDirectories(reportDir.toAbsolutePath().getParent());
        }
        ReportFolder.check(reportDir);
        PrintWriter out = spec.commandLine().getOut();
        out.println("werk demo: six Earnings-21 calls (CC BY-SA 4.0, Rev.com; see " + DEMO + "/NOTICE.md),");
        out.println("amazon as the baseline against google, three calls in-sample and three out-of-sample.");
        out.println();
        Comparison c = Experiment.compare(ManifestReader.read(manifest), CompareOptions.defaults(), SCORING,
                dev.werk.core.Scorer.Progress.NONE, Workers.pool());
        CompareText.write(c, out);
        out.println();
        out.println("The same as JSON: ./werk compare --manifest " + DEMO + "/manifest.csv --normalize sclite --terms " + DEMO
                + "/terms.txt -o json");
        Path termList = dir.resolve("terms.txt");
        ExperimentTerms terms = Files.isRegularFile(termList)
                ? ExperimentTerms.score(c, TermListReader.read(termList).compile(SCORING.normalizer())) : null;
        byte[] bytes = ReportCommand.json(c, terms);
        ReportFolder.write(reportDir, Report.render(bytes, Report.Options.defaults()));
        out.println();
        out.println("The report (open it in a browser; ./werk report --experiment " + DEMO + "/manifest.csv --normalize sclite "
                + "--terms " + DEMO + "/terms.txt --out DIR writes it):");
        out.println(reportDir.resolve(Report.INDEX).toAbsolutePath().normalize());
        out.flush();
        return ExitCodes.OK;
    }

    /** The werk checkout: -Dwerk.home (set by ./werk), else the working directory. */
    static Path home() {
        String h = System.getProperty("werk.home");
        return Path.of(h != null ? h : ".");
    }
}
