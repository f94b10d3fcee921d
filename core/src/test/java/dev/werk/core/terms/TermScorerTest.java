package dev.werk.core.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.align.Aligner;
import dev.werk.core.align.Alignment;
import dev.werk.core.align.CostModel;
import dev.werk.core.align.EditOp;
import dev.werk.core.TestTokens;
import dev.werk.core.io.WerkDataException;
import dev.werk.core.metrics.Counts;
import dev.werk.core.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-made cases, one or more per rule of the README's "Term accuracy". */
class TermScorerTest {
    static final TextNormalizer LOWER = TextNormalizer.preset(TextNormalizer.SCLITE);

    /** Terms written as "Term|variant|variant". */
    static TermSet terms(String... specs) {
        List<TermList.Entry> entries = new ArrayList<>();
        for (String s : specs) {
            List<String> parts = Arrays.asList(s.split("\\|"));
            entries.add(new TermList.Entry(parts.get(0), parts.subList(1, parts.size()), 0));
        }
        return TermList.ofEntries(entries).compile(LOWER);
    }

    static List<String> tokens(String text) {
        String n = LOWER.normalize(text);
        return n.isEmpty() ? List.of() : List.of(n.split(" "));
    }

    static UtteranceTerms score(TermSet set, String ref, String hyp) {
        List<String> r = tokens(ref);
        List<String> h = tokens(hyp);
        TestTokens v = new TestTokens();
        Alignment a = Aligner.create(CostModel.LEVENSHTEIN).align(v.words(String.join(" ", r)), v.words(String.join(" ", h)));
        return new TermScorer(set).score("u1", r, h, a);
    }

    static UtteranceTerms score(TermSet set, String ref, String hyp, EditOp... steps) {
        return new TermScorer(set).score("u1", tokens(ref), tokens(hyp), Alignment.of(steps));
    }

    static TermOccurrence only(UtteranceTerms u) {
        assertEquals(1, u.occurrences().size(), u::toString);
        return u.occurrences().get(0);
    }

    @Test
    void exactMatch() {
        TermOccurrence o = only(score(terms("SageMaker"), "we use SageMaker daily", "we use sagemaker daily"));
        assertEquals(MatchClass.EXACT, o.match());
        assertEquals(List.of(2, 3, 2, 3), List.of(o.referenceFrom(), o.referenceTo(), o.hypothesisFrom(), o.hypothesisTo()));
    }

    @Test
    void splitIntoTwoTokensIsSplitMerge() {
        TermOccurrence o = only(score(terms("Boto3"), "install boto3 now", "install boto 3 now"));
        assertEquals(MatchClass.SPLIT_MERGE, o.match());
        assertEquals(List.of("boto", "3"), o.hypothesisTokens());
    }

    @Test
    void mergedIntoOneTokenIsSplitMerge() {
        TermOccurrence o = only(score(terms("py torch"), "use py torch", "use pytorch"));
        assertEquals(MatchClass.SPLIT_MERGE, o.match());
        assertEquals(List.of("pytorch"), o.hypothesisTokens());
    }

    @Test
    void anotherFormIsVariant() {
        TermOccurrence o = only(score(terms("EC2|e c two"), "on EC2 today", "on e c two today"));
        assertEquals(MatchClass.VARIANT, o.match());
        // A variant in the reference is an occurrence too, and the own form in the hypothesis is exact.
        assertEquals(MatchClass.EXACT, only(score(terms("EC2|e c two"), "on e c two today", "on ec2 today")).match());
    }

    @Test
    void termWithoutReferenceOccurrenceIsAFalseAlarm() {
        UtteranceTerms u = score(terms("EBS"), "the disk", "the ebs");
        assertEquals(0, u.occurrences().size());
        assertEquals(1, u.falseAlarms().size());
        assertEquals(List.of("ebs"), u.falseAlarms().get(0).hypothesisTokens());
        // The substitution of a non-term by a term counts in U: B-WER cannot see false alarms.
        assertEquals(new Counts(0, 0, 0, 0), u.biased());
        assertEquals(new Counts(1, 1, 0, 0), u.unbiased());
    }

