package dev.werk.core.fstalign;

import dev.werk.core.io.TextDecoding;
import dev.werk.core.io.WerkDataException;
import dev.werk.core.markup.WordNetwork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * A hypothesis lattice, as fstalign takes one ({@code --hyp X.fst --symbols S.txt}): an OpenFst
 * binary {@code vector} acceptor whose labels are words of a symbol table in OpenFst's text format
 * ({@code word key} per line). Label 0 is epsilon. Kept trimmed: only arcs on some path from the
 * start state to a final state. Arc and final weights are not kept; werk scores the lattice by its
 * path nearest the reference (its oracle, {@link Fstalign#align(NlpReference, Normalizations,
 * EntityTypes, Lattice, FstalignSettings)}). Immutable.
 */
public final class Lattice {
    private final Path file;
    private final int states;
    private final int start;
    private final int[] from;
    private final int[] to;
    /** Each arc's word; null for epsilon. */
    private final String[] word;
    private final int[] finals;
    private final List<String> symbols;

    private Lattice(Path file, int states, int start, int[] from, int[] to, String[] word, int[] finals, List<String> symbols) {
        this.file = file;
        this.states = states;
        this.start = start;
        this.from = from;
        this.to = to;
        this.word = word;
        this.finals = finals;
        this.symbols = symbols;
    }

    /**
     * Reads lattice {@code fst} with the symbol table {@code symbols}.
     *
     * @throws WerkDataException for a file that is not an OpenFst vector FST (naming the byte), a
     *                           symbol table line that does not parse (naming the line), a label the
     *                           table lacks, an arc whose input and output labels differ, a cycle, or
     *                           no path from the start to a final state
     */
    public static Lattice read(Path fst, Path symbols) throws IOException {
        Map<Long, String> table = symbolTable(symbols, TextDecoding.utf8(Files.readAllBytes(symbols), symbols));
        OpenFstFile.Raw raw = OpenFstFile.read(fst, Files.readAllBytes(fst));
        String[] words = new String[raw.from().length];
        for (int k = 0; k < words.length; k++) {
            int il = raw.ilabel()[k];
            if (il != raw.olabel()[k]) {
                throw new WerkDataException(fst, 0, "state " + raw.from()[k] + ": an arc with input label " + il
                        + " and output label " + raw.olabel()[k] + "; werk reads lattices as acceptors (one label per arc)");
            }
            if (il != 0) {
                words[k] = table.get((long) il);
                if (words[k] == null) {
                    throw new WerkDataException(fst, 0, "state " + raw.from()[k] + ": label " + il + " is not in the symbol table "
                            + symbols);
                }
            }
        }
        return trimmed(fst, raw, words, List.copyOf(table.values()));
    }

    /**
     * Parses a symbol table in OpenFst's text format ({@code SymbolTable::ReadText}): per line a
     * symbol and a non-negative key separated by spaces or tabs; blank lines are skipped.
     */
    static Map<Long, String> symbolTable(Path file, String text) {
        Map<Long, String> table = new TreeMap<>();
        Map<Long, Integer> lineOf = new HashMap<>();
        List<String> lines = NlpReference.lines(text);
        for (int n = 0; n < lines.size(); n++) {
            String[] col = lines.get(n).strip().split("[ \t]+");
            if (col.length == 1 && col[0].isEmpty()) {
                continue;
            }
            if (col.length != 2) {
                throw new WerkDataException(file, n + 1, "a symbol table line is 'symbol key' (found " + col.length + " field"
                        + (col.length == 1 ? "" : "s") + "): '" + lines.get(n).strip() + "'");
            }
            long key;
            try {
                key = Long.parseLong(col[1]);
            } catch (NumberFormatException e) {
                key = -1;
            }
            if (key < 0) {
                throw new WerkDataException(file, n + 1, "the key of '" + col[0] + "' is '" + col[1]
                        + "'; expected a whole number of at least 0");
            }
            String before = table.putIfAbsent(key, col[0]);
            if (before != null && !before.equals(col[0])) {
                throw new WerkDataException(file, n + 1, "key " + key + " is given to '" + col[0] + "' here and to '" + before
                        + "' on line " + lineOf.get(key));
            }
            lineOf.putIfAbsent(key, n + 1);
        }
        return table;
    }

