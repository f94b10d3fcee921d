package dev.werk.reports;

import dev.werk.core.CorpusScore;
import dev.werk.core.FileSetScore;
import dev.werk.core.ScoringUnit;
import dev.werk.core.SystemsScore;
import dev.werk.core.UtteranceScore;
import dev.werk.core.metrics.Counts;
import dev.werk.core.metrics.Measures;
import dev.werk.core.metrics.RateSummary;
import java.io.IOException;
import java.util.List;

/**
 * A sclite-like summary: the utterance/word table with %Corr %Sub %Del %Ins %Err %S.Err, then the
 * pooled rates, and the cost model, unit and normaliser that produced them.
 */
public final class TextReport {
    private TextReport() {
    }

    /** Writes the summary of {@code score} to {@code out}; its header names what the result's provenance says. */
    public static void write(CorpusScore score, Appendable out) throws IOException {
        out.append("werk score\n");
        ProvenanceText.inputs(score.provenance(), out);
        ProvenanceText.pipeline(score.provenance(), "  ", out);
        out.append("\n\n");
        summary(score, out);
    }

    /** The table and rates of {@link #write(CorpusScore, Appendable)} without the header. */
    private static void summary(CorpusScore score, Appendable out) throws IOException {
        Counts c = score.total();
        Measures m = score.measures();
        boolean chars = score.options().unit() == ScoringUnit.CHAR;
        String unitWord = chars ? "Chr" : "Wrd";
        String rate = chars ? "CER" : "WER";
        String[] head = {"#Utt", "#" + unitWord, "Corr", "Sub", "Del", "Ins", "Err", "S.Err"};
        long n = c.referenceWords();
        String[] row = {
            Integer.toString(score.utterances().size()), Long.toString(n),
            Numbers.share(c.hits(), n), Numbers.share(c.substitutions(), n), Numbers.share(c.deletions(), n),
            Numbers.share(c.insertions(), n), Numbers.share(c.errors(), n),
            Numbers.share(score.sentenceErrors(), score.utterances().size())};
        table(out, head, row);

        out.append('\n');
        // concatenation, not String.format: see Numbers
        out.append(rate + " " + Numbers.percentWithSign(m.wer(), 2) + " (" + c.errors() + " errors / " + n + " reference "
                + (chars ? "characters" : "words") + ")\n");
        out.append("MER " + Numbers.percentWithSign(m.mer(), 2) + "   WIL " + Numbers.percentWithSign(m.wil(), 2) + "   WIP "
                + Numbers.percentWithSign(m.wip(), 2) + "\n");
        out.append("hits " + c.hits() + "   substitutions " + c.substitutions() + "   deletions " + c.deletions()
                + "   insertions " + c.insertions() + "   hypothesis " + (chars ? "characters" : "words") + " "
                + c.hypothesisWords() + "\n");
        RateSummary u = score.perUtteranceWer();
        if (u.count() > 1) {
            out.append("per-utterance " + rate + " (not the corpus rate): mean " + Numbers.percent(u.mean(), 2) + "%, median "
                    + Numbers.percent(u.median(), 2) + "%, s.d. " + Numbers.percent(u.standardDeviation(), 2) + "% over "
                    + u.count() + " utterances\n");
        }
        if (score.emptyReferences() > 0) {
            out.append("empty references: " + score.emptyReferences() + " utterance(s); their hypothesis words count as "
                    + "insertions in the pooled rate, their own rate is undefined\n");
        }
        if (n == 0) {
            out.append(rate).append(" is undefined: the references hold no ").append(chars ? "character" : "word").append('\n');
        }
        List<String> warnings = score.warnings();
        if (!warnings.isEmpty()) {
            out.append(warnings.size() + " warning(s): see stderr\n");
        }
    }

    /**
     * Writes a folder-against-folder score: one row per file pair (utterances, reference words,
     * H S D I, errors, WER; {@code (no hypothesis)} where the file was missing) and a total row of
     * the pooled counts, followed by the pooled summary of {@link #write(CorpusScore,
     * Appendable)}.
     */
    public static void writeFiles(FileSetScore score, Appendable out) throws IOException {
        fileTable(score, out);
        out.append('\n');
        write(score.pooled(), out);
    }

    private static void fileTable(FileSetScore score, Appendable out) throws IOException {
        int nameWidth = 5;
        for (FileSetScore.FileScore f : score.files()) {
            nameWidth = Math.max(nameWidth, f.name().length());
        }
        String unit = score.pooled().options().unit() == ScoringUnit.CHAR ? "#chr" : "#ref";
        fileLine(out, nameWidth, new String[] {"file", "#utt", unit, "hits", "sub", "del", "ins", "errors", "WER%"}, "");
        for (FileSetScore.FileScore f : score.files()) {
            fileRow(out, nameWidth, f.name(), f.score(), f.hypothesisMissing() ? "  (no hypothesis)" : "");
        }
        fileRow(out, nameWidth, "total", score.pooled(), "");
    }

    private static void fileRow(Appendable out, int nameWidth, String name, CorpusScore s, String note) throws IOException {
        Counts c = s.total();
        fileLine(out, nameWidth, new String[] {name, Integer.toString(s.utterances().size()), Long.toString(c.referenceWords()),
            Long.toString(c.hits()), Long.toString(c.substitutions()), Long.toString(c.deletions()), Long.toString(c.insertions()),
            Long.toString(c.errors()), Numbers.percent(s.measures().wer(), 2)}, note);
    }

