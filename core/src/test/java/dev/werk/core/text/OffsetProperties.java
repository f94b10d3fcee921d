package dev.werk.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The three promises of {@link TextNormalizer#normalizeWithOffsets}, checked on one input: (a) the
 * tokens are {@code normalize(raw)} split at whitespace; (b) every range lies in the raw text, is
 * non-empty, ranges never go backwards and are equal or disjoint; (c) normalising the source of
 * tokens {@code [i, j)} gives those tokens, for every i and j that do not cut a shared range.
 */
final class OffsetProperties {
    private OffsetProperties() {
    }

    /**
     * The broken promises, as messages (empty when all hold). With {@code allRanges} every pair of
     * split points is tried for (c); otherwise each group, each pair of neighbours and
     * {@code randomRanges} random spans.
     */
    static List<String> check(TextNormalizer normalizer, String raw, boolean allRanges, int randomRanges, Random random) {
        List<String> problems = new ArrayList<>();
        NormalizedText nt = normalizer.normalizeWithOffsets(raw);
        List<String> expected = WhitespaceTest.oracleSplit(normalizer.normalize(raw));
        if (!expected.equals(nt.tokens())) {
            problems.add("(a) tokens " + nt.tokens() + " but normalize gives " + expected);
            return problems;
        }
        int n = nt.size();
        for (int i = 0; i < n; i++) {
            int s = nt.start(i);
            int e = nt.end(i);
            if (s < 0 || e > raw.length() || s >= e) {
                problems.add("(b) token " + i + " '" + nt.token(i) + "' has range [" + s + ", " + e + ") in a text of " + raw.length());
            }
            if (i > 0) {
                boolean same = nt.start(i - 1) == s && nt.end(i - 1) == e;
                if (nt.start(i - 1) > s || nt.end(i - 1) > e || (!same && nt.end(i - 1) > s)) {
                    problems.add("(b) ranges of tokens " + (i - 1) + " and " + i + " are " + nt.source(i - 1) + " and " + nt.source(i));
                }
                if (nt.canSplitBefore(i) != nt.end(i - 1) <= s) {
                    problems.add("(b) canSplitBefore(" + i + ") disagrees with the ranges");
                }
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i <= n; i++) {
            if (nt.canSplitBefore(i)) {
                cuts.add(i);
            }
        }
        List<int[]> ranges = new ArrayList<>();
        if (allRanges) {
            for (int x = 0; x < cuts.size(); x++) {
                for (int y = x + 1; y < cuts.size(); y++) {
                    ranges.add(new int[] {cuts.get(x), cuts.get(y)});
                }
            }
        } else {
            for (int x = 0; x + 1 < cuts.size(); x++) {
                ranges.add(new int[] {cuts.get(x), cuts.get(x + 1)});
                if (x + 2 < cuts.size()) {
                    ranges.add(new int[] {cuts.get(x), cuts.get(x + 2)});
                }
            }
            for (int r = 0; r < randomRanges && cuts.size() > 1; r++) {
                int x = random.nextInt(cuts.size() - 1);
                int y = x + 1 + random.nextInt(Math.min(cuts.size() - 1 - x, 60));
                ranges.add(new int[] {cuts.get(x), cuts.get(y)});
            }
        }
        for (int[] r : ranges) {
            String source = raw.substring(nt.start(r[0]), nt.end(r[1] - 1));
            List<String> got = WhitespaceTest.oracleSplit(normalizer.normalize(source));
            List<String> want = nt.tokens().subList(r[0], r[1]);
            if (!got.equals(want)) {
                problems.add("(c) tokens [" + r[0] + ", " + r[1] + ") " + want + " from '" + source + "' but it normalises to " + got);
                if (problems.size() > 5) {
                    break;
                }
            }
        }
        return problems;
    }
}
