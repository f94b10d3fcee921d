package dev.werk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@link QuickArgs} against its oracle, picocli parsing the same arguments into werk's own score
 * model (built as {@link Main} builds it): whatever the quick parser accepts, picocli must accept
 * without a help request and bind to the same values; and a whole run must print the same with
 * and without the quick path.
 */
class QuickArgsTest {
    private static final String[] NAMES = {"--ref", "--hyp", "--ref-format", "--hyp-format", "--ignore-id-case", "--whole-file",
        "--recursive", "--allow-negative-duration", "--cost", "--unit", "--no-markup", "-D", "--optional-deletable", "-F",
        "--fragments", "--normalize", "--whisper-off", "--lowercase", "--remove-punctuation", "--expand-contractions",
        "--remove-nonwords", "--remove-words", "--split-hyphens", "--step", "--rules", "--fstalign", "--ref-norm", "--ref-tags",
        "--synonyms", "--derive-synonyms", "--disable-cutoffs", "--disable-hyphen-ignore", "--entity-insertions",
        "--no-entity-insertions", "--use-case", "--use-punctuation", "--record-case-stats", "--speaker-wer",
        "--speaker-switch-context", "--composition", "--per-utterance", "-o", "--output-format",
        "--out",
        // picocli's business only
        "-h", "--help", "-V", "--version", "--bogus", "--ref-f", "-DF", "--", "@args.txt", "-o=json", "score"};
    private static final String[] VALUES = {"a.txt", "dir/b.trn", "-", "json", "JSON", "Csv", "text", "xml", "", "-x", "@f",
        "amazon=dir", "uh,um", "uh,,um", "uh,", "a'b,c", "none", "jiwer", "sclite", "levenshtein", "char", "--hyp", "x=y=z",
        "adapted", "lowercase", "brackets,fillers", "bad\0path", "3"};

    private static String pick(Random rnd, String[] from) {
        return from[rnd.nextInt(from.length)];
    }

    /** A random score command line: often with --ref and --hyp, then a few options in either form, some of them wrong. */
    private static String[] randomArgs(Random rnd) {
        List<String> a = new ArrayList<>();
        a.add("score");
        if (rnd.nextInt(10) < 8) {
            a.add("--ref");
            a.add(rnd.nextInt(6) == 0 ? pick(rnd, VALUES) : "r.txt");
        }
        if (rnd.nextInt(10) < 8) {
            a.add(rnd.nextBoolean() ? "--hyp" : "--hyp=" + (rnd.nextBoolean() ? "h.txt" : pick(rnd, VALUES)));
            if (a.get(a.size() - 1).equals("--hyp")) {
                a.add(rnd.nextInt(6) == 0 ? pick(rnd, VALUES) : "h.txt");
            }
        }
        int extra = rnd.nextInt(5);
        for (int k = 0; k < extra; k++) {
            String name = pick(rnd, NAMES);
            switch (rnd.nextInt(4)) {
                case 0 -> a.add(name);
                case 1 -> a.add(name + "=" + pick(rnd, VALUES));
                default -> {
                    a.add(name);
                    a.add(pick(rnd, VALUES));
                }
            }
        }
        if (rnd.nextInt(8) == 0) {
            a.add(1 + rnd.nextInt(a.size()), pick(rnd, VALUES));
        }
        return a.toArray(new String[0]);
    }

    /** The values every option of {@code c} holds, in declaration order. */
    private static List<Object> state(ScoreCommand c) {
        List<Object> values = new ArrayList<>();
        for (CodedOptions.Opt o : c.options()) {
            values.add(o.binding.get());
        }
        return values;
    }

