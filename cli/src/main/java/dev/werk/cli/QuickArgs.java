package dev.werk.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a coded command's arguments without picocli, when they are plain: picocli's own start-up
 * (its classes' initialisation, the model, the parse) costs a {@code werk score} run about 50 ms,
 * a third of scoring a 20,000-word pair. It reads the same {@link CodedOptions.Opt} declarations
 * picocli's model is built from, and accepts only what picocli reads one way and without a
 * message:
 * <ul>
 *   <li>{@code --name value}, {@code --name=value}, {@code -o value} and flags alone, each name
 *       exactly as declared (no abbreviations, no clustered short options, no {@code --flag=true});</li>
 *   <li>a value that does not start with {@code -} (but {@code -} itself, standard input) or
 *       {@code @}, is not empty, and converts (a path, a string, an enum constant by name, its case
 *       ignored as picocli is told to); a comma-split value with no quote and no empty part;</li>
 *   <li>each single-valued option and flag at most once, every required option present.</li>
 * </ul>
 * Anything else ({@code --help}, {@code @file} arguments, {@code --}, an unknown or repeated option,
 * a missing value) is left to picocli: {@link #apply} then returns false having set nothing, and
 * the caller builds picocli's model as before, so every message and help text is picocli's.
 * {@code QuickArgsTest} checks on seeded random command lines that whatever this accepts, picocli
 * parses to the same values.
 */
final class QuickArgs {
    private QuickArgs() {
    }

    /** A value that did not convert (a conversion may yield null for nothing else). */
    private static final Object REFUSED = new Object();

    /**
     * Sets every option of {@code options} from {@code args[from..]} as picocli would (values given,
     * else the declared default, else the field's value is kept) and returns true; returns false,
     * having set nothing, when the arguments are not plain (see the class comment).
     */
    static boolean apply(List<CodedOptions.Opt> options, String[] args, int from) {
        Map<CodedOptions.Opt, List<Object>> given = new IdentityHashMap<>();
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
            if (eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            CodedOptions.Opt o = find(options, arg);
            if (o == null) {
                return false;
            }
            List<Object> values = given.get(o);
            if (values == null) {
                values = new ArrayList<>();
                given.put(o, values);
            }
            if (o.kind != CodedOptions.Opt.Kind.LIST && !values.isEmpty()) {
                return false;
            }
            if (o.kind == CodedOptions.Opt.Kind.FLAG) {
                if (value != null) {
                    return false;
                }
                values.add(Boolean.TRUE);
                continue;
            }
            if (value == null) {
                if (i + 1 == args.length) {
                    return false;
                }
                value = args[++i];
            }
            if (!plainValue(value)) {
                return false;
            }
            if (o.kind == CodedOptions.Opt.Kind.LIST) {
                if (!addParts(o, value, values)) {
                    return false;
                }
                continue;
            }
            Object v = convert(o.type, value);
            if (v == REFUSED) {
                return false;
            }
            values.add(v);
        }
        Map<CodedOptions.Opt, Object> defaults = new IdentityHashMap<>();
        for (CodedOptions.Opt o : options) {
            if (given.containsKey(o)) {
                continue;
            }
            if (o.required) {
                return false;
            }
            if (o.defaultValue != null) {
                Object v = o.kind == CodedOptions.Opt.Kind.VALUE ? convert(o.type, o.defaultValue) : REFUSED;
                if (v == REFUSED) {
                    return false;
                }
                defaults.put(o, v);
            }
        }
        // Nothing refused: only now is anything set.
        for (CodedOptions.Opt o : options) {
            List<Object> values = given.get(o);
            if (values != null) {
                o.binding.set(o.kind == CodedOptions.Opt.Kind.LIST ? new ArrayList<>(values) : values.get(0));
            } else if (defaults.containsKey(o)) {
                o.binding.set(defaults.get(o));
            }
        }
        return true;
    }

    private static CodedOptions.Opt find(List<CodedOptions.Opt> options, String name) {
        for (CodedOptions.Opt o : options) {
            if (o.named(name)) {
                return o;
            }
        }
        return null;
    }

    /** Not empty, not an option-like word (but {@code -}), not an {@code @file} picocli would expand. */
    private static boolean plainValue(String value) {
        if (value.isEmpty() || value.charAt(0) == '@') {
            return false;
        }
        return value.charAt(0) != '-' || value.equals("-");
    }

    /** A list option's value, split at commas when declared so; false for quotes or an empty part. */
    private static boolean addParts(CodedOptions.Opt o, String value, List<Object> values) {
        if (!o.split) {
            values.add(value);
            return true;
        }
        if (value.indexOf('"') >= 0 || value.indexOf('\'') >= 0) {
            return false;
        }
        int start = 0;
        while (true) {
            int comma = value.indexOf(',', start);
            String part = comma < 0 ? value.substring(start) : value.substring(start, comma);
            if (part.isEmpty()) {
                return false;
            }
            values.add(part);
            if (comma < 0) {
                return true;
            }
            start = comma + 1;
        }
    }

    /** The value as picocli's converter for {@code type} gives it, or {@link #REFUSED}. */
    private static Object convert(Class<?> type, String value) {
        if (type == String.class) {
            return value;
        }
        if (type == Path.class) {
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                return REFUSED;
            }
        }
        if (type.isEnum()) {
            Object match = REFUSED;
            for (Object c : type.getEnumConstants()) {
                String name = ((Enum<?>) c).name();
                if (name.equals(value)) {
                    return c;
                }
                if (name.equalsIgnoreCase(value)) {
                    if (match != REFUSED) {
                        return REFUSED;
                    }
                    match = c;
                }
            }
            return match;
        }
        return REFUSED;
    }
}