    @Test
    void longestTermWinsAndTheShorterOneInsideItIsNotAnOccurrence() {
        TermSet set = terms("machine", "machine learning");
        UtteranceTerms u = score(set, "machine learning rocks", "machine rocks");
        TermOccurrence o = only(u);
        assertEquals("machine learning", o.term().written());
        assertEquals(MatchClass.MISS, o.match());
        assertEquals(List.of("machine"), o.hypothesisTokens());
        // "machine" in the hypothesis is an occurrence of the term "machine", which nothing claimed.
        assertEquals(1, u.falseAlarms().size());
        assertEquals("machine", u.falseAlarms().get(0).term().written());
    }

    @Test
    void overlappingCandidatesTakeTheLeftmostAndResumeAfterIt() {
        UtteranceTerms u = score(terms("b c", "a b"), "a b c", "a b c");
        TermOccurrence o = only(u);
        assertEquals("a b", o.term().written());
        assertEquals(List.of(0, 2), List.of(o.referenceFrom(), o.referenceTo()));
        assertEquals(0, u.falseAlarms().size()); // the hypothesis scan finds the same "a b", claimed
    }

    @Test
    void equallyLongSpansGoToTheTermListedFirst() {
        TermSet set = terms("Boto3", "boto 3");
        TermOccurrence o = only(score(set, "pip install boto 3", "pip install boto3"));
        assertEquals("Boto3", o.term().written());
        assertEquals(MatchClass.EXACT, o.match()); // reference "boto 3" holds Boto3's key, the hypothesis its own form
    }

    @Test
    void termsAtTheStartAndTheEnd() {
        UtteranceTerms u = score(terms("SageMaker"), "SageMaker is great with SageMaker", "sagemaker is great with sagemaker");
        assertEquals(2, u.occurrences().size());
        assertEquals(0, u.occurrences().get(0).referenceFrom());
        assertEquals(5, u.occurrences().get(1).referenceTo());
        assertTrue(u.occurrences().stream().allMatch(o -> o.match() == MatchClass.EXACT));
    }

    @Test
    void termLongerThanTheUtterance() {
        UtteranceTerms u = score(terms("amazon web services"), "amazon", "amazon web services");
        assertEquals(0, u.occurrences().size());
        assertEquals(1, u.falseAlarms().size());
        // The two inserted words lie in a hypothesis occurrence: biased insertions.
        assertEquals(new Counts(0, 0, 0, 2), u.biased());
        assertEquals(new Counts(1, 0, 0, 0), u.unbiased());
    }

    @Test
    void deletedTermIsAMissHeardAsNothing() {
        TermOccurrence o = only(score(terms("SageMaker"), "use sagemaker now", "use now"));
        assertEquals(MatchClass.MISS, o.match());
        assertEquals(List.of(), o.hypothesisTokens());
        assertEquals(o.hypothesisFrom(), o.hypothesisTo());
    }

    @Test
    void termSubstitutedByAnotherTerm() {
        UtteranceTerms u = score(terms("EC2", "ECR"), "push to ECR", "push to EC2");
        TermOccurrence o = only(u);
        assertEquals("ECR", o.term().written());
        assertEquals(MatchClass.MISS, o.match());
        assertEquals(List.of("ec2"), o.hypothesisTokens());
        assertEquals(1, u.falseAlarms().size());
        assertEquals("EC2", u.falseAlarms().get(0).term().written());
        assertEquals(new Counts(0, 1, 0, 0), u.biased());
    }

    @Test
    void emptyHypothesis() {
        UtteranceTerms u = score(terms("SageMaker", "Boto3"), "sagemaker and boto3", "");
        assertEquals(2, u.occurrences().size());
        assertTrue(u.occurrences().stream().allMatch(o -> o.match() == MatchClass.MISS && o.hypothesisTokens().isEmpty()));
        assertEquals(new Counts(0, 0, 2, 0), u.biased());
        assertEquals(new Counts(0, 0, 1, 0), u.unbiased());
    }

