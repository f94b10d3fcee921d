package dev.werk.cli;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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

    /**
     * A field of an options object, read and set by reflection, as picocli binds an annotated
     * field (for {@link OptionSpec.Builder#getter} and {@code setter}, and for {@link QuickArgs}).
     * Not lambdas: linking the two lambdas of each of score's 43 options cost a run 15–20 ms.
     */
    static final class Binding implements IGetter, ISetter {
        private final Object owner;
        private final Field field;

        /** {@code owner}'s field {@code name}, which must be declared by its class with type {@code type}. */
        Binding(Object owner, String name, Class<?> type) {
            this.owner = owner;
            try {
                field = owner.getClass().getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(owner.getClass().getSimpleName() + " has no field " + name, e);
            }
            if (field.getType() != type) {
                throw new IllegalStateException(owner.getClass().getSimpleName() + "." + name + " is a " + field.getType().getName()
                        + ", not a " + type.getName());
            }
            field.setAccessible(true);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V get() {
            try {
                return (V) field.get(owner);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public <V> V set(V value) {
            V old = get();
            try {
                field.set(owner, value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            return old;
        }
    }

    /**
     * One coded option: everything picocli's model of it needs ({@link #toSpec}), held without
     * picocli, so {@link QuickArgs} can parse plain command lines from the same declaration.
     */
    static final class Opt {
        /** A flag (no value), an option with one value, or a repeatable option collecting strings. */
        enum Kind { FLAG, VALUE, LIST }

        private final String[] names;
        final Kind kind;
        final Class<?> type;
        /** For {@link Kind#LIST}: each value is split at commas. */
        final boolean split;
        final Binding binding;
        private final Object initial;
        boolean required;
        String defaultValue;
        private String paramLabel;
        private String description;
        private Iterable<String> candidates;

        private Opt(String[] names, Kind kind, Class<?> type, boolean split, Binding binding) {
            this.names = names.clone();
            this.kind = kind;
            this.type = type;
            this.split = split;
            this.binding = binding;
            this.initial = binding.get();
        }

        /** Whether {@code arg} is one of this option's names. */
        boolean named(String arg) {
            for (String n : names) {
                if (n.equals(arg)) {
                    return true;
                }
            }
            return false;
        }

        Opt required(boolean value) {
            required = value;
            return this;
        }

        Opt paramLabel(String value) {
            paramLabel = value;
            return this;
        }

        /** The value picocli converts and sets when the option is not given. */
        Opt defaultValue(String value) {
            defaultValue = value;
            return this;
        }

        Opt description(String value) {
            description = value;
            return this;
        }

        Opt completionCandidates(Iterable<String> value) {
            candidates = value;
            return this;
        }

        /** picocli's model of this option. */
        OptionSpec toSpec() {
            // The field's value now is what picocli restores before it parses, as it does for an annotated field.
            OptionSpec.Builder b = OptionSpec.builder(names).getter(binding).setter(binding)
                    .initialValue(initial).hasInitialValue(true).required(required);
            if (kind == Kind.LIST) {
                b.type(List.class).auxiliaryTypes(String.class);
                if (split) {
                    b.splitRegex(",");
                }
            } else {
                b.type(type);
            }
            if (paramLabel != null) {
                b.paramLabel(paramLabel);
            }
            if (defaultValue != null) {
                b.defaultValue(defaultValue);
            }
            if (description != null) {
                b.description(description);
            }
            if (candidates != null) {
                b.completionCandidates(candidates);
            }
            return b.build();
        }
    }

    /** An option with one value, bound to {@code owner}'s field {@code field} of type {@code type}. */
    static Opt option(Class<?> type, Object owner, String field, String... names) {
        return new Opt(names, Opt.Kind.VALUE, type, false, new Binding(owner, field, type));
    }

    /** A flag (no value) bound to {@code owner}'s boolean field {@code field}. */
    static Opt flag(Object owner, String field, String... names) {
        return new Opt(names, Opt.Kind.FLAG, boolean.class, false, new Binding(owner, field, boolean.class));
    }

    /** A repeatable option collecting strings into {@code owner}'s list field {@code field} (comma-split when {@code split}). */
    static Opt strings(Object owner, String field, boolean split, String... names) {
        return new Opt(names, Opt.Kind.LIST, String.class, split, new Binding(owner, field, List.class));
    }

    /** Adds {@code options} to picocli's model of a command, in order. */
    static void addAll(CommandSpec spec, List<Opt> options) {
        for (Opt o : options) {
            spec.addOption(o.toSpec());
        }
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
