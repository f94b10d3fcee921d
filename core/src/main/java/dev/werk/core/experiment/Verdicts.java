package dev.werk.core.experiment;

import java.util.Locale;

/** Plain-words verdicts of the tests. */
final class Verdicts {
    private Verdicts() {
    }

    /**
     * @param direction &gt; 0 when the candidate has fewer errors, &lt; 0 when more
     * @param undefined why there is no p-value, or null
     */
    static Results.Verdict of(String test, Double p, double direction, double alpha, String candidate, String baseline, String undefined) {
        if (p == null || undefined != null) {
            return new Results.Verdict(test, null, Results.Direction.UNDEFINED, false,
                    "no verdict: " + (undefined != null ? undefined : "the test is undefined here"));
        }
        Results.Direction d = direction > 0 ? Results.Direction.BETTER : direction < 0 ? Results.Direction.WORSE : Results.Direction.SAME;
        boolean significant = p < alpha && d != Results.Direction.SAME;
        String ps = String.format(Locale.ROOT, "p = %s %s %s", p(p), p < alpha ? "<" : ">=", trim(alpha));
        String text;
        if (significant) {
            text = candidate + " is significantly " + (d == Results.Direction.BETTER ? "better" : "worse") + " than "
                    + baseline + " (" + ps + ")";
        } else {
            text = "no significant difference between " + candidate + " and " + baseline + " (" + ps + ")";
        }
        return new Results.Verdict(test, p, d, significant, text);
    }

    private static String p(double p) {
        return p < 0.0001 ? String.format(Locale.ROOT, "%.1e", p) : String.format(Locale.ROOT, "%.4f", p);
    }

    private static String trim(double a) {
        String s = String.format(Locale.ROOT, "%.4f", a);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