    @Test
    void emptyReferenceAndEmptyBoth() {
        UtteranceTerms u = score(terms("SageMaker"), "", "sagemaker");
        assertEquals(0, u.occurrences().size());
        assertEquals(1, u.falseAlarms().size());
        assertEquals(new Counts(0, 0, 0, 1), u.biased());
        UtteranceTerms none = score(terms("SageMaker"), "", "");
        assertEquals(0, none.occurrences().size() + none.falseAlarms().size());
    }

    @Test
    void theWindowDoesNotDependOnHowTiesWereBroken() {
        TermSet set = terms("SageMaker");
        // the sagemaker notebook -> the sage maker notebook: S then I, or I then S; both cost 2.
        TermOccurrence a = only(score(set, "the sagemaker notebook", "the sage maker notebook",
                EditOp.HIT, EditOp.SUBSTITUTION, EditOp.INSERTION, EditOp.HIT));
        TermOccurrence b = only(score(set, "the sagemaker notebook", "the sage maker notebook",
                EditOp.HIT, EditOp.INSERTION, EditOp.SUBSTITUTION, EditOp.HIT));
        assertEquals(MatchClass.SPLIT_MERGE, a.match());
        assertEquals(a, b);
    }

    @Test
    void theWindowWidensOverNonHitsBeyondTheCore() {
        // a->sagemaker, sagemaker->x, b=b: the core holds only "x", the window also "sagemaker".
        TermOccurrence o = only(score(terms("SageMaker"), "a sagemaker b", "sagemaker x b",
                EditOp.SUBSTITUTION, EditOp.SUBSTITUTION, EditOp.HIT));
        assertEquals(MatchClass.EXACT, o.match());
        assertEquals(0, o.hypothesisFrom());
        // ...but stops at a hit: x->sagemaker, a=a, sagemaker->y; the hit "a" keeps the earlier "sagemaker" out.
        UtteranceTerms u = score(terms("SageMaker"), "x a sagemaker", "sagemaker a y",
                EditOp.SUBSTITUTION, EditOp.HIT, EditOp.SUBSTITUTION);
        TermOccurrence miss = only(u);
        assertEquals(MatchClass.MISS, miss.match());
        assertEquals(List.of("y"), miss.hypothesisTokens());
        assertEquals(1, u.falseAlarms().size());
        assertEquals(0, u.falseAlarms().get(0).hypothesisFrom());
    }

    @Test
    void aClaimedRunServesOneOccurrenceOnly() {
        // No hit anywhere: both windows hold the one "ec2"; the first occurrence claims it.
        UtteranceTerms u = score(terms("EC2"), "ec2 x ec2", "y ec2 z",
                EditOp.SUBSTITUTION, EditOp.SUBSTITUTION, EditOp.SUBSTITUTION);
        assertEquals(MatchClass.EXACT, u.occurrences().get(0).match());
        assertEquals(1, u.occurrences().get(0).hypothesisFrom());
        assertEquals(MatchClass.MISS, u.occurrences().get(1).match());
        assertEquals(List.of("z"), u.occurrences().get(1).hypothesisTokens());
        assertEquals(0, u.falseAlarms().size()); // the hypothesis "ec2" overlaps a claimed run of EC2
    }

    @Test
    void theFirstRunIsLeftmostThenShortest() {
        // Own form "a b", variant "a": at the leftmost start, "a" is shorter than "a b".
        TermOccurrence o = only(score(terms("a b|a"), "a b", "a b"));
        assertEquals(MatchClass.VARIANT, o.match());
        assertEquals(List.of("a"), o.hypothesisTokens());
    }

