package dev.werk.reports;

import dev.werk.core.Provenance;
import dev.werk.core.metrics.Counts;
import dev.werk.core.terms.ReferenceEntities;
import dev.werk.core.terms.SystemTerms;
import dev.werk.core.terms.TermOccurrence;
import dev.werk.core.terms.TermReport;
import dev.werk.core.terms.TermStats;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code werk terms --entities}' text report: per system, per entity class, and with details every entity. */
final class EntityTermsText {
    /** Why entity rows have no false alarms, stated wherever they are left out. */
    static final String NO_FALSE_ALARMS = "not defined for entities: their occurrences are given by position, "
            + "so the hypothesis is not scanned for them (precision and F1 likewise)";

    private EntityTermsText() {
    }

    static void write(SystemTerms t, Appendable out) throws IOException {
        Provenance p = t.systems().provenance();
        out.append("werk terms --entities\n");
        ProvenanceText.inputs(p, out);
        ProvenanceText.pipeline(p, "  ", out);
        ReferenceEntities e = t.entities();
        out.append("\n  entities: tagged spans of the NLP reference, by class; normalizations ")
                .append(e.normalization() == null ? "none" : e.normalization()).append("; wer_tags ")
                .append(e.tags() == null ? "none" : e.tags()).append('\n');
        out.append(String.format(Locale.ROOT, "  %d class(es), %d entities scored, %d left out without a class, "
                + "%d with no word left after normalisation%n%n", t.terms().terms().size(),
                t.reports().isEmpty() ? 0 : t.reports().get(0).pooled().occurrences(), e.leftOut(), t.emptyEntities()));

        String[] head = {"system", "WER", "B-WER", "U-WER", "B words", "U words", "entities", "correct", "exact",
            "variant", "split/merge", "misses", "recall"};
        List<String[]> rows = new ArrayList<>();
        for (int s = 0; s < t.names().size(); s++) {
            TermReport r = t.reports().get(s);
            TermStats ps = r.pooled();
            rows.add(new String[] {t.names().get(s), Numbers.percentWithSign(t.scores().get(s).measures().wer(), 2),
                Numbers.percentWithSign(r.bWer(), 2), Numbers.percentWithSign(r.uWer(), 2),
                Long.toString(r.biased().referenceWords()), Long.toString(r.unbiased().referenceWords()),
                Long.toString(ps.occurrences()), Long.toString(ps.correct()), Long.toString(ps.exact()),
                Long.toString(ps.variant()), Long.toString(ps.splitMerge()), Long.toString(ps.misses()),
                Numbers.percentWithSign(ps.recall(), 1)});
        }
        TermsText.table(out, head, rows);
        out.append("(false alarms: ").append(NO_FALSE_ALARMS).append(")\n\n");

        List<String> classHead = new ArrayList<>(List.of("class", "entities"));
        for (String name : t.names()) {
            classHead.add(name + " correct");
            classHead.add("misses");
            classHead.add("recall");
            classHead.add("B-WER");
        }
        List<String[]> classRows = new ArrayList<>();
        for (int c = 0; c < t.terms().terms().size(); c++) {
            classRows.add(classRow(t, t.terms().terms().get(c).written(), c));
        }
        classRows.add(classRow(t, "all entities", -1));
        TermsText.table(out, classHead.toArray(new String[0]), classRows);

        if (!t.reports().isEmpty() && t.reports().get(0).hasDetails()) {
            for (int s = 0; s < t.names().size(); s++) {
                out.append("\nentities in ").append(t.names().get(s))
                        .append(" (utterance, entity id, class, reference tokens [from, to): reference -> match: hypothesis)\n");
                for (TermReport.OccurrenceDetail d : t.reports().get(s).details()) {
                    TermOccurrence o = d.occurrence();
                    out.append(String.format(Locale.ROOT, "  %s %s %s [%d,%d): %s -> %s: %s%n", d.utteranceId(), d.entity(),
                            o.term().written(), o.referenceFrom(), o.referenceTo(), String.join(" ", o.referenceTokens()),
                            o.match().id(), o.hypothesisTokens().isEmpty() ? "(nothing)" : String.join(" ", o.hypothesisTokens())));
                }
            }
        }
    }

    private static String[] classRow(SystemTerms t, String name, int c) {
        List<String> row = new ArrayList<>();
        row.add(name);
        row.add(Long.toString(stats(t.reports().get(0), c).occurrences()));
        for (int k = 0; k < t.reports().size(); k++) {
            TermReport r = t.reports().get(k);
            TermStats s = stats(r, c);
            row.add(Long.toString(s.correct()));
            row.add(Long.toString(s.misses()));
            row.add(Numbers.percentWithSign(s.recall(), 1));
            row.add(Numbers.percentWithSign(bWer(t, k, c), 1));
        }
        return row.toArray(new String[0]);
    }

    /** The B-WER of class {@code c} (all entities: the system's) for system {@code s}. */
    static double bWer(SystemTerms t, int s, int c) {
        Counts k = counts(t, s, c);
        return k.referenceWords() == 0 ? Double.NaN : (double) k.errors() / k.referenceWords();
    }

    /** The biased counts of class {@code c} (all entities when negative) for system {@code s}. */
    static Counts counts(SystemTerms t, int s, int c) {
        return c < 0 ? t.reports().get(s).biased() : t.classCounts(s).get(c);
    }

    static TermStats stats(TermReport r, int c) {
        return c < 0 ? r.pooled() : r.terms().get(c);
    }
}
