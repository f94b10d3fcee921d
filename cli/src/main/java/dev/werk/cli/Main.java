package dev.werk.cli;

import dev.werk.core.io.WerkDataException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** The {@code werk} entry point: the only place that calls {@link System#exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        StdoutWriter out = StdoutWriter.open();
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = run(args, out, err);
        } catch (OutOfMemoryError e) {
            out.flush();
            err.println("werk: out of memory; give the JVM more, e.g. WERK_JAVA_OPTS=-Xmx4g ./werk ...");
            code = ExitCodes.INTERNAL;
        }
        out.flush();
        System.exit(code);
    }

    /** {@code werk --version} or {@code werk -V} alone: nothing else is asked for. */
    private static boolean isVersionRequest(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /**
     * Prints the version as picocli's version help does (one line per entry), without loading
     * picocli at all: that is most of what is left of {@code --version}'s start-up.
     */
    private static int version(PrintWriter out) {
        for (String line : new Version().getVersion()) {
            out.println(line);
        }
        return ExitCodes.OK;
    }

    /** A failed write: one line and exit 5, except a reader that stopped early on purpose (EPIPE): quiet, exit 0. */
    private static int exitCode(OutputException e, PrintWriter err) {
        if (e.brokenPipe()) {
            return ExitCodes.OK;
        }
        err.println("werk: " + e.getMessage());
        return ExitCodes.OUTPUT;
    }

    /** Runs werk in-process with the given streams and returns the exit code (used by tests). */
    static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, true);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}; {@code quick} false always parses with picocli (tests compare the two). */
    static int run(String[] args, PrintWriter out, PrintWriter err, boolean quick) {
        Integer quickCode = quick ? quickScore(args, out, err) : null;
        int code = quickCode != null ? quickCode
                : isVersionRequest(args) ? version(out) : commandLine(args, out, err).execute(args);
        out.flush();
        // Whatever went to standard output outside OutputFile (help, version, demo) is checked here.
        OutputException failed = OutputFile.stdoutFailure(out);
        return failed != null && code == ExitCodes.OK ? exitCode(failed, err) : code;
    }

    /**
     * {@code werk score} with plain arguments, run without picocli ({@link QuickArgs}); null when
     * picocli must parse them (then it starts from a fresh command, as if this had not been tried).
     */
    private static Integer quickScore(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 0 || !args[0].equals("score")) {
            return null;
        }
        ScoreCommand score = new ScoreCommand();
        if (!QuickArgs.apply(score.options(), args, 1)) {
            return null;
        }
        try {
            return score.callWith(out, err);
        } catch (Exception e) {
            return ExceptionHandlers.handle(e, err, "werk score");
        }
    }

    static CommandLine commandLine(String[] argv, PrintWriter out, PrintWriter err) {
        CommandLine cl = WerkCommand.commandLine(argv);
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        ExceptionHandlers handlers = new ExceptionHandlers();
        cl.setExecutionExceptionHandler(handlers);
        cl.setParameterExceptionHandler(handlers);
        return cl;
    }

    /**
     * What werk answers to a command's exception and to a usage error. A class rather than two
     * lambdas: picocli's handler interfaces are Java 5 class files, which the class-data archive
     * cannot hold once a lambda links them at dump time (and every start then spins the lambdas anew).
     */
    private static final class ExceptionHandlers implements CommandLine.IExecutionExceptionHandler,
            CommandLine.IParameterExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            return handle(ex, commandLine.getErr(), commandLine.getCommandSpec().qualifiedName());
        }

        /** What werk answers to {@code ex} thrown by the command {@code command} (e.g. {@code werk score}). */
        static int handle(Exception ex, PrintWriter e, String command) {
            if (ex instanceof WerkDataException) {
                e.println("werk: " + ex.getMessage());
                return ExitCodes.DATA;
            }
            if (ex instanceof UsageException) {
                e.println("werk: " + ex.getMessage());
                e.println(tryHelp(command));
                return ExitCodes.USAGE;
            }
            if (ex instanceof OutputException o) {
                return exitCode(o, e);
            }
            if (ex instanceof java.nio.file.FileSystemException f) {
                e.println("werk: cannot read " + f.getFile() + ": " + (f.getReason() != null ? f.getReason() : f.getClass().getSimpleName()));
                return ExitCodes.USAGE;
            }
            if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
                e.println("werk: cannot read: " + ex.getMessage());
                return ExitCodes.USAGE;
            }
            e.println("werk: internal error (please report it with the command line): " + ex);
            ex.printStackTrace(e);
            return ExitCodes.INTERNAL;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("werk: " + ex.getMessage());
            e.println(tryHelp(ex.getCommandLine()));
            return ExitCodes.USAGE;
        }
    }

    /** "Try 'werk score --help' ...": the full command path, so the top level reads 'werk --help', not 'werk werk --help'. */
    static String tryHelp(CommandLine commandLine) {
        return tryHelp(commandLine.getCommandSpec().qualifiedName());
    }

    private static String tryHelp(String command) {
        return "Try '" + command + " --help' for the options.";
    }
}
