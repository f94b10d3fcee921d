package dev.werk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Options written in code instead of annotations. picocli reads annotations by reflection, and the
 * first annotation it reads costs a JVM about 50 ms (annotation proxy classes are generated at run
 * time); {@code werk score} and the option groups every scoring command shares are therefore built
 * here, so {@code score} reads no annotation at all. Commands that keep annotations add the coded
 * groups with {@link #insertBefore} (see {@link Grouped}).
 */
final class CodedOptions {
    private CodedOptions() {
    }

    /** An annotated command that also has coded option groups; {@link WerkCommand} adds them after building its model. */
    interface Grouped {
        /** Adds the coded groups to this command's model (with {@link #insertBefore}). */
        void addGroups(CommandSpec spec);
    }

    /** A getter and setter pair over a field, for {@link OptionSpec.Builder#getter} and {@code setter}. */
    static final class Binding<T> implements IGetter, ISetter {
        private final Supplier<T> get;
        private final Consumer<T> set;

        Binding(Supplier<T> get, Consumer<T> set) {
            this.get = get;
            this.set = set;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V get() {
            return (V) get.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V set(V value) {
            V old = (V) get.get();
            set.accept((T) value);
            return old;
        }
    }

    /** An option bound to a field through {@code get} and {@code set}. */
    static <T> OptionSpec.Builder option(Class<T> type, Supplier<T> get, Consumer<T> set, String... names) {
        Binding<T> b = new Binding<>(get, set);
        // The field's value now is what picocli restores before it parses, as it does for an annotated field.
        return OptionSpec.builder(names).type(type).getter(b).setter(b).initialValue(get.get()).hasInitialValue(true);
    }

    /** A flag (no value) bound to a boolean field. */
    static OptionSpec.Builder flag(Supplier<Boolean> get, Consumer<Boolean> set, String... names) {
        return option(boolean.class, get, set, names);
    }

    /** A repeatable option collecting strings into a list field (comma-split when {@code split}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static OptionSpec.Builder strings(Supplier<List<String>> get, Consumer<List<String>> set, boolean split, String... names) {
        Binding<List> b = new Binding<>((Supplier) get, (Consumer) set);
        OptionSpec.Builder o = OptionSpec.builder(names).type(List.class).auxiliaryTypes(String.class).getter(b).setter(b)
                .initialValue(get.get()).hasInitialValue(true);
        return split ? o.splitRegex(",") : o;
    }

    /** What {@code @Command(mixinStandardHelpOptions = true)} adds, without its reflection. */
    static void addStandardHelp(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").type(boolean.class).usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").type(boolean.class).versionHelp(true)
                .description("Print version information and exit.").build());
    }

    /**
     * Adds a coded group to an annotated command's model where its {@code @Mixin} field used to
     * be: before the option named {@code next} (null: after every option but the help options),
     * so {@code --help} lists the options in the order they are declared.
     */
    static void insertBefore(CommandSpec spec, String next, Consumer<CommandSpec> group) {
        List<OptionSpec> moved = new ArrayList<>();
        boolean found = false;
        for (OptionSpec o : spec.options()) {
            found |= next != null && o.longestName().equals(next);
            if (found || o.usageHelp() || o.versionHelp()) {
                moved.add(o);
            }
        }
        if (next != null && !found) {
            throw new IllegalArgumentException("no option " + next + " in " + spec.name());
        }
        for (ArgSpec o : moved) {
            spec.remove(o);
        }
        group.accept(spec);
        for (OptionSpec o : moved) {
            spec.addOption(o);
        }
    }
}
