package dev.werk.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The top-level command, {@code werk}. Its model is written out here rather than read from
 * annotations, and of its subcommands only the one that runs gets a model (see
 * {@link #commandLine(String[])}): picocli builds a model by reflection over a class's
 * annotations, and doing that for every command was most of werk's start-up.
 */
final class WerkCommand implements Runnable {
    /**
     * Every subcommand, in the order {@code werk --help} lists them. To add a command: its name here
     * and a case in {@link #create(String)} (the name must equal its {@code @Command(name)}); the
     * class keeps its annotations as usual, or, like {@code score}, writes its model in code (see
     * {@link CodedOptions}). A command that reads the other commands' models (like
     * picocli's {@code HelpCommand}, which prints another command's usage) goes into
     * {@link #NEEDS_ALL} as well.
     */
    static final List<String> NAMES = List.of("score", "align", "terms", "vocab", "normalize", "compare", "report", "demo", "help");

    /** Commands that read their siblings' models: when one of these runs, every command is built. */
    static final List<String> NEEDS_ALL = List.of("help");

    private final CommandSpec spec;

    private WerkCommand() {
        spec = CommandSpec.wrapWithoutInspection(this);
    }

    /** The command line of the command called {@code name}; null for a name werk does not know. */
    static CommandLine create(String name) {
        return switch (name) {
            case "score" -> new CommandLine(new ScoreCommand().model());
            case "align" -> annotated(new AlignCommand());
            case "terms" -> annotated(new TermsCommand());
            case "vocab" -> annotated(new VocabCommand());
            case "normalize" -> annotated(new NormalizeCommand());
            case "compare" -> annotated(new CompareCommand());
            case "report" -> annotated(new ReportCommand());
            case "demo" -> annotated(new DemoCommand());
            case "help" -> annotated(new CommandLine.HelpCommand());
            default -> null;
        };
    }

    /** A command whose model picocli reads from its annotations, with its coded option groups added. */
    static CommandLine annotated(Object command) {
        CommandLine cl = new CommandLine(command);
        if (command instanceof CodedOptions.Grouped g) {
            g.addGroups(cl.getCommandSpec());
        }
        return cl;
    }

    /**
     * The command line for {@code args}: when {@code args[0]} names a command, only that command
     * is registered (and its model built); for {@code --version} or {@code -V} alone, none; otherwise
     * ({@code --help}, no command, a misspelt one) all are, so the usage lists every command with
     * its description and picocli's messages are those it gives with all of them.
     */
    static CommandLine commandLine(String[] args) {
        CommandSpec spec = new WerkCommand().spec;
        spec.name("werk").versionProvider(new Version());
        CodedOptions.addStandardHelp(spec);
        Map<String, String> exitCodes = new LinkedHashMap<>();
        exitCodes.put("0", "done");
        exitCodes.put("1", "internal error (a bug in werk)");
        exitCodes.put("2", "usage error (also: --out is an input)");
        exitCodes.put("3", "bad input data");
        exitCodes.put("4", "a CI gate failed (werk compare --fail-if-worse, --max-wer, --require-significant)");
        exitCodes.put("5", "an output could not be written (disk full, folder gone)");
        spec.usageMessage().description("Word error rate and everything an ASR engineer needs around it.")
                .exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
        CommandLine cl = new CommandLine(spec);
        String first = args.length > 0 ? args[0] : "";
        CommandLine only = NEEDS_ALL.contains(first) ? null : create(first);
        if (only != null) {
            cl.addSubcommand(first, only);
        } else if (!isVersionRequest(args)) {
            for (String name : NAMES) {
                cl.addSubcommand(name, create(name));
            }
        }
        return cl;
    }

    /** {@code werk -V} / {@code werk --version}: nothing but the version is printed, so no command is needed. */
    private static boolean isVersionRequest(String[] args) {
        return args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"));
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: choose one of " + String.join(", ", NAMES));
    }
}
