package dev.werk.core.experiment;

import dev.werk.core.CorpusScore;
import dev.werk.core.UtteranceScore;
import java.util.ArrayList;
import java.util.List;

/** The reference tokens of a scored utterance, as words. */
final class Tokens {
    private Tokens() {
    }

    static List<String> reference(CorpusScore corpus, UtteranceScore u) {
        int[] ids = u.reference();
        List<String> out = new ArrayList<>(ids.length);
        for (int id : ids) {
            out.add(corpus.token(id));
        }
        return out;
    }
}
