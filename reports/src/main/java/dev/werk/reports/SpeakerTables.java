package dev.werk.reports;

import dev.werk.core.FstalignScore;
import dev.werk.core.UtteranceScore;
import dev.werk.core.metrics.Counts;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The text tables of {@code werk score --speaker-wer}: fstalign's speaker-switch WER per file (and
 * summed over several files), and its per-speaker WER per file (never pooled across files).
 */
final class SpeakerTables {
    private SpeakerTables() {
    }

    static void write(FstalignScore score, Appendable out) throws IOException {
        List<UtteranceScore> files = score.pooled().utterances();
        List<String[]> rows = new ArrayList<>();
        for (UtteranceScore u : files) {
            Counts c = score.fileSpeakerSwitch().get(u.id());
            if (c != null) {
                rows.add(cells(u.id(), null, c));
            }
        }
        if (files.size() > 1 && score.speakerSwitch() != null) {
            rows.add(cells("total (summed)", null, score.speakerSwitch()));
        }
        out.append(String.format(Locale.ROOT, "\nspeaker-switch WER (fstalign's RecordSpeakerSwitchWer: reference words "
                + "within %d words of a change of speaker, before or after it):", score.speakerSwitchContext()));
        table(out, new String[] {"file"}, rows);

        rows = new ArrayList<>();
        for (UtteranceScore u : files) {
            Map<String, Counts> m = score.fileSpeakers().get(u.id());
            if (m != null) {
                for (Map.Entry<String, Counts> e : m.entrySet()) {
                    rows.add(cells(u.id(), e.getKey().isEmpty() ? "(none)" : e.getKey(), e.getValue()));
                }
            }
        }
        out.append("\nper-speaker WER (fstalign's RecordSpeakerWer: each stretch of one speaker, its insertions included):");
        table(out, new String[] {"file", "speaker"}, rows);
    }

    /** The label cells ({@code speaker} may be null: none), then #ref, hits, sub, del, ins, errors, WER%. */
    private static String[] cells(String file, String speaker, Counts c) {
        List<String> out = new ArrayList<>();
        out.add(file);
        if (speaker != null) {
            out.add(speaker);
        }
        out.add(Long.toString(c.referenceWords()));
        out.add(Long.toString(c.hits()));
        out.add(Long.toString(c.substitutions()));
        out.add(Long.toString(c.deletions()));
        out.add(Long.toString(c.insertions()));
        out.add(Long.toString(c.errors()));
        out.add(Numbers.percent(FstalignReport.wer(c), 2));
        return out.toArray(String[]::new);
    }

    /** Left-aligned label columns as wide as their widest cell, then the numbers right-aligned. */
    private static void table(Appendable out, String[] labels, List<String[]> rows) throws IOException {
        if (rows.isEmpty()) {
            out.append(" none\n");
            return;
        }
        out.append('\n');
        String[] numbers = {"#ref", "hits", "sub", "del", "ins", "errors", "WER%"};
        StringBuilder fmt = new StringBuilder();
        for (int k = 0; k < labels.length; k++) {
            int w = labels[k].length();
            for (String[] r : rows) {
                w = Math.max(w, r[k].length());
            }
            fmt.append("%-").append(w).append("s ");
        }
        for (int k = 0; k < numbers.length; k++) {
            fmt.append(k == numbers.length - 1 ? "%9s" : "%8s").append(k == numbers.length - 1 ? "\n" : " ");
        }
        String[] head = new String[labels.length + numbers.length];
        System.arraycopy(labels, 0, head, 0, labels.length);
        System.arraycopy(numbers, 0, head, labels.length, numbers.length);
        out.append(String.format(Locale.ROOT, fmt.toString(), (Object[]) head));
        for (String[] r : rows) {
            out.append(String.format(Locale.ROOT, fmt.toString(), (Object[]) r));
        }
    }
}
