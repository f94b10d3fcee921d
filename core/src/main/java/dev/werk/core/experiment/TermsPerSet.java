package dev.werk.core.experiment;

import dev.werk.core.CorpusScore;
import dev.werk.core.UtteranceScore;
import dev.werk.core.terms.TermAccumulator;
import dev.werk.core.terms.TermReport;
import dev.werk.core.terms.TermScorer;
import dev.werk.core.terms.TermSet;
import dev.werk.core.terms.UtteranceTerms;
import java.util.ArrayList;
import java.util.List;

/** Term accuracy per set and system: each utterance scored once by core.terms, added to its set and to all. */
final class TermsPerSet {
    private TermsPerSet() {
    }

    /** Per reported set (in {@code sets} order, "all" among them), per system, its {@link TermReport}. */
    static List<List<TermReport>> score(Manifest manifest, List<List<CorpusScore>> scores, TermSet terms, List<String> sets) {
        int nSys = manifest.systems().size();
        TermScorer scorer = new TermScorer(terms);
        List<TermAccumulator[]> acc = new ArrayList<>();
        for (int k = 0; k < sets.size(); k++) {
            TermAccumulator[] row = new TermAccumulator[nSys];
            for (int s = 0; s < nSys; s++) {
                row[s] = new TermAccumulator(terms);
            }
            acc.add(row);
        }
        int all = sets.indexOf(Comparison.ALL);
        for (int i = 0; i < manifest.items().size(); i++) {
            Item it = manifest.items().get(i);
            int own = it.set() == null ? -1 : sets.indexOf(it.set());
            for (int s = 0; s < nSys; s++) {
                for (UtteranceScore u : scores.get(i).get(s).utterances()) {
                    UtteranceTerms t = scorer.score(it.name() + "/" + u.id(), u.referenceTokens(), u.hypothesisTokens(), u.alignment());
                    if (own >= 0 && own != all) {
                        acc.get(own)[s].add(t);
                    }
                    acc.get(all)[s].add(t);
                }
            }
        }
        List<List<TermReport>> out = new ArrayList<>();
        for (TermAccumulator[] row : acc) {
            List<TermReport> reports = new ArrayList<>(nSys);
            for (TermAccumulator a : row) {
                reports.add(a.finish());
            }
            out.add(reports);
        }
        return out;
    }
}
