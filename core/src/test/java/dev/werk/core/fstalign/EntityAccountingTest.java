package dev.werk.core.fstalign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.werk.core.metrics.Counts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How steps are charged to wer_tags ids and label classes, each case worked out by hand from
 * fstalign's {@code align_stitches_to_nlp} (direct / push_last / split_worst) and
 * {@code RecordTagWer}.
 */
class EntityAccountingTest {
    private static RefRow plain(String token, String... tags) {
        return new RefRow(token, 1, "", List.of(tags));
    }

    private static RefRow tagged(String token, String label, String... tags) {
        return new RefRow(token, 1, label, List.of(tags));
    }

    @SafeVarargs
    private static Normalizations norm(String id, List<String>... candidates) {
        List<Normalizations.Candidate> list = new java.util.ArrayList<>();
        for (List<String> c : candidates) {
            list.add(new Normalizations.Candidate(c, 0.5));
        }
        return Normalizations.of(Map.of(id, list), Map.of());
    }

    private static FstalignAlignment align(List<RefRow> rows, Normalizations n, String hyp, boolean insertions) {
        return Fstalign.align(NlpReference.of(rows, true), n, EntityTypes.NONE, List.of(hyp.split(" ")),
                new FstalignSettings(SynonymRules.NONE, false, false, insertions));
    }

    @Test
    void oneRowManyWordsPushesTheRowToEveryWord() {
        List<RefRow> rows = List.of(plain("x", "9"), tagged("2020", "0:YEAR", "0"), plain("y"));
        Normalizations n = norm("0", List.of("twenty", "twenty"));
        FstalignAlignment ok = align(rows, n, "x twenty twenty y", true);
        assertEquals(new Counts(2, 0, 0, 0), ok.perTag().get("0"));
        assertEquals(new Counts(1, 0, 0, 0), ok.perTag().get("9"));
        assertEquals(new Counts(2, 0, 0, 0), ok.labelClasses().get("YEAR").counts());
        FstalignAlignment sub = align(rows, n, "x twenty ten y", true);
        assertEquals(new Counts(1, 1, 0, 0), sub.perTag().get("0"));
    }

    @Test
    void anInsertionInsideAnEntityCountsOnlyWhenAsked() {
        List<RefRow> rows = List.of(plain("x"), tagged("2020", "0:YEAR", "0"), plain("y"));
        Normalizations n = norm("0", List.of("twenty", "twenty"));
        assertEquals(new Counts(2, 0, 0, 1), align(rows, n, "x twenty um twenty y", true).perTag().get("0"));
        assertEquals(new Counts(2, 0, 0, 0), align(rows, n, "x twenty um twenty y", false).perTag().get("0"));
        // an insertion at the entity's edge is outside it either way
        assertEquals(new Counts(2, 0, 0, 0), align(rows, n, "x um twenty twenty y", true).perTag().get("0"));
    }

    @Test
    void moreWordsThanRowsSplitsFirstAndLast() {
        // ten|billion (MONEY, ids [1,5] and [1]) spoken "ten billion dollars": first word <- row 0, middle <- row 0's
        // tags, last <- row 1: id 1 sees 3 words, id 5 two
        List<RefRow> rows = List.of(plain("a"), tagged("ten", "1:MONEY", "1", "5"), tagged("billion", "1:MONEY", "1"),
                plain("b"));
        FstalignAlignment a = align(rows, norm("1", List.of("ten", "billion", "dollars")), "a ten billion dollars b", true);
        assertEquals(new Counts(3, 0, 0, 0), a.perTag().get("1"));
        assertEquals(new Counts(2, 0, 0, 0), a.perTag().get("5"));
    }

    @Test
    void asManyWordsAsRowsMatchesThemOneToOne() {
        List<RefRow> rows = List.of(plain("a"), tagged("we", "2:CONTRACTION", "2"), tagged("will", "2:CONTRACTION", "2", "6"),
                plain("b"));
        FstalignAlignment a = align(rows, norm("2", List.of("we'll")), "a we wall b", true);
        // the entity's own tokens (we will) are the cheaper candidate: we hit, will -> wall
        assertEquals(new Counts(1, 1, 0, 0), a.perTag().get("2"));
        assertEquals(new Counts(0, 1, 0, 0), a.perTag().get("6"));
    }

    @Test
    void anEmptyCandidateLeavesTheEntityOutButNamesItsClass() {
        List<RefRow> rows = List.of(plain("it"), plain("costs"), tagged("$10", "0:MONEY", "0"), tagged("billions", "0:MONEY", "0"));
        FstalignAlignment a = align(rows, norm("0", List.of("ten", "billions"), List.of()), "it costs", true);
        assertEquals(new Counts(2, 0, 0, 0), a.alignment().counts());
        assertEquals(Counts.ZERO, a.labelClasses().get("MONEY").counts());
        assertEquals(null, a.perTag().get("0"));
    }

    // The next three cases are fstalign 1.1.0's own answers on Earnings-21 (README, "Checked against
    // fstalign itself"), reduced to a few words; the reasoning is in EntityAccounting.enclosingGroup.

    @Test
    void anInsertionInARunReachingTheEntitysLastWordIsOutsideIt() {
        // LibriSpeech's "per cent": percent -> per, then the closing label, then cent inserted outside
        List<RefRow> rows = List.of(plain("grew"), tagged("52%", "3:PERCENT", "3"), plain("last"));
        Normalizations n = norm("3", List.of("fifty", "two", "percent"));
        FstalignAlignment a = align(rows, n, "grew fifty two per cent last", true);
        assertEquals(new Counts(2, 1, 0, 0), a.perTag().get("3"));
        assertEquals(new Counts(4, 1, 0, 1), a.alignment().counts());
    }

    @Test
    void anInsertionInARunReachingTheEntitysFirstWordIsItsSkippedLeadingStep() {
        // amazon on call 4392809: "land's end dot com" for landsend.com; fstalign: 1 error in 3 words
        List<RefRow> rows = List.of(plain("at"), tagged("landsend.com", "8:WEBSITE", "8"), plain("with"));
        Normalizations n = norm("8", List.of("landsend", "com"), List.of("landsend", "dot", "com"));
        FstalignAlignment a = align(rows, n, "at land's end dot com with", true);
        assertEquals(new Counts(2, 1, 0, 0), a.perTag().get("8"));
    }

    @Test
    void aFallbackEntityLeftOutIsOneCorrectTokenOfItsRow() {
        // "5 %": the % row is a FALLBACK entity (candidates: nothing, "percent") carrying PERCENT id 4
        List<RefRow> rows = List.of(plain("up"), tagged("5", "1:CARDINAL", "1", "4"), tagged("%", "2:FALLBACK", "2", "4"),
                plain("now"));
        Normalizations n = Normalizations.of(Map.of("1", List.of(new Normalizations.Candidate(List.of("five"), 1.0)),
                "2", List.of(new Normalizations.Candidate(List.of(), 0.5), new Normalizations.Candidate(List.of("percent"), 0.5))),
                Map.of());
        FstalignAlignment left = align(rows, n, "up five now", true);
        assertEquals(new Counts(3, 0, 0, 0), left.alignment().counts());
        assertEquals(new Counts(2, 0, 0, 0), left.perTag().get("4"));
        assertEquals(new Counts(1, 0, 0, 0), left.perTag().get("2"));
        FstalignAlignment said = align(rows, n, "up five percent now", true);
        assertEquals(new Counts(2, 0, 0, 0), said.perTag().get("4"));
    }
}