    /** One line of the file table: the name left in {@code nameWidth}, then columns of 6, 8 (six of them) and 9, then the note. */
    private static void fileLine(Appendable out, int nameWidth, String[] cells, String note) throws IOException {
        StringBuilder line = new StringBuilder(Numbers.left(cells[0], nameWidth)).append(' ').append(Numbers.right(cells[1], 6));
        for (int k = 2; k < 8; k++) {
            line.append(' ').append(Numbers.right(cells[k], 8));
        }
        line.append(' ').append(Numbers.right(cells[8], 9)).append(note).append('\n');
        out.append(line);
    }

    /**
     * Writes several systems scored against one reference: the inputs and pipeline, then one row
     * per system (utterances, reference words, %Corr %Sub %Del %Ins %Err %S.Err, errors and WER of
     * the pooled counts). For folders each system's per-file table comes first.
     */
    public static void writeSystems(SystemsScore score, Appendable out) throws IOException {
        if (!score.fileSets().isEmpty()) {
            for (int s = 0; s < score.names().size(); s++) {
                out.append("system ").append(score.names().get(s)).append('\n');
                fileTable(score.fileSets().get(s), out);
                out.append('\n');
            }
        }
        out.append("werk score\n");
        ProvenanceText.inputs(score.provenance(), out);
        ProvenanceText.pipeline(score.provenance(), "  ", out);
        out.append("\n\n");
        CorpusScore first = score.systems().get(0);
        boolean chars = first.options().unit() == ScoringUnit.CHAR;
        String rate = chars ? "CER" : "WER";
        String[] head = {"system", "#Utt", chars ? "#Chr" : "#Wrd", "Corr", "Sub", "Del", "Ins", "Err", "S.Err", "errors", rate};
        String[][] rows = new String[score.names().size()][];
        for (int s = 0; s < rows.length; s++) {
            CorpusScore sc = score.systems().get(s);
            Counts c = sc.total();
            long n = c.referenceWords();
            rows[s] = new String[] {score.names().get(s), Integer.toString(sc.utterances().size()), Long.toString(n),
                Numbers.share(c.hits(), n), Numbers.share(c.substitutions(), n), Numbers.share(c.deletions(), n),
                Numbers.share(c.insertions(), n), Numbers.share(c.errors(), n),
                Numbers.share(sc.sentenceErrors(), sc.utterances().size()), Long.toString(c.errors()),
                Numbers.percentWithSign(sc.measures().wer(), 2)};
        }
        table(out, head, rows);
        int warnings = 0;
        for (CorpusScore sc : score.systems()) {
            warnings += sc.warnings().size();
        }
        if (first.total().referenceWords() == 0) {
            out.append('\n').append(rate).append(" is undefined: the references hold no ").append(chars ? "character" : "word").append('\n');
        }
        if (warnings > 0) {
            out.append(System.lineSeparator() + warnings + " warning(s): see stderr" + System.lineSeparator());
        }
    }

    /** Writes one line per utterance: id, reference words, H S D I, errors and WER. */
    public static void writePerUtterance(CorpusScore score, Appendable out) throws IOException {
        int idWidth = 2;
        for (UtteranceScore u : score.utterances()) {
            idWidth = Math.max(idWidth, u.id().length());
        }
        utteranceLine(out, idWidth, new String[] {"id", "#ref", "hits", "sub", "del", "ins", "errors", "WER%"});
        for (UtteranceScore u : score.utterances()) {
            Counts c = u.counts();
            utteranceLine(out, idWidth, new String[] {u.id(), Long.toString(c.referenceWords()), Long.toString(c.hits()),
                Long.toString(c.substitutions()), Long.toString(c.deletions()), Long.toString(c.insertions()),
                Long.toString(c.errors()), Numbers.percent(u.measures().wer(), 2)});
        }
    }

    /** One per-utterance line: the id left in {@code idWidth}, six columns of 8, one of 9. */
    private static void utteranceLine(Appendable out, int idWidth, String[] cells) throws IOException {
        StringBuilder line = new StringBuilder(Numbers.left(cells[0], idWidth));
        for (int k = 1; k < 7; k++) {
            line.append(' ').append(Numbers.right(cells[k], 8));
        }
        line.append(' ').append(Numbers.right(cells[7], 9)).append('\n');
        out.append(line);
    }

    private static void table(Appendable out, String[] head, String[]... rows) throws IOException {
        int[] width = new int[head.length];
        for (int k = 0; k < head.length; k++) {
            width[k] = head[k].length();
            for (String[] row : rows) {
                width[k] = Math.max(width[k], row[k].length());
            }
        }
        line(out, head, width);
        StringBuilder rule = new StringBuilder("|");
        for (int w : width) {
            rule.append("-".repeat(w + 2)).append('|');
        }
        out.append(rule).append('\n');
        for (String[] row : rows) {
            line(out, row, width);
        }
    }

    private static void line(Appendable out, String[] cells, int[] width) throws IOException {
        StringBuilder sb = new StringBuilder("|");
        for (int k = 0; k < cells.length; k++) {
            sb.append(' ').append(" ".repeat(width[k] - cells[k].length())).append(cells[k]).append(" |");
        }
        out.append(sb).append('\n');
    }
}
