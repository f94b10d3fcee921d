package dev.werk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.werk.core.experiment.Comparison;
import dev.werk.core.io.WerkDataException;
import dev.werk.reports.CompareJson;
import dev.werk.reports.html.Report;
import dev.werk.reports.html.ReportData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code werk report}: the report folder (a self-contained {@code index.html}, PNG charts,
 * {@code summary.csv}, {@code terms.csv}, {@code results.json}) of an experiment compared in-process
 * with every option of {@code werk compare}, or of a saved {@code werk compare -o json} result.
 * Both paths render the same thing: the compare result as its JSON contract.
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a report folder: index.html (one self-contained page: summary, change per set, WER per item, "
                + "terms, confusion pairs, alignments), PNG charts, summary.csv, terms.csv and results.json.",
            "With --experiment every option of werk compare applies (--baseline, --terms, --normalize, --cost, --resamples, "
                + "--seed, --ci, --resample-by, the gates ...; see werk compare --help)."})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"--experiment", "--manifest"}, paramLabel = "MANIFEST",
            description = "The experiment's manifest CSV (as werk compare --manifest, which is accepted too).")
    Path experiment;

    @Option(names = "--results", paramLabel = "FILE", description = "A saved werk compare -o json result to render instead.")
    Path results;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The report folder; written whole or not at all (an earlier report there is replaced).")
    Path out;

    @Option(names = "--chart-size", paramLabel = "WxH", defaultValue = "1200x700", description = "PNG chart size in pixels (default 1200x700).")
    String chartSize;

    @Unmatched
    List<String> compareArgs = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Report.Options options = chartOptions();
        ReportFolder.check(out);
        if (results != null) {
            if (experiment != null || !compareArgs.isEmpty()) {
                throw new UsageException("--results renders a saved comparison; it takes no --experiment and no werk compare "
                        + "options (got " + (experiment != null ? "--experiment" : String.join(" ", compareArgs)) + ")");
            }
            if (!Files.isRegularFile(results)) {
                throw new UsageException("--results " + results + ": no such file");
            }
            byte[] bytes = Files.readAllBytes(results);
            write(read(results, bytes), bytes, options);
            return ExitCodes.OK;
        }
        CompareCommand compare = compareCommand();
        Comparison c = compare.comparison();
        byte[] bytes = json(c, compare.terms(c));
        write(ReportData.parse(bytes), bytes, options);
        return compare.gates(c, spec.commandLine().getErr());
    }

    private void write(ReportData parsed, byte[] bytes, Report.Options options) throws IOException {
        Map<String, byte[]> files = Report.render(parsed, bytes, options);
        ReportFolder.write(out, files);
        PrintWriter o = spec.commandLine().getOut();
        o.println(out.resolve(Report.INDEX));
        o.flush();
    }

    /** The comparison as its JSON contract, alignments included, in UTF-8: what results.json holds. */
    static byte[] json(Comparison c, dev.werk.core.experiment.ExperimentTerms terms) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 20);
        try (java.io.Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16)) {
            CompareJson.write(c, terms, w, true, Instant.now());
        }
        return bytes.toByteArray();
    }

    /** werk compare, parsed from --experiment and the options werk report does not know itself. */
    private CompareCommand compareCommand() {
        for (String a : compareArgs) {
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (List.of("-o", "--output-format", "--no-alignments").contains(name)) {
                throw new UsageException(name + " is not an option of werk report (it writes every format, alignments included)");
            }
        }
        if (experiment == null && !compareArgs.contains("--ref") && compareArgs.stream().noneMatch(a -> a.startsWith("--ref="))) {
            throw new UsageException("give --experiment MANIFEST (or werk compare's --ref DIR --hyp NAME=DIR), or --results FILE");
        }
        List<String> args = new ArrayList<>();
        if (experiment != null) {
            args.add("--manifest");
            args.add(experiment.toString());
        }
        args.addAll(compareArgs);
        CompareCommand compare = new CompareCommand();
        CommandLine cl = WerkCommand.annotated(compare);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(spec.commandLine().getOut());
        cl.setErr(spec.commandLine().getErr());
        try {
            cl.parseArgs(args.toArray(new String[0]));
        } catch (CommandLine.ParameterException e) {
            throw new UsageException(e.getMessage());
        }
        return compare;
    }

    private Report.Options chartOptions() {
        String[] wh = chartSize.toLowerCase(java.util.Locale.ROOT).split("x", -1);
        try {
            int w = Integer.parseInt(wh[0].strip());
            int h = Integer.parseInt(wh[1].strip());
            if (wh.length == 2 && w >= 200 && h >= 150 && w <= 8000 && h <= 8000) {
                return new Report.Options(w, h);
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        throw new UsageException("--chart-size: expected WIDTHxHEIGHT between 200x150 and 8000x8000, got '" + chartSize + "'");
    }

    /** The saved result as a tree; not JSON, or not a compare result, is a data error naming the file. */
    static ReportData read(Path file, byte[] bytes) {
        ReportData parsed;
        try {
            parsed = ReportData.parse(bytes);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new WerkDataException(file, line, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new WerkDataException(file, 0, "cannot read: " + e.getMessage());
        }
        JsonNode tree = parsed.root();
        for (String field : new String[] {"baseline", "systems", "items", "sets"}) {
            if (!tree.has(field)) {
                throw new WerkDataException(file, 1, "not a werk compare -o json result: no '" + field + "' field");
            }
        }
        if (!tree.path("systems").isArray() || tree.path("systems").isEmpty() || !tree.path("sets").isArray()
                || !tree.path("items").isArray()) {
            throw new WerkDataException(file, 1, "not a werk compare -o json result: 'systems', 'items' and 'sets' must be arrays");
        }
        return parsed;
    }
}
