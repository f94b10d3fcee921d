package dev.werk.core.fstalign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.metrics.Counts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fstalign's case statistics ({@link CaseStats}) on seeded random references without entities,
 * against what the rule gives directly where the alignment is known, and invariants elsewhere
 * (fstalign's own answers: {@code CaseStatsOracleTest}).
 */
class CaseStatsTest {
    private static final String[] WORDS = {"a", "b", "c", "ibm", "yes", "ok", "éa"};
    private static final String[] CASINGS = {"LC", "UC", "CA", "MC", ""};

    @TempDir
    Path tmp;

    private static String recase(Random rnd, String w) {
        return switch (rnd.nextInt(4)) {
            case 0 -> w;
            case 1 -> Character.toUpperCase(w.charAt(0)) + w.substring(1);
            case 2 -> w.toUpperCase(java.util.Locale.ROOT);
            default -> w.substring(0, 1) + w.substring(1).toUpperCase(java.util.Locale.ROOT);
        };
    }

    /** Rows: token and case column (the column chosen at random, so it may disagree with the token). */
    private NlpReference reference(List<String[]> rows) throws IOException {
        StringBuilder sb = new StringBuilder("token|speaker|ts|endTs|punctuation|case|tags|wer_tags\n");
        for (String[] r : rows) {
            sb.append(r[0]).append("|1||||").append(r[1]).append("|[]|[]\n");
        }
        return NlpReference.read(Files.writeString(tmp.resolve("r.nlp"), sb, StandardCharsets.UTF_8));
    }

    private static FstalignAlignment align(NlpReference ref, List<String> hyp, boolean useCase, boolean adapted) {
        FstalignSettings s = new FstalignSettings(SynonymRules.NONE, false, false, true).withCaseAndPunctuation(useCase, false)
                .withAdapted(adapted).withCaseStats(true);
        return Fstalign.align(ref, Normalizations.NONE, EntityTypes.NONE, hyp, s, TranscriptFormat.PLAIN);
    }

    private static List<String[]> rows(Random rnd) {
        List<String[]> rows = new ArrayList<>();
        int n = 1 + rnd.nextInt(14);
        for (int k = 0; k < n; k++) {
            rows.add(new String[] {recase(rnd, WORDS[rnd.nextInt(WORDS.length)]), CASINGS[rnd.nextInt(CASINGS.length)]});
        }
        return rows;
    }

    @Test
    void theReferenceItselfAsHypothesis() throws IOException {
        // every pair is a hit of equal strings: a non-LC row is a true positive, an LC row a false
        // positive when its token has an ASCII capital, nothing otherwise
        Random rnd = new Random(20261203);
        for (int it = 0; it < 150; it++) {
            List<String[]> rows = rows(rnd);
            long tp = 0;
            long fp = 0;
            List<String> hyp = new ArrayList<>();
            for (String[] r : rows) {
                hyp.add(r[0]);
                if (!r[1].equals("LC")) {
                    tp++;
                } else if (!r[0].equals(r[0].replaceAll("[A-Z]", ""))) {
                    fp++;
                }
            }
            CaseStats c = align(reference(rows), hyp, it % 2 == 0, it % 3 == 0).caseStats();
            assertEquals(new CaseStats(tp, fp, 0, 0, 0, 0), c, rows.stream().map(r -> r[0] + "/" + r[1]).toList().toString());
        }
    }

    @Test
    void aLowerCasedHypothesis() throws IOException {
        // hits only: no hypothesis capital, so no false positive; a non-LC row is a true positive
        // when its token has no ASCII capital, else a false negative
        Random rnd = new Random(20261204);
        for (int it = 0; it < 150; it++) {
            List<String[]> rows = rows(rnd);
            long tp = 0;
            long fn = 0;
            List<String> hyp = new ArrayList<>();
            for (String[] r : rows) {
                hyp.add(r[0].toLowerCase(java.util.Locale.ROOT));
                if (!r[1].equals("LC")) {
                    if (r[0].chars().anyMatch(ch -> ch >= 'A' && ch <= 'Z')) {
                        fn++;
                    } else {
                        tp++;
                    }
                }
            }
            CaseStats c = align(reference(rows), hyp, false, it % 2 == 0).caseStats();
            assertEquals(new CaseStats(tp, 0, fn, 0, 0, 0), c, rows.stream().map(r -> r[0] + "/" + r[1]).toList().toString());
        }
    }

    @Test
    void countsAgreeWithTheAlignment() throws IOException {
        Random rnd = new Random(20261205);
        for (int it = 0; it < 300; it++) {
            List<String[]> rows = rows(rnd);
            List<String> hyp = new ArrayList<>();
            for (String[] r : rows) {
                int x = rnd.nextInt(10);
                if (x == 0) {
                    continue;
                }
                hyp.add(x < 3 ? recase(rnd, WORDS[rnd.nextInt(WORDS.length)]) : recase(rnd, r[0].toLowerCase(java.util.Locale.ROOT)));
                if (rnd.nextInt(8) == 0) {
                    hyp.add(recase(rnd, WORDS[rnd.nextInt(WORDS.length)]));
                }
            }
            boolean useCase = it % 2 == 1;
            FstalignAlignment a = align(reference(rows), hyp, useCase, it % 3 == 0);
            CaseStats c = a.caseStats();
            Counts k = a.alignment().counts();
            String what = rows.stream().map(r -> r[0] + "/" + r[1]).toList() + " vs " + hyp;
            // without entities every pair has its own row: each hit and substitution counts at most once
            assertTrue(c.truePositives() + c.falsePositives() + c.falseNegatives() <= k.hits(), what);
            assertTrue(c.substitutionTruePositives() + c.substitutionFalsePositives() + c.substitutionFalseNegatives()
                    <= k.substitutions(), what);
            // and a non-LC row always counts: only LC rows without hypothesis capitals are left out
            long lcHits = 0;
            int r = 0;
            for (int s = 0; s < a.alignment().size(); s++) {
                switch (a.alignment().op(s)) {
                    case HIT, SUBSTITUTION, DELETION -> {
                        if (rows.get(r)[1].equals("LC")) {
                            lcHits += a.alignment().op(s) == dev.werk.core.align.EditOp.DELETION ? 0 : 1;
                        }
                        r++;
                    }
                    default -> { }
                }
            }
            assertTrue(c.truePositives() + c.falsePositives() + c.falseNegatives() + c.substitutionTruePositives()
                    + c.substitutionFalsePositives() + c.substitutionFalseNegatives() >= k.hits() + k.substitutions() - lcHits, what);
            if (useCase) {
                // a hit under --use-case pairs equal strings: never fewer capitals in the hypothesis
                assertEquals(0, c.falseNegatives(), what);
            }
            // the pooled statistics of two files are the sums
            CaseStats twice = c.plus(c);
            assertEquals(2 * c.allTruePositives(), twice.allTruePositives());
            assertEquals(c.allPrecision(), twice.allPrecision(), 1e-12);
        }
    }
}