    /** The lattice with only the arcs on a path from the start to a final state; refuses cycles among them. */
    private static Lattice trimmed(Path fst, OpenFstFile.Raw raw, String[] words, List<String> vocabulary) {
        int n = raw.states();
        boolean[] reached = reach(n, raw.from(), raw.to(), new int[] {raw.start()});
        boolean[] ends = reach(n, raw.to(), raw.from(), raw.finals());
        List<Integer> keep = new ArrayList<>();
        for (int k = 0; k < words.length; k++) {
            if (reached[raw.from()[k]] && ends[raw.to()[k]]) {
                keep.add(k);
            }
        }
        List<Integer> finals = new ArrayList<>();
        for (int f : raw.finals()) {
            if (reached[f]) {
                finals.add(f);
            }
        }
        if (finals.isEmpty()) {
            throw new WerkDataException(fst, 0, "no path leads from the start state (" + raw.start() + ") to a final state");
        }
        int m = keep.size();
        int[] from = new int[m];
        int[] to = new int[m];
        String[] w = new String[m];
        for (int j = 0; j < m; j++) {
            int k = keep.get(j);
            from[j] = raw.from()[k];
            to[j] = raw.to()[k];
            w[j] = words[k];
        }
        int cycle = stateOnCycle(n, from, to);
        if (cycle >= 0) {
            throw new WerkDataException(fst, 0, "state " + cycle + " lies on a cycle; werk aligns acyclic lattices only");
        }
        return new Lattice(fst, n, raw.start(), from, to, w, finals.stream().mapToInt(Integer::intValue).toArray(), vocabulary);
    }

    /** The states reachable from {@code seeds} along arcs {@code a → b}. */
    private static boolean[] reach(int n, int[] a, int[] b, int[] seeds) {
        List<List<Integer>> out = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            out.add(new ArrayList<>(1));
        }
        for (int k = 0; k < a.length; k++) {
            out.get(a[k]).add(b[k]);
        }
        boolean[] seen = new boolean[n];
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        for (int s : seeds) {
            if (!seen[s]) {
                seen[s] = true;
                todo.add(s);
            }
        }
        while (!todo.isEmpty()) {
            for (int t : out.get(todo.poll())) {
                if (!seen[t]) {
                    seen[t] = true;
                    todo.add(t);
                }
            }
        }
        return seen;
    }

    /** A state on a cycle of the arcs, or -1 (Kahn's algorithm; what it leaves over lies on or after a cycle). */
    private static int stateOnCycle(int n, int[] from, int[] to) {
        int[] indegree = new int[n];
        List<List<Integer>> out = new ArrayList<>(n);
        List<List<Integer>> in = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            out.add(new ArrayList<>(1));
            in.add(new ArrayList<>(1));
        }
        for (int k = 0; k < from.length; k++) {
            indegree[to[k]]++;
            out.get(from[k]).add(to[k]);
            in.get(to[k]).add(from[k]);
        }
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            if (indegree[s] == 0) {
                ready.add(s);
            }
        }
        while (!ready.isEmpty()) {
            for (int t : out.get(ready.poll())) {
                if (--indegree[t] == 0) {
                    ready.add(t);
                }
            }
        }
        int s = 0;
        while (s < n && indegree[s] == 0) {
            s++;
        }
        if (s == n) {
            return -1;
        }
        // a state left over has a predecessor left over: n steps back from one, the walk is on a cycle
        for (int step = 0; step < n; step++) {
            for (int p : in.get(s)) {
                if (indegree[p] > 0) {
                    s = p;
                    break;
                }
            }
        }
        return s;
    }

    /** The file read. */
    public Path file() {
        return file;
    }

    /** Arcs kept (on some path from the start to a final state). */
    public int arcs() {
        return from.length;
    }

    /** Every symbol of the table in key order, as fstalign's synonym engine sees its symbol table. */
    public List<String> symbols() {
        return symbols;
    }

    /**
     * The lattice as a word network for the network program: each word arc's word shown as read and
     * compared by {@code key.apply(word)}; epsilon arcs free.
     */
    WordNetwork network(UnaryOperator<String> key) {
        String[] keys = new String[word.length];
        String[] text = new String[word.length];
        for (int k = 0; k < word.length; k++) {
            keys[k] = word[k] == null ? null : key.apply(word[k]);
            text[k] = word[k] == null ? "@" : word[k];
        }
        return WordNetwork.lattice(states, start, from, to, text, keys, finals);
    }

    @Override
    public String toString() {
        return "Lattice[" + file + ", " + states + " states, " + from.length + " arcs, start " + start + ", finals "
                + Arrays.toString(finals) + "]";
    }
}
