package dev.werk.core.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.werk.core.align.Aligner;
import dev.werk.core.align.Alignment;
import dev.werk.core.align.CostModel;
import dev.werk.core.TestTokens;
import dev.werk.core.io.WerkDataException;
import dev.werk.core.text.TextNormalizer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TermListReaderTest {
    static final TextNormalizer LOWER = TextNormalizer.preset(TextNormalizer.SCLITE);
    static final Path A2I = TermFiles.testdata("transcribe-vocab/a2i-video-custom-vocabulary.tsv");

    @TempDir
    Path dir;

    static List<String> written(TermSet s) {
        return s.terms().stream().map(Term::written).toList();
    }

    static List<List<String>> forms(Term t) {
        return t.forms().stream().map(TermForm::tokens).toList();
    }

    @Test
    void plainTextSkipsCommentsAndBlankLinesAndPoolsRepeats() throws Exception {
        Path f = TermFiles.write(dir, "terms.txt", "# domain terms\nSageMaker\n\n  Boto3  \nmachine learning\r\nSageMaker\n");
        TermList list = TermListReader.read(f);
        assertEquals(TermListFormat.PLAIN, list.format());
        assertEquals(List.of(2L, 4L, 5L, 6L), list.entries().stream().map(TermList.Entry::line).toList());
        TermSet set = list.compile(LOWER);
        assertEquals(List.of("SageMaker", "Boto3", "machine learning"), written(set));
        assertEquals(List.of(List.of("machine", "learning")), forms(set.terms().get(2)));
        assertEquals("machinelearning", set.terms().get(2).ownForm().key());
    }

    @Test
    void csvGivesVariants() throws Exception {
        Path f = TermFiles.write(dir, "terms.csv", "term,variants\nEC2,e c two,\"e c 2\"\n# comment\n\"Smith, Jones\",smith jones\n,\n");
        TermList list = TermListReader.read(f);
        assertEquals(TermListFormat.CSV, list.format());
        TermSet set = list.compile(LOWER);
        assertEquals(List.of("EC2", "Smith, Jones"), written(set));
        assertEquals(List.of(List.of("ec2"), List.of("e", "c", "two"), List.of("e", "c", "2")), forms(set.terms().get(0)));
        assertEquals(4, set.terms().get(1).line());
    }

    @Test
    void csvErrorsNameTheLine() throws Exception {
        Path f = TermFiles.write(dir, "terms.csv", "EC2\n,variant only\n");
        WerkDataException e = assertThrows(WerkDataException.class, () -> TermListReader.read(f));
        assertEquals(2, e.line());
        assertEquals(f, e.file());
    }

    @Test
    void theA2iTableAsATermList() throws Exception {
        TermList list = TermListReader.read(A2I);
        assertEquals(TermListFormat.TRANSCRIBE, list.format());
        assertEquals(18, list.entries().size());
        TermSet set = list.compile(LOWER);
        assertEquals(List.of("machine learning", "Amazon", "Boto3", "T3", "Sarab", "ECR", "EBS", "Jupyter", "/opt/ml",
                "desktop", "S3", "SDK", "SageMaker", "mars.R", "IAM", "VPC", "EC2", "BlazingText"), written(set));
        Term ec2 = set.terms().get(16);
        assertEquals(List.of(List.of("ec2"), List.of("e", "c", "two")), forms(ec2));
        assertEquals(18, ec2.line());
        assertEquals(List.of(List.of("/opt/ml"), List.of("opt", "m", "l")), forms(set.terms().get(8)));
        assertEquals(List.of(List.of("boto3"), List.of("boto", "three")), forms(set.terms().get(2)));
        // DisplayAs and the Phrase read as words agree: one form.
        assertEquals(List.of(List.of("machine", "learning")), forms(set.terms().get(0)));
    }

    @Test
    void theA2iTableScoresATranscript() throws Exception {
        TextNormalizer jiwer2 = TextNormalizer.preset(TextNormalizer.JIWER2);
        TermSet set = TermListReader.read(A2I).compile(jiwer2);
        List<String> ref = tokens(jiwer2, "Save it in /opt/ml on EC2 with Boto3 and SageMaker.");
        List<String> hyp = tokens(jiwer2, "save it in opt ml on e c two with boto 3 and sage maker");
        TestTokens v = new TestTokens();
        Alignment a = Aligner.create(CostModel.LEVENSHTEIN).align(v.words(String.join(" ", ref)), v.words(String.join(" ", hyp)));
        UtteranceTerms u = new TermScorer(set).score(ref, hyp, a);
        assertEquals(List.of("/opt/ml", "EC2", "Boto3", "SageMaker"), u.occurrences().stream().map(o -> o.term().written()).toList());
        assertEquals(List.of(MatchClass.SPLIT_MERGE, MatchClass.VARIANT, MatchClass.SPLIT_MERGE, MatchClass.SPLIT_MERGE),
                u.occurrences().stream().map(TermOccurrence::match).toList());
        assertEquals(0, u.falseAlarms().size());
    }

    static List<String> tokens(TextNormalizer n, String text) {
        String s = n.normalize(text);
        return s.isEmpty() ? List.of() : List.of(s.split(" "));
    }

    @Test
    void tableColumnsInAnyOrderAndDisplayAsMayBeEmpty() throws Exception {
        Path f = TermFiles.write(dir, "vocab.tsv", "DisplayAs\tSoundsLike\tIPA\tPhrase\nLos Angeles\t\t\tLos-Angeles\n\t\t\tEva-Maria\n");
        TermSet set = TermListReader.read(f).compile(LOWER);
        assertEquals(List.of("Los Angeles", "Eva-Maria"), written(set));
        assertEquals(List.of(List.of("eva-maria"), List.of("eva", "maria")), forms(set.terms().get(1)));
    }

    @Test
    void tableWithUnknownOrMissingColumnIsBadInput() throws Exception {
        Path unknown = TermFiles.write(dir, "a.tsv", "Phrase\tIPA\tSoundsLike\tDisplayAs\tNotes\nx\t\t\t\t\n");
        WerkDataException e = assertThrows(WerkDataException.class, () -> TermListReader.read(unknown));
        assertEquals(1, e.line());
        assertTrue(e.problem().contains("unknown column 'Notes'"), e.getMessage());
        Path missing = TermFiles.write(dir, "b.tsv", "Phrase\tIPA\tDisplayAs\nx\t\t\n");
        e = assertThrows(WerkDataException.class, () -> TermListReader.read(missing));
        assertEquals(1, e.line());
        assertTrue(e.problem().contains("missing column 'SoundsLike'"), e.getMessage());
    }

    @Test
    void perUtteranceTsvAndJsonl() throws Exception {
        Path tsv = TermFiles.write(dir, "bias.tsv", "utt1\tSageMaker\tBoto3\nutt2\n# note\nutt3\tEC2\tSageMaker\n");
        TermList t = TermListReader.read(tsv);
        assertEquals(TermListFormat.UTTERANCE_TSV, t.format());
        assertEquals(List.of("SageMaker", "Boto3", "EC2"), t.entries().stream().map(TermList.Entry::term).toList());
        assertEquals(List.of("utt1", "utt2", "utt3"), t.utterances().stream().map(TermList.UtteranceEntry::utteranceId).toList());
        assertEquals(4, t.utterances().get(2).line());
        Path jsonl = TermFiles.write(dir, "bias.jsonl", "{\"id\": \"utt1\", \"terms\": [\"SageMaker\", \"Boto3\"]}\n\n"
                + "{\"id\": \"utt3\", \"terms\": [\"EC2\"]}\n");
        TermList j = TermListReader.read(jsonl);
        assertEquals(TermListFormat.UTTERANCE_JSONL, j.format());
        assertEquals(3, j.utterances().get(1).line());
        assertTrue(j.compile(LOWER).perUtterance());
        Path bad = TermFiles.write(dir, "bad.jsonl", "{\"id\": \"utt1\", \"terms\": [\"a\"]}\n{\"id\": \"utt2\"}\n");
        assertEquals(2, assertThrows(WerkDataException.class, () -> TermListReader.read(bad)).line());
        Path headed = TermFiles.write(dir, "headed.tsv", "id\tterms\nutt1\tSageMaker\n");
        assertEquals(List.of("utt1"), TermListReader.read(headed).utterances().stream().map(TermList.UtteranceEntry::utteranceId).toList());
        Path keyed = TermFiles.write(dir, "keyed.jsonl", "{\"utt_id\": \"utt1\", \"biasing_words\": [\"EC2\"]}\n");
        assertEquals(List.of("EC2"), TermListReader.read(keyed).utterances().get(0).terms());
        Path twice = TermFiles.write(dir, "twice.tsv", "u1\ta\nu1\tb\n");
        assertEquals(2, assertThrows(WerkDataException.class, () -> TermListReader.read(twice).compile(LOWER)).line());
    }

    @Test
    void emptyListAndTermsThatNormaliseToNothing() throws Exception {
        Path empty = TermFiles.write(dir, "empty.txt", "# nothing yet\n\n");
        WerkDataException e = assertThrows(WerkDataException.class, () -> TermListReader.read(empty).compile(LOWER));
        assertEquals(1, e.line());
        Path punct = TermFiles.write(dir, "punct.txt", "SageMaker\n...\n");
        TermList list = TermListReader.read(punct);
        list.compile(LOWER); // "..." is a word for the sclite normaliser
        e = assertThrows(WerkDataException.class, () -> list.compile(TextNormalizer.preset(TextNormalizer.JIWER2)));
        assertEquals(2, e.line());
        assertTrue(e.problem().contains("normalises to nothing"), e.getMessage());
    }

    @Test
    void phraseReadAsWords() {
        assertEquals("e c two", PhraseWords.read("E.C.-Two"));
        assertEquals("boto three", PhraseWords.read("boto-three"));
        assertEquals("dynamo d b", PhraseWords.read("Dynamo-D.B."));
        assertEquals("opt m l", PhraseWords.read("opt-M.L."));
        assertEquals("a b c s", PhraseWords.read("A.B.C.-s"));
    }
}
