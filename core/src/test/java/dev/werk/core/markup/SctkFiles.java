package dev.werk.core.markup;

import static org.junit.jupiter.api.Assertions.fail;

import dev.werk.core.CorpusScore;
import dev.werk.core.ScoreOptions;
import dev.werk.core.Scorer;
import dev.werk.core.align.CostModel;
import dev.werk.core.io.Pairing;
import dev.werk.core.io.Transcript;
import dev.werk.core.io.TranscriptFormat;
import dev.werk.core.io.TranscriptReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The sclite test inputs copied to {@code testdata/sctk/}, read and scored as sclite reads them. */
final class SctkFiles {
    private SctkFiles() {
    }

    /** The repository's {@code testdata/sctk}: -Dwerk.testdata (set by the parent pom), else found upwards. */
    static Path dir() {
        String p = System.getProperty("werk.testdata");
        if (p != null && Files.isDirectory(Path.of(p, "sctk"))) {
            return Path.of(p, "sctk");
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("testdata").resolve("sctk"))) {
                return d.resolve("testdata").resolve("sctk");
            }
        }
        return fail("testdata/sctk not found: werk.testdata=" + p + ", working directory " + Path.of("").toAbsolutePath());
    }

    /** How sclite folds case when it is run without -s. */
    enum Fold {
        /**
         * sclite's generic language profile: ASCII letters only. The utf8-2bytes files pair letters
         * such as Ġ/ġ that must stay distinct, so full Unicode lowercasing would be wrong there.
         */
        ASCII,
        /** A language profile (babel_turkish, ukrainian, babel_vietnamese): the language's letters too. */
        UNICODE
    }

    /** A trn file as sclite reads it without -s: every line, utterance id included, lowercased. */
    static Transcript read(String name, Fold fold) throws IOException {
        Path file = dir().resolve(name);
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String lower = fold == Fold.ASCII ? asciiLower(text) : text.toLowerCase(Locale.ROOT);
        return TranscriptReader.parse(lower, file, TranscriptFormat.TRN);
    }

    static String asciiLower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return sb.toString();
    }

    /** Scores like {@code sclite -r ref -h hyp [-D] [-F]}: sclite costs, trn markup. */
    static CorpusScore score(String ref, String hyp, Fold fold, boolean optionalDeletable, boolean fragments)
            throws IOException {
        ScoreOptions options = ScoreOptions.defaults().withCost(CostModel.SCLITE)
                .withMarkup(new ScoreOptions.Markup(true, optionalDeletable, fragments));
        return Scorer.score(Pairing.pair(read(ref, fold), read(hyp, fold)), options);
    }
}
