package dev.werk.core.terms;

import dev.werk.core.align.Alignment;
import dev.werk.core.align.EditOp;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's term rule written out again, as plainly as possible and independently of {@link
 * TermScorer}: every span, every run and every step is tried by brute force. Terms are given as
 * lists of forms (each a token list), the first form the term's own; all terms apply.
 */
final class BruteForceTerms {
    /** What the rule says about one utterance. */
    record Result(List<int[]> occurrences, List<String> classes, List<List<String>> heard, List<int[]> falseAlarms,
                  long[] biased, long[] unbiased) {
    }

    private record Step(EditOp op, int r, int h) {
    }

    private BruteForceTerms() {
    }

    static String key(List<String> tokens) {
        return String.join("", tokens);
    }

    /** Rule 1 on {@code tokens}: returns {term, from, to} triples. */
    static List<int[]> scan(List<List<List<String>>> terms, List<String> tokens) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int[] found = null;
            for (int j = tokens.size(); j > i && found == null; j--) {
                String span = key(tokens.subList(i, j));
                for (int t = 0; t < terms.size() && found == null; t++) {
                    for (List<String> form : terms.get(t)) {
                        if (key(form).equals(span)) {
                            found = new int[] {t, i, j};
                            break;
                        }
                    }
                }
            }
            if (found != null) {
                out.add(found);
                i = found[2];
            } else {
                i++;
            }
        }
        return out;
    }

    static Result score(List<List<List<String>>> terms, List<String> ref, List<String> hyp, Alignment alignment) {
        List<Step> steps = new ArrayList<>();
        alignment.forEach((op, r, h) -> steps.add(new Step(op, r, h)));
        List<int[]> occurrences = scan(terms, ref);
        List<int[]> claimed = new ArrayList<>(); // {term, p, q}
        List<String> classes = new ArrayList<>();
        List<List<String>> heard = new ArrayList<>();
        for (int[] o : occurrences) {
            int t = o[0];
            int a = o[1];
            int b = o[2];
            int first = -1;
            int last = -1;
            for (int k = 0; k < steps.size(); k++) {
                if (steps.get(k).r() == a && first < 0) {
                    first = k;
                }
                if (steps.get(k).r() == b - 1) {
                    last = k;
                }
            }
            int ws = first;
            while (ws - 1 >= 0 && steps.get(ws - 1).op() != EditOp.HIT) {
                ws--;
            }
            int we = last;
            while (we + 1 < steps.size() && steps.get(we + 1).op() != EditOp.HIT) {
                we++;
            }
            List<Integer> window = new ArrayList<>();
            for (int k = ws; k <= we; k++) {
                if (steps.get(k).h() >= 0) {
                    window.add(steps.get(k).h());
                }
            }
            int[] run = null;
            for (int x = 0; x < window.size() && run == null; x++) {
                for (int y = x; y < window.size() && run == null; y++) {
                    int p = window.get(x);
                    int q = window.get(y) + 1;
                    if (free(claimed, p, q) && isKeyOf(terms.get(t), key(hyp.subList(p, q)))) {
                        run = new int[] {t, p, q};
                    }
                }
            }
            if (run != null) {
                claimed.add(run);
                List<String> tokens = hyp.subList(run[1], run[2]);
                String cls = "split-merge";
                for (int f = terms.get(t).size() - 1; f >= 0; f--) {
                    if (terms.get(t).get(f).equals(tokens)) {
                        cls = f == 0 ? "exact" : "variant";
                    }
                }
                classes.add(cls);
                heard.add(List.copyOf(tokens));
            } else {
                classes.add("miss");
                List<String> core = new ArrayList<>();
                for (int k = first; k <= last; k++) {
                    if (steps.get(k).h() >= 0) {
                        core.add(hyp.get(steps.get(k).h()));
                    }
                }
                heard.add(core);
            }
        }
        List<int[]> hypOcc = scan(terms, hyp);
        List<int[]> falseAlarms = new ArrayList<>();
        for (int[] o : hypOcc) {
            boolean overlaps = false;
            for (int[] c : claimed) {
                if (c[0] == o[0] && c[1] < o[2] && o[1] < c[2]) {
                    overlaps = true;
                }
            }
            if (!overlaps) {
                falseAlarms.add(o);
            }
        }
        long[] biased = new long[4];
        long[] unbiased = new long[4];
        for (Step s : steps) {
            boolean in = false;
            List<int[]> occ = s.op() == EditOp.INSERTION ? hypOcc : occurrences;
            int pos = s.op() == EditOp.INSERTION ? s.h() : s.r();
            for (int[] o : occ) {
                in |= o[1] <= pos && pos < o[2];
            }
            (in ? biased : unbiased)[s.op().ordinal()]++;
        }
        return new Result(occurrences, classes, heard, falseAlarms, biased, unbiased);
    }

    private static boolean free(List<int[]> claimed, int p, int q) {
        for (int[] c : claimed) {
            if (c[1] < q && p < c[2]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isKeyOf(List<List<String>> forms, String key) {
        for (List<String> f : forms) {
            if (key(f).equals(key)) {
                return true;
            }
        }
        return false;
    }
}
