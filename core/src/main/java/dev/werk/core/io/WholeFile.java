package dev.werk.core.io;

import dev.werk.core.text.Whitespace;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole-file scoring: a transcript read as one utterance, the way the AWS custom-vocabulary
 * notebook scored a call (its lines joined with single spaces).
 */
public final class WholeFile {
    private WholeFile() {
    }

    /**
     * All utterances of {@code t} in file order (STM segments excluded from scoring and empty
     * utterances left out), their texts stripped and joined with single spaces and their timed
     * words concatenated, as one utterance whose id is the file's base name ({@code input} for
     * in-memory text) and whose line is 1.
     */
    public static Utterance join(Transcript t) {
        StringBuilder text = new StringBuilder();
        List<TimedWord> words = new ArrayList<>();
        for (Utterance u : t.utterances()) {
            String part = Whitespace.strip(u.text());
            if (u.excluded() || part.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(part);
            words.addAll(u.words());
        }
        return new Utterance(FileNames.baseName(t.source()), 1, text.toString(), words);
    }
}
