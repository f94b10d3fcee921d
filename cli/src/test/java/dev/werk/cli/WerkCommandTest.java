package dev.werk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The lazily registered command line against the oracle it replaces: the same top-level command
 * declared with annotations and every subcommand registered up front, in {@link WerkCommand#NAMES}
 * order (each built as werk builds it: {@code score} from code, the others from annotations).
 */
class WerkCommandTest {
    /** werk's top level as it was declared before the lazy registration (the oracle). */
    @Command(name = "werk", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Word error rate and everything an ASR engineer needs around it.",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:done", "1:internal error (a bug in werk)", "2:usage error (also: --out is an input)", "3:bad input data",
                "4:a CI gate failed (werk compare --fail-if-worse, --max-wer, --require-significant)",
                "5:an output could not be written (disk full, folder gone)"})
    static final class Eager implements Runnable {
        @Override
        public void run() {
        }
    }

    /** The oracle: the annotated top level with every command registered up front. */
    private static CommandLine eager() {
        CommandLine cl = new CommandLine(new Eager());
        for (String name : WerkCommand.NAMES) {
            cl.addSubcommand(name, WerkCommand.create(name));
        }
        return cl;
    }

    private static String[] run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void helpVersionAndEachCommandsHelpAreWhatTheEagerModelPrints() {
        List<List<String>> cases = List.of(List.of("--help"), List.of("-h"), List.of("--version"), List.of("-V"),
                List.of("score", "--help"), List.of("align", "--help"), List.of("normalize", "--help"),
                List.of("demo", "--help"), List.of("terms", "--help"), List.of("vocab", "--help"), List.of("compare", "--help"),
                List.of("report", "--help"), List.of("help"), List.of("help", "score"), List.of("score", "-V"), List.of("-h", "score"));
        for (List<String> c : cases) {
            String[] args = c.toArray(new String[0]);
            String[] lazy = run(WerkCommand.commandLine(args), args);
            String[] eager = run(eager(), args);
            assertEquals(List.of(eager), List.of(lazy), "werk " + String.join(" ", c));
        }
    }

    @Test
    void theVersionShortcutPrintsWhatPicocliPrints() {
        for (String flag : List.of("--version", "-V")) {
            String[] eager = run(eager(), flag);
            Cli.Result shortcut = Cli.run(flag);
            assertEquals(List.of(eager[0], eager[1], eager[2]),
                    List.of(String.valueOf(shortcut.code()), shortcut.out(), shortcut.err()), "werk " + flag);
        }
    }

    @Test
    void theUsageListsEveryCommandInRegistryOrder() {
        String usage = run(WerkCommand.commandLine(new String[] {"--help"}), "--help")[1];
        int at = usage.indexOf("Commands:");
        assertTrue(at > 0, usage);
        for (String name : WerkCommand.NAMES) {
            int k = usage.indexOf("\n  " + name + " ", at);
            assertTrue(k > at, name + " missing from\n" + usage);
            at = k;
        }
    }

    @Test
    void onlyTheInvokedCommandIsBuilt() {
        for (String name : WerkCommand.NAMES) {
            CommandLine cl = WerkCommand.commandLine(new String[] {name, "--some-option"});
            assertEquals(WerkCommand.NEEDS_ALL.contains(name) ? Set.copyOf(WerkCommand.NAMES) : Set.of(name),
                    cl.getSubcommands().keySet());
            // The registry's name is the one the command's own annotation declares.
            assertEquals(name, cl.getSubcommands().get(name).getCommandSpec().name());
        }
        assertEquals(Set.of(), WerkCommand.commandLine(new String[] {"--version"}).getSubcommands().keySet());
        assertEquals(Set.copyOf(WerkCommand.NAMES), WerkCommand.commandLine(new String[] {"--help"}).getSubcommands().keySet());
        assertEquals(Set.copyOf(WerkCommand.NAMES), WerkCommand.commandLine(new String[0]).getSubcommands().keySet());
        assertEquals(Set.copyOf(WerkCommand.NAMES), WerkCommand.commandLine(new String[] {"scor"}).getSubcommands().keySet());
    }

    @Test
    void anUnknownCommandAndNoCommandAreUsageErrorsNamingEveryCommand() {
        Cli.Result none = Cli.expect(ExitCodes.USAGE);
        Cli.assertUsageError(none, "werk");
        assertEquals("werk: missing command: choose one of " + String.join(", ", WerkCommand.NAMES), none.errLines().get(0));
        Cli.assertUsageError(Cli.expect(ExitCodes.USAGE, "scor"), "werk");
    }
}
