package dev.werk.core.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CI gates over a comparison. Each returns the reasons it fails, empty when it passes.
 */
public final class Gates {
    private Gates() {
    }

    /**
     * Fails when a candidate's relative WER change against the baseline exceeds {@code percent} %
     * on any set or on {@code all} (a candidate with errors against a baseline without any is worse
     * by any margin).
     */
    public static List<String> failIfWorse(Comparison c, double percent) {
        List<String> out = new ArrayList<>();
        for (Results.SetScore set : c.sets()) {
            for (Results.CandidateComparison cc : set.comparisons()) {
                Double rel = cc.relativeChange();
                boolean worse = rel == null ? errors(set, cc.system()) > 0 : 100 * rel > percent;
                if (worse) {
                    out.add(cc.system() + " is worse than " + c.baseline() + " on " + set.name() + " by "
                            + (rel == null ? "errors against none" : String.format(Locale.ROOT, "%+.2f %%", 100 * rel))
                            + " relative (--fail-if-worse " + num(percent) + ")");
                }
            }
        }
        return out;
    }

    /** Fails when a candidate's pooled WER on any set or {@code all} exceeds {@code maxWer} (a fraction). */
    public static List<String> maxWer(Comparison c, double maxWer) {
        List<String> out = new ArrayList<>();
        for (Results.SetScore set : c.sets()) {
            for (Results.SystemScore s : set.systems()) {
                if (!s.name().equals(c.baseline()) && s.wer() != null && s.wer() > maxWer) {
                    out.add(s.name() + " has WER " + String.format(Locale.ROOT, "%.4f", s.wer()) + " on " + set.name()
                            + " (--max-wer " + num(maxWer) + ")");
                }
            }
        }
        return out;
    }

    /**
     * Fails unless every candidate is significantly better than the baseline on {@code all} by
     * {@code test} (mapsswe, sign, wilcoxon or mcnemar) at the comparison's alpha.
     */
    public static List<String> requireSignificant(Comparison c, String test) {
        List<String> out = new ArrayList<>();
        Results.SetScore all = c.set(Comparison.ALL);
        for (Results.CandidateComparison cc : all.comparisons()) {
            for (Results.Verdict v : cc.tests().verdicts()) {
                if (v.test().equals(test) && !(v.significant() && v.direction() == Results.Direction.BETTER)) {
                    out.add(cc.system() + " is not significantly better than " + c.baseline() + " on all by " + test + ": " + v.text());
                }
            }
        }
        return out;
    }

    private static long errors(Results.SetScore set, String system) {
        for (Results.SystemScore s : set.systems()) {
            if (s.name().equals(system)) {
                return s.counts().errors();
            }
        }
        return 0;
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
