package dev.werk.core.fstalign;

import dev.werk.core.metrics.Counts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entity-class WER of a file or a corpus: per class, counts pooled over every entity of the class
 * (never an average of entity rates), and the mean of the class rates (Earnings-21's "Mean Entity":
 * each class weighs the same; classes without reference tokens and {@value #FALLBACK} are left out).
 */
public final class ClassScores {
    /**
     * The class fstalign's tagger gives tokens that are no entity (cut-offs, symbols); listed, but
     * not an entity class, so not in the mean (Earnings-21's table leaves it out).
     */
    public static final String FALLBACK = "FALLBACK";

    /** No class. */
    public static final ClassScores EMPTY = new ClassScores(Map.of());

    private final Map<String, Counts> byClass;

    private ClassScores(Map<String, Counts> byClass) {
        this.byClass = Collections.unmodifiableMap(new TreeMap<>(byClass));
    }

    /** From counts per class name. */
    public static ClassScores of(Map<String, Counts> byClass) {
        return new ClassScores(byClass);
    }

    /** The classes of both, their counts added. */
    public ClassScores plus(ClassScores other) {
        Map<String, Counts> m = new TreeMap<>(byClass);
        other.byClass.forEach((k, v) -> m.merge(k, v, Counts::plus));
        return new ClassScores(m);
    }

    /** Every class, by name. */
    public List<ClassScore> classes() {
        List<ClassScore> out = new ArrayList<>(byClass.size());
        byClass.forEach((k, v) -> out.add(new ClassScore(k, v)));
        return Collections.unmodifiableList(out);
    }

    /** The class named {@code name}, or null. */
    public ClassScore get(String name) {
        Counts c = byClass.get(name);
        return c == null ? null : new ClassScore(name, c);
    }

    /** True when there is no class. */
    public boolean isEmpty() {
        return byClass.isEmpty();
    }

    /** The unweighted mean of the defined class rates, {@value #FALLBACK} left out; NaN when none is defined. */
    public double meanWer() {
        double sum = 0;
        int n = 0;
        for (Map.Entry<String, Counts> e : byClass.entrySet()) {
            double w = new ClassScore(e.getKey(), e.getValue()).wer();
            if (!Double.isNaN(w) && !e.getKey().equals(FALLBACK)) {
                sum += w;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
