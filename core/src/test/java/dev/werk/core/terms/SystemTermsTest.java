package dev.werk.core.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.werk.core.NamedTranscript;
import dev.werk.core.ScoreOptions;
import dev.werk.core.Scorer;
import dev.werk.core.SystemsScore;
import dev.werk.core.UtteranceScore;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.Transcript;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import dev.werk.core.text.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several systems at once give what each system's utterances give through the pure scorer. */
class SystemTermsTest {
    static Transcript trn(String text) {
        return TranscriptReader.parse(text, null, TranscriptFormat.TRN);
    }

    @Test
    void eachSystemEqualsItsOwnUtterancesScoredOneByOne() {
        // The alternation makes the reference tokens depend on the path each system's alignment took.
        Transcript ref = trn("we run { sagemaker / sage maker } on ec2 (u1)\nboto3 and s3 (u2)\nnothing (u3)\n");
        Transcript a = trn("we run sage maker on e c two (u1)\nboto 3 and s3 (u2)\nnothing s3 (u3)\n");
        Transcript b = trn("we run sagemaker on ec2 (u1)\nbot o3 and as three (u2)\nnothing (u3)\n");
        ScoreOptions options = ScoreOptions.defaults().withNormalizer(TextNormalizer.preset(TextNormalizer.SCLITE));
        SystemsScore systems = Scorer.scoreSystems(ref, List.of(new NamedTranscript("a", a), new NamedTranscript("b", b)),
                Pairing.Rules.DEFAULT, options);
        assertNotEquals(systems.system("a").utterances().get(0).referenceTokens(),
                systems.system("b").utterances().get(0).referenceTokens(), "the two paths differ");
        TermSet terms = TermList.ofEntries(List.of(new TermList.Entry("SageMaker", List.of(), 1),
                new TermList.Entry("EC2", List.of("e c two"), 2), new TermList.Entry("Boto3", List.of(), 3),
                new TermList.Entry("S3", List.of(), 4))).compile(options.normalizer());
        SystemTerms got = SystemTerms.score(systems, terms, true, true);
        TermScorer scorer = new TermScorer(terms);
        for (String name : List.of("a", "b")) {
            TermAccumulator acc = new TermAccumulator(terms, true);
            SubstringCounter counter = new SubstringCounter(terms);
            for (UtteranceScore u : systems.system(name).utterances()) {
                acc.add(scorer.score(u.id(), u.referenceTokens(), u.hypothesisTokens(), u.alignment()));
                counter.add(u.id(), u.hypothesisTokens());
            }
            TermAccumulatorTest.assertSameReport(acc.finish(), got.report(name), true, name);
            int s = got.names().indexOf(name);
            for (Term t : terms.terms()) {
                assertEquals(counter.count(t.index()), got.hypothesisSubstringCount(s, t.index()));
            }
        }
        assertEquals(4, got.report("a").pooled().occurrences());
        assertEquals(1, got.referenceSubstringCount(3), "s3 once in the reference");
        assertEquals(1, got.report("a").pooled().falseAlarms());
    }

    @Test
    void substringCountsArePythonsStrCount() {
        TermSet terms = TermList.of(List.of("aa", "EC2", "b c")).compile(TextNormalizer.preset(TextNormalizer.SCLITE));
        SubstringCounter c = new SubstringCounter(terms);
        c.add(null, List.of("aaa", "ec2s", "b", "c", "aaaa"));
        assertEquals(3, c.count(0)); // non-overlapping, left to right: 1 in "aaa", 2 in "aaaa"
        assertEquals(1, c.count(1));
        assertEquals(1, c.count(2));
    }
}