    @Test
    void whateverTheQuickParserAcceptsPicocliParsesToTheSameValues() {
        Random rnd = new Random(20261201L);
        int accepted = 0;
        int fellBack = 0;
        for (int t = 0; t < 4000; t++) {
            String[] args = randomArgs(rnd);
            ScoreCommand quick = new ScoreCommand();
            boolean quickOk = QuickArgs.apply(quick.options(), args, 1);

            PrintWriter sink = new PrintWriter(new StringWriter());
            CommandLine cl = Main.commandLine(args, sink, sink);
            ScoreCommand parsed = cl.getSubcommands().get("score").getCommand();
            boolean picocliOk;
            try {
                CommandLine.ParseResult r = cl.parseArgs(args);
                picocliOk = !r.subcommand().isUsageHelpRequested() && !r.subcommand().isVersionHelpRequested();
            } catch (CommandLine.ParameterException e) {
                picocliOk = false;
            }
            String shown = Arrays.toString(args);
            if (quickOk) {
                accepted++;
                assertTrue(picocliOk, () -> "quick accepted what picocli refuses or treats as help: " + shown);
                assertEquals(state(parsed), state(quick), () -> "values differ for " + shown);
            } else {
                assertEquals(new ScoreCommand().options().stream().map(o -> o.binding.get()).toList(), state(quick),
                        () -> "a refused command line changed the command: " + shown);
                if (picocliOk) {
                    fellBack++;
                }
            }
        }
        // The generator must reach both sides of the rule, or the test shows nothing.
        assertTrue(accepted > 400, "only " + accepted + " command lines were accepted");
        assertTrue(fellBack > 50, "only " + fellBack + " picocli-valid command lines fell back");
    }

    @Test
    void aRefusedCommandLineSetsNothing() {
        ScoreCommand c = new ScoreCommand();
        List<Object> before = state(c);
        assertFalse(QuickArgs.apply(c.options(), new String[] {"score", "--ref", "r.txt", "--cost", "sclite", "--hyp"}, 1));
        assertEquals(before, state(c));
        assertFalse(QuickArgs.apply(c.options(), new String[] {"score", "--ref", "r.txt", "--hyp", "h.txt", "-o", "XML"}, 1));
        assertEquals(before, state(c));
    }

    private static Cli.Result run(boolean quick, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = Main.run(args, o, e, quick);
        }
        return new Cli.Result(code, out.toString(), err.toString());
    }

    @Test
    void aRunPrintsTheSameWithAndWithoutTheQuickPath(@TempDir Path tmp) throws Exception {
        String ref = Cli.fixture("ref.txt");
        String hyp = Cli.fixture("hyp.txt");
        String refTrn = Cli.fixture("ref.trn");
        String hypTrn = Cli.fixture("hyp.trn");
        Path bad = Files.writeString(tmp.resolve("bad.trn"), "a b c (u1)\nno id here\n");
        Path out = tmp.resolve("out.json");
        List<String[]> cases = List.of(
                new String[] {"score", "--ref", ref, "--hyp", hyp},
                new String[] {"score", "--ref", ref, "--hyp", hyp, "-o", "json", "--per-utterance"},
                new String[] {"score", "--ref=" + ref, "--hyp=" + hyp, "--output-format=CSV"},
                new String[] {"score", "--ref", refTrn, "--hyp", hypTrn, "--cost", "sclite", "-D", "--normalize", "sclite"},
                new String[] {"score", "--ref", ref, "--hyp", "base=" + hyp, "--hyp", "custom=" + ref, "-o", "json"},
                new String[] {"score", "--ref", ref, "--hyp", hyp, "--normalize", "jiwer", "--remove-words", "uh,um", "--step", "lowercase"},
                new String[] {"score", "--ref", ref, "--hyp", hyp, "--cost", "bogus"},
                new String[] {"score", "--ref", ref, "--hyp", hyp, "-D", "--no-markup"},
                new String[] {"score", "--ref", ref, "--hyp", tmp.resolve("missing.txt").toString()},
                new String[] {"score", "--ref", bad.toString(), "--hyp", hypTrn},
                new String[] {"score", "--ref", ref, "--hyp", hyp, "--out", ref},
                new String[] {"score", "--ref", ref, "--hyp", hyp, "--out", out.toString(), "-o", "json"});
        for (String[] args : cases) {
            assertTrue(QuickArgs.apply(new ScoreCommand().options(), args, 1), () -> "not quick: " + Arrays.toString(args));
            Files.deleteIfExists(out);
            Cli.Result picocli = run(false, args);
            String picocliFile = Files.exists(out) ? Files.readString(out) : null;
            Files.deleteIfExists(out);
            Cli.Result quick = run(true, args);
            String quickFile = Files.exists(out) ? Files.readString(out) : null;
            assertEquals(picocli.toString(), quick.toString(), () -> "differs for " + Arrays.toString(args));
            assertTrue(Objects.equals(picocliFile, quickFile), () -> "--out differs for " + Arrays.toString(args));
        }
    }
}
