package dev.werk.core.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The input of the paired bootstrap: for each resampling unit (an item, an utterance or a block)
 * its reference words and each system's errors against that same reference, and the set (group)
 * the unit belongs to. Immutable once built; units keep the order in which they were first added.
 */
public final class PairedCounts {
    private final List<String> systems;
    private final List<String> groups;
    private final String[] names;
    private final int[] group;
    private final long[] words;
    private final long[][] errors; // [system][cell]

    private PairedCounts(List<String> systems, List<String> groups, String[] names, int[] group, long[] words, long[][] errors) {
        this.systems = systems;
        this.groups = groups;
        this.names = names;
        this.group = group;
        this.words = words;
        this.errors = errors;
    }

    /** A builder for these systems (the order of every errors array) and groups (sets). */
    public static Builder builder(List<String> systems, List<String> groups) {
        return new Builder(List.copyOf(systems), List.copyOf(groups));
    }

    /** Accumulates units; a unit added twice within one group is summed. */
    public static final class Builder {
        private final List<String> systems;
        private final List<String> groups;
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> names = new ArrayList<>();
        private final List<Integer> group = new ArrayList<>();
        private final List<long[]> counts = new ArrayList<>(); // words, then errors per system

        private Builder(List<String> systems, List<String> groups) {
            this.systems = systems;
            this.groups = groups;
        }

        /** Adds a unit's reference words and one error count per system (in {@link #systems} order). */
        public Builder add(String unit, String groupName, long referenceWords, long... errorsPerSystem) {
            int g = groups.indexOf(groupName);
            if (g < 0) {
                throw new IllegalArgumentException("unknown group " + groupName + " (groups: " + groups + ")");
            }
            if (errorsPerSystem.length != systems.size()) {
                throw new IllegalArgumentException(errorsPerSystem.length + " error counts for " + systems.size() + " systems");
            }
            String key = g + "\u0000" + unit;
            Integer at = index.get(key);
            long[] c;
            if (at == null) {
                index.put(key, names.size());
                names.add(unit);
                group.add(g);
                c = new long[systems.size() + 1];
                counts.add(c);
            } else {
                c = counts.get(at);
            }
            c[0] += referenceWords;
            for (int s = 0; s < errorsPerSystem.length; s++) {
                c[s + 1] += errorsPerSystem[s];
            }
            return this;
        }

        public PairedCounts build() {
            int n = names.size();
            int[] g = new int[n];
            long[] w = new long[n];
            long[][] e = new long[systems.size()][n];
            for (int i = 0; i < n; i++) {
                g[i] = group.get(i);
                long[] c = counts.get(i);
                w[i] = c[0];
                for (int s = 0; s < systems.size(); s++) {
                    e[s][i] = c[s + 1];
                }
            }
            return new PairedCounts(systems, groups, names.toArray(new String[0]), g, w, e);
        }
    }

    public List<String> systems() {
        return systems;
    }

    public List<String> groups() {
        return groups;
    }

    /** Number of (unit, group) cells. */
    public int size() {
        return names.length;
    }

    public String unit(int i) {
        return names[i];
    }

    public int group(int i) {
        return group[i];
    }

    public long referenceWords(int i) {
        return words[i];
    }

    public long errors(int system, int i) {
        return errors[system][i];
    }

    /** The cells of one group (or all of them for {@code groups().size()}), in order. */
    int[] cellsOf(int g) {
        int[] out = new int[names.length];
        int k = 0;
        for (int i = 0; i < names.length; i++) {
            if (g == groups.size() || group[i] == g) {
                out[k++] = i;
            }
        }
        return Arrays.copyOf(out, k);
    }

    String[] names() {
        return names;
    }

    int[] groupArray() {
        return group;
    }

    long[] wordsArray() {
        return words;
    }

    long[] errorsArray(int system) {
        return errors[system];
    }
}