    @Test
    void aRunClaimedByAnotherTermDoesNotRescueAFalseAlarm() {
        // Reference "york" is matched by the hypothesis "york" (inside the window, over the
        // insertion "new"); the hypothesis scan reads "new york", the other term, which nothing claimed.
        TermSet set = terms("york", "new york");
        UtteranceTerms u = score(set, "york", "new york", EditOp.INSERTION, EditOp.HIT);
        TermOccurrence o = only(u);
        assertEquals("york", o.term().written());
        assertEquals(MatchClass.EXACT, o.match());
        assertEquals(1, u.falseAlarms().size());
        assertEquals("new york", u.falseAlarms().get(0).term().written());
        assertEquals(new Counts(1, 0, 0, 1), u.biased());
    }

    @Test
    void biasedAndUnbiasedCounts() {
        UtteranceTerms u = score(terms("SageMaker"), "we use sagemaker", "we use sage maker");
        assertEquals(new Counts(0, 1, 0, 1), u.biased()); // the insertion lies in the hypothesis occurrence "sage maker"
        assertEquals(new Counts(2, 0, 0, 0), u.unbiased());
    }

    @Test
    void perUtteranceListsSelectTheTerms() throws Exception {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("terms", ".tsv");
        try {
            java.nio.file.Files.writeString(f, "u1\tSageMaker\nu2\tBoto3\tEC2\n");
            TermSet set = TermListReader.read(f).compile(LOWER);
            assertEquals(3, set.terms().size());
            List<String> ref = tokens("sagemaker boto3");
            Alignment a = Alignment.of(EditOp.HIT, EditOp.HIT);
            UtteranceTerms u1 = new TermScorer(set).score("u1", ref, ref, a);
            assertEquals(List.of("SageMaker"), u1.occurrences().stream().map(o -> o.term().written()).toList());
            UtteranceTerms u2 = new TermScorer(set).score("u2", ref, ref, a);
            assertEquals(List.of("Boto3"), u2.occurrences().stream().map(o -> o.term().written()).toList());
            assertEquals(0, new TermScorer(set).score("u3", ref, ref, a).occurrences().size());
            set.checkUtterances(List.of("u1", "u2", "u3"));
            WerkDataException e = assertThrows(WerkDataException.class, () -> set.checkUtterances(List.of("u1")));
            assertEquals(2, e.line());
        } finally {
            java.nio.file.Files.delete(f);
        }
    }

    @Test
    void aLongStretchWithoutHitsIsOneWindowForEveryOccurrence() {
        // 20,000 occurrences in one window of 20,000 tokens (nothing in common): every one a miss;
        // then one "sagemaker" at the far end of the hypothesis, which the first occurrence claims.
        int n = 20_000;
        List<String> ref = java.util.Collections.nCopies(n, "sagemaker");
        List<String> hyp = new ArrayList<>(java.util.Collections.nCopies(n, "x"));
        EditOp[] subs = new EditOp[n];
        Arrays.fill(subs, EditOp.SUBSTITUTION);
        UtteranceTerms u = new TermScorer(terms("SageMaker")).score(ref, hyp, Alignment.of(subs));
        assertEquals(n, u.occurrences().size());
        assertTrue(u.occurrences().stream().allMatch(o -> o.match() == MatchClass.MISS && o.hypothesisTokens().equals(List.of("x"))));
        hyp.set(n - 1, "sagemaker");
        u = new TermScorer(terms("SageMaker")).score(ref, hyp, Alignment.of(subs));
        assertEquals(MatchClass.EXACT, u.occurrences().get(0).match());
        assertEquals(n - 1, u.occurrences().get(0).hypothesisFrom());
        assertEquals(1, u.occurrences().stream().filter(o -> o.match().correct()).count());
    }

    @Test
    void alignmentMustCoverTheTokens() {
        assertThrows(IllegalArgumentException.class, () -> new TermScorer(terms("x")).score(tokens("a b"), tokens("a"),
                Alignment.of(EditOp.HIT)));
    }
}
